using System.Diagnostics;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// One <c>articles</c> run: per experiment, the CPython programs and then the .NET cases, back to back, so both see
/// the machine in the same state. Without a usable interpreter (or NumPy) the Python half of the affected experiments
/// is recorded as not run, and the .NET half runs all the same.
/// </summary>
internal sealed class ArticlesRun(ArticlesPlan plan, PythonLocation python, string? programsFolder, string folder)
{
    /// <summary>
    /// The latency server announces its address to child processes in this variable (docs/MATRIX.md): the
    /// public way to learn where the suite's own server listens, which the Python downloads are sent to.
    /// </summary>
    internal const string LatencyServerVariable = "CONCURRENCY_LATENCY_SERVER";

    /// <summary>Far beyond a full run of the slowest experiment; a hung interpreter is stopped, not waited for.</summary>
    private static readonly TimeSpan PythonLimit = TimeSpan.FromMinutes(30);

    public async Task<ArticlesReport> RunAsync()
    {
        var started = DateTimeOffset.UtcNow;
        long start = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(Path.Combine(folder, "python"));
        var (side, info, problem) = await PrepareAsync().ConfigureAwait(false);
        if (problem is not null)
        {
            Console.Error.WriteLine($"warning: {problem}. The CPython rows say so; the .NET side runs.");
        }

        var dotNet = new DotNetSide(plan, Path.Combine(folder, "dotnet"));
        var results = new List<ExperimentResult>();
        foreach (var experiment in ArticleExperiment.All)
        {
            // The download experiment's server: the suite's own, started by the IoHttp workload and held for both halves.
            var server = experiment.Workload == WorkloadKind.IoHttp ? WorkloadCatalog.Create(WorkloadKind.IoHttp) as IAsyncDisposable : null;
            try
            {
                Console.WriteLine($"// articles: {experiment.Name}, CPython");
                var pythonOutcome = await RunPythonAsync(side, info, problem, experiment).ConfigureAwait(false);
                Console.WriteLine($"// articles: {experiment.Name}, .NET ({experiment.Workload})");
                // On a thread of its own, as a benchmark process's main thread: this method continues on pool threads after
                // its awaits, and BenchmarkDotNet in-process blocks the thread it runs on, which would leave ThreadPool cases
                // one pool thread short of the cores.
                var dotNetOutcome = await Task.Factory.StartNew(
                    () => dotNet.Run(experiment), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
                results.Add(new ExperimentResult(experiment, pythonOutcome, dotNetOutcome));
            }
            finally
            {
                if (server is not null)
                {
                    await server.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        return new ArticlesReport(plan, info, problem, results, started, Stopwatch.GetElapsedTime(start));
    }

    private async Task<(PythonSide? Side, PythonInfoRecord? Info, string? Problem)> PrepareAsync()
    {
        if (python.Executable is not { } executable)
        {
            return (null, null, python.Problem);
        }

        if (programsFolder is null)
        {
            return (null, null, "the Python programs (python/articles in the repository) were not found: run the command inside a checkout");
        }

        var side = new PythonSide(new PythonProcess(executable, programsFolder, PythonLimit, line => Console.WriteLine($"//   python: {line}")));
        var (info, problem) = await side.InfoAsync().ConfigureAwait(false);
        return (problem is null ? side : null, info, problem);
    }

    private async Task<PythonOutcome> RunPythonAsync(PythonSide? side, PythonInfoRecord? info, string? problem, ArticleExperiment experiment)
    {
        if (side is null || info is null)
        {
            return PythonOutcome.Unavailable(problem ?? "no Python interpreter");
        }

        if (experiment.NeedsNumPy && info.Numpy is null)
        {
            return PythonOutcome.Unavailable(
                $"NumPy is not installed for {info.Executable} ({info.NumpyError}); on Debian: apt-get install python3-numpy, or name another interpreter with --python");
        }

        string? server = experiment.Workload == WorkloadKind.IoHttp ? Environment.GetEnvironmentVariable(LatencyServerVariable) : null;
        var outcome = await side.RunAsync(experiment, plan, server, Path.Combine(folder, "python", experiment.Name + ".json")).ConfigureAwait(false);
        if (outcome.Failed)
        {
            Console.Error.WriteLine($"error: {outcome.NotRun}");
        }

        return outcome;
    }
}
