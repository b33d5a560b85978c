using System.Globalization;
using System.Text.Json;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The CPython half of a run: asks the interpreter what it is, then runs each experiment's program with the plan's
/// worker counts, warm-up and measured batches, and reads back its JSON. The programs time themselves with
/// time.perf_counter, so no process start-up or JSON parsing falls into a Python measurement.
/// </summary>
internal sealed class PythonSide(PythonProcess process)
{
    public string Executable => process.Executable;

    /// <summary>The interpreter's description, or the reason it cannot run the programs at all.</summary>
    public async Task<(PythonInfoRecord? Info, string? Problem)> InfoAsync()
    {
        var (value, problem) = await TryRunAsync(["info"]).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        return Parse(value!, ArticlesJsonContext.Default.PythonInfoRecord) is { } info
            ? (info, null)
            : (null, $"{Executable} cannot run the Python programs (exit code {value!.ExitCode}; Python 3 is needed): {LastLine(value.ErrorTail)}");
    }

    /// <summary>Runs one experiment; <paramref name="rawFile"/> keeps the program's JSON as it printed it.</summary>
    public async Task<PythonOutcome> RunAsync(ArticleExperiment experiment, ArticlesPlan plan, string? serverAddress, string rawFile)
    {
        List<string> arguments =
        [
            "run", "--experiment", experiment.Name,
            "--target-ms", ArticlesPlan.TargetMs.ToString(CultureInfo.InvariantCulture),
            "--workers", string.Join(',', plan.Workers),
            "--tasks", ArticlesPlan.Tasks.ToString(CultureInfo.InvariantCulture),
            "--warmup", plan.Warmups.ToString(CultureInfo.InvariantCulture),
            "--repetitions", plan.Repetitions.ToString(CultureInfo.InvariantCulture),
        ];
        if (serverAddress is not null)
        {
            arguments.AddRange(["--url", serverAddress]);
        }

        var result = await TryRunAsync(arguments).ConfigureAwait(false);
        if (result.Problem is not null)
        {
            return PythonOutcome.Failure(result.Problem);
        }

        await File.WriteAllTextAsync(rawFile, result.Value!.Output).ConfigureAwait(false);
        if (result.Value.ExitCode == PythonProcess.UnavailableExitCode
            && Parse(result.Value, ArticlesJsonContext.Default.PythonUnavailableRecord) is { } unavailable)
        {
            return PythonOutcome.Unavailable(unavailable.Unavailable);
        }

        return Parse(result.Value, ArticlesJsonContext.Default.PythonRunRecord) is { } run
            ? PythonOutcome.Measured(run)
            : PythonOutcome.Failure($"{experiment.Name} failed in Python (exit code {result.Value.ExitCode}): {LastLine(result.Value.ErrorTail)}");
    }

    private async Task<(PythonResult? Value, string? Problem)> TryRunAsync(IReadOnlyList<string> arguments)
    {
        try
        {
            return (await process.RunAsync(arguments).ConfigureAwait(false), null);
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
        {
            return (null, failure.Message);
        }
    }

    /// <summary>The JSON of a successful (or, for <paramref name="contract"/> = unavailable, exit-3) run; null otherwise.</summary>
    private static T? Parse<T>(PythonResult result, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract)
        where T : class
    {
        if (result.ExitCode is not (0 or PythonProcess.UnavailableExitCode))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(result.Output, contract);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message on stderr";
}
