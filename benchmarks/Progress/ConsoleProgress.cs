using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.WarmUp;

namespace Concurrency.Benchmarks.Progress;

/// <summary>
/// Progress a person can read among BenchmarkDotNet's log, from its run events: before the build, how many cases and
/// how long they should take; after each case, its key figure and the time left; at the end, where the reports are.
/// On a terminal the lines are coloured, so they stand out from the iterations BenchmarkDotNet logs between them.
/// </summary>
/// <param name="setupWarmUp">Whether the run's batch suites warm up in their setup (<see cref="Configuration.SuiteOptions.SetupWarmUp"/>).</param>
internal sealed class ConsoleProgress(TextWriter output, TimeProvider clock, bool setupWarmUp = true, bool highlight = false) : EventProcessor
{
    private readonly Dictionary<BenchmarkCase, IReadOnlyList<double>?> _measured = new();
    private readonly Dictionary<BenchmarkCase, double> _cores = new();
    private IReadOnlyList<BenchmarkCase> _suiteCases = [];
    private int _total;
    private int _finished;
    private bool _severalJobs;
    private TimeSpan _estimatedForFinished;
    private TimeSpan _estimatedForRest;
    private long _runStarted;
    private string? _resultsFolder;

    /// <summary>A new one per config: it counts the cases of one run.</summary>
    public static ConsoleProgress ToConsole(bool setupWarmUp) => new(Console.Out, TimeProvider.System, setupWarmUp, highlight: !Console.IsOutputRedirected);

    public override void OnStartBuildStage(IReadOnlyList<BuildPartition> partitions) =>
        Plan([.. partitions.SelectMany(partition => partition.Benchmarks).Select(info => info.BenchmarkCase)]);

    public override void OnStartRunStage() => _runStarted = clock.GetTimestamp();

    public override void OnStartRunBenchmarksInType(Type type, IReadOnlyList<BenchmarkCase> benchmarks) => _suiteCases = benchmarks;

    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report)
    {
        // A Sequential case's Cores is the limit model's CPU share for the cases after it.
        if (report.Metrics.TryGetValue(CpuUsageDiagnoser.CoresMetricId, out var cores))
        {
            _cores[benchmarkCase] = cores.Value;
        }

        Finished(benchmarkCase, MeasuredIterations.Of(report));
    }

    public override void OnEndRunBenchmarksInType(Type type, Summary summary) => _resultsFolder = summary.ResultsDirectoryPath;

    public override void OnEndRunStage() => WriteLine(ProgressText.Done(_finished, clock.GetElapsedTime(_runStarted), _resultsFolder));

    /// <summary>Announces the run of <paramref name="cases"/> and its expected duration.</summary>
    internal void Plan(IReadOnlyList<BenchmarkCase> cases)
    {
        _total = cases.Count;
        _severalJobs = cases.Select(benchmarkCase => benchmarkCase.Job.Id).Distinct().Skip(1).Any();
        _estimatedForRest = cases.Aggregate(TimeSpan.Zero, (sum, benchmarkCase) => sum + CaseDuration.Estimate(benchmarkCase, setupWarmUp));
        int suites = cases.Select(benchmarkCase => benchmarkCase.Descriptor.Type).Distinct().Count();
        WriteLine(ProgressText.Plan(_total, suites, _estimatedForRest));
    }

    /// <summary>One line for a finished case: <paramref name="measurements"/> are its kept iterations, null when it failed.</summary>
    internal void Finished(BenchmarkCase benchmarkCase, IReadOnlyList<double>? measurements)
    {
        _measured[benchmarkCase] = measurements;
        _finished++;
        var estimate = CaseDuration.Estimate(benchmarkCase, setupWarmUp);
        _estimatedForFinished += estimate;
        _estimatedForRest = _estimatedForRest > estimate ? _estimatedForRest - estimate : TimeSpan.Zero;

        // The Sequential case of the workload ran before (the matrix runs in parameter order); until it has, a median.
        var figures = measurements is null ? null : ScalingFigures.For(_suiteCases, benchmarkCase, Measurements, Cores);
        var elapsed = clock.GetElapsedTime(_runStarted);
        WriteLine(ProgressText.Finished(
            _finished,
            Math.Max(_total, _finished),
            Label(benchmarkCase),
            ProgressText.KeyFigure(figures, measurements),
            elapsed,
            TimeLeft.Estimate(elapsed, _estimatedForFinished, _estimatedForRest)));
    }

    private void WriteLine(string line)
    {
        if (!highlight)
        {
            output.WriteLine(line);
            return;
        }

        var colour = Console.ForegroundColor;
        Console.ForegroundColor = ConsoleColor.Cyan;
        output.WriteLine(line);
        Console.ForegroundColor = colour;
    }

    private IReadOnlyList<double>? Measurements(BenchmarkCase benchmarkCase) => _measured.GetValueOrDefault(benchmarkCase);

    private double? Cores(BenchmarkCase benchmarkCase) => _cores.TryGetValue(benchmarkCase, out double cores) ? cores : null;

    private string Label(BenchmarkCase benchmarkCase)
    {
        string label = $"{benchmarkCase.Descriptor.DisplayInfo} {benchmarkCase.Parameters.DisplayInfo}".TrimEnd();
        return _severalJobs ? $"{label} on {benchmarkCase.Job.Id}" : label;
    }
}
