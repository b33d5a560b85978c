using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// <c>articles.md</c>: per experiment, one table of both runtimes' speedups by worker count, each over its own
/// sequential run with its 99 % interval, and the absolute cost of one task in each runtime.
/// </summary>
internal static class ArticlesMarkdown
{
    public static string Write(ArticlesReport report, string machineLabel)
    {
        var text = new StringBuilder();
        text.AppendLine("# The articles' experiments: CPython and .NET side by side").AppendLine();
        text.AppendLine(Invariant($"- **Python:** {Python(report)}"));
        text.AppendLine(Invariant($"- **.NET:** {RuntimeInformation.FrameworkDescription}; the Scaling suite's cases through BenchmarkDotNet (in-process, one batch per iteration)"));
        text.AppendLine(Invariant($"- **Machine:** {machineLabel}, {Environment.ProcessorCount} logical cores"));
        text.AppendLine(Invariant($"- **Plan:** {report.Plan.Describe()}"));
        text.AppendLine(Invariant($"- **Run:** started {report.Started.UtcDateTime:yyyy-MM-dd HH:mm} UTC, wall time {Duration(report.Wall)}"));
        text.AppendLine();
        text.AppendLine("Speedup = the runtime's own sequential median ÷ the model's median (wall time of a batch), with its 99 % "
            + "interval [low–high] (percentile bootstrap of the ratio of medians; none below "
            + Invariant($"{MedianRatio.MinimumMeasurements} measured batches). Counterparts are listed together: `threading.Thread` with ")
            + "`Threads` (no GIL) and `GilThreads` (an emulated GIL), `ThreadPoolExecutor` with `ThreadPool`, `ProcessPoolExecutor` with "
            + "`ProcessPool`, `asyncio` with `TaskWhenAll`; `multiprocessing.Process` starts its processes inside every batch. "
            + "Each runtime's task takes about 10 ms on its own: CPython's size is picked by its calibration step, .NET's is the "
            + "workload's calibrated size. `–`: not run (a case that would only repeat another: docs/MATRIX.md, 'Cases that are never run').");
        text.AppendLine();
        foreach (var experiment in report.Experiments)
        {
            WriteExperiment(text, experiment, report.Plan);
        }

        return text.ToString();
    }

    private static void WriteExperiment(StringBuilder text, ExperimentResult result, ArticlesPlan plan)
    {
        var experiment = result.Experiment;
        text.AppendLine(Invariant($"## {experiment.Name} (.NET: `{experiment.Workload}`)")).AppendLine();
        text.AppendLine(CostLine(result)).AppendLine();

        int[] workers = [.. plan.Workers.Append(1).Distinct().Order()];
        text.AppendLine("| runtime | model | " + string.Join(" | ", workers.Select(count => Invariant($"{count} {(count == 1 ? "worker" : "workers")}"))) + " |");
        text.AppendLine("|---|---|" + string.Concat(workers.Select(_ => "---|")));
        if (result.Python.NotRun is { } notRun)
        {
            text.AppendLine($"| CPython | not run: {Escape(notRun)} |" + string.Concat(workers.Select(_ => " – |")));
        }

        foreach (var model in result.Rows.GroupBy(row => (row.Runtime, row.Model)).OrderBy(model => ModelOrder.Of(model.Key.Runtime, model.Key.Model)))
        {
            var cells = workers.Select(count => model.FirstOrDefault(row => row.Workers == count) is { } row ? Cell(row) : "–");
            text.AppendLine($"| {model.Key.Runtime} | `{model.Key.Model}` | {string.Join(" | ", cells)} |");
        }

        foreach (string failure in result.DotNet.Failures)
        {
            text.AppendLine($"| .NET | failed: {Escape(failure)} |" + string.Concat(workers.Select(_ => " – |")));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"![{experiment.Name}](articles-{experiment.Name}.png)")).AppendLine();
    }

    /// <summary>One task's cost in each runtime, and their ratio per task and per unit of work (the sizes differ).</summary>
    private static string CostLine(ExperimentResult result)
    {
        var experiment = result.Experiment;
        double? python = result.SequentialTaskMs(Runtimes.CPython);
        double? dotNet = result.SequentialTaskMs(Runtimes.DotNet);
        var run = result.Python.Run;
        string pythonPart = python is { } p && run is not null
            ? Invariant($"CPython {p:F2} ms at {run.Size:N0} {run.Unit}")
            : "CPython not measured";
        string dotNetPart = dotNet is { } d
            ? Invariant($".NET {d:F2} ms at {result.DotNet.Size:N0} {experiment.Unit}")
            : ".NET not measured";
        string line = $"One task (sequential median ÷ {ArticlesPlan.Tasks}): {pythonPart}; {dotNetPart}.";
        if (python is { } py && dotNet is { } dn && run is { Size: > 0 } && result.DotNet.Size > 0)
        {
            double perUnit = dn / result.DotNet.Size / (py / run.Size);
            line += Invariant($" .NET ÷ CPython: {dn / py:F2} per task, {perUnit:G3} per {Singular(experiment.Unit)}");
            line += perUnit < 1 ? Invariant($" (CPython takes {1 / perUnit:G3}× as long per {Singular(experiment.Unit)}).") : ".";
        }

        return experiment.Note is { } note ? $"{line} {note}" : line;
    }

    private static string Cell(ArticleRow row) => IntervalText.Format(row.Speedup, row.SpeedupLow, row.SpeedupHigh, format: "F2");

    private static string Python(ArticlesReport report) => report.Python is { } python
        ? Invariant($"{python.Implementation} {python.Version} (`{python.Executable}`), NumPy {python.Numpy ?? "not installed"}, multiprocessing start method `{python.StartMethod}`")
        : $"not run: {report.PythonProblem}";

    private static string Singular(string unit) => unit switch
    {
        "steps" => "step",
        "bytes" => "byte",
        "elements" => "element",
        _ => unit,
    };

    private static string Duration(TimeSpan wall) => Invariant($"{(int)wall.TotalMinutes} min {wall.Seconds} s");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
