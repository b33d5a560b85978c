using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Pages;
using Concurrency.Benchmarks.Progress;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Benchmarks.Reporting.Columns;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Reporting.Exporters;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>The suite's BenchmarkDotNet config: exporters, diagnosers and the filters that slice the matrix.</summary>
internal static class SuiteConfig
{
    public static IConfig Create(SuiteOptions options)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddExporter(MarkdownWithWarningsExporter.GitHub, CsvExporter.Default, HtmlExporter.Default, ScalingJsonExporter.Instance)
            .AddExporter(ScalingChartExporter.Default)
            // Last: BenchmarkDotNet runs exporters in the order added, and the index links what the others wrote.
            .AddExporter(IndexPageExporter.Default)
            .AddDiagnoser(MemoryDiagnoser.Default, ThreadingDiagnoser.Default, CpuUsageDiagnoser.Default)
            .AddDiagnoser(ResidentMemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, UsableCoresColumn.Default, SpeedupColumn.Default, IdealColumn.Default, EfficiencyColumn.Default)
            .AddColumn(PeakRssColumn.Default, RssPerWorkerColumn.Default)
            .AddAnalyser(PlausibilityAnalyser.Default)
            .AddFilter(MeaninglessCaseFilter.Instance)
            .AddFilter(SlicingFilters(options).ToArray())
            .AddEventProcessor(ConsoleProgress.ToConsole(options.SetupWarmUp));
        if (options.FirstRun)
        {
            config = config.AddFilter(FirstRunFilter.Instance);
        }

        // A job of the global config that is not a default one replaces every class's default job (the Scaling job).
        if (options.ReplacementJob is { } replacement)
        {
            config = config.AddJob(replacement);
        }

        if (options.CoreJobs is { } coreJobs)
        {
            config = config.AddJob([.. coreJobs]).AddFilter(PinnedJobFilter.Instance);
        }

        // The gate's paired rounds (TurnBaton): every job's engine takes turns with the peer process.
        if (TurnBaton.Current is not null)
        {
            var turns = new Job("Turns");
            turns.Infrastructure.EngineFactory = new TurnTakingEngineFactory();
            // The engine's forced collections after an iteration would run on the peer's turn; the factory collects
            // before each iteration instead, on this side's turn.
            turns.Environment.Gc.Force = false;
            // An invocation of tiny tasks is a thousand tasks: for the process pool and Orleans one already fills the
            // iteration time, and BenchmarkDotNet's least of four made each of their turns 0.1–0.2 s.
            turns.Accuracy.MinInvokeCount = 1;
            config = config.AddJob(turns.AsMutator());
        }

        if (options.Trace is { } trace)
        {
            config = config.AddDiagnoser(TraceProfilers.Create(trace));
        }

        return options.ArtifactsPath is null ? config : config.WithArtifactsPath(options.ArtifactsPath);
    }

    private static IEnumerable<IFilter> SlicingFilters(SuiteOptions options)
    {
        yield return new SliceFilter(options.Workloads, options.Strategies, options.Workers);
        if (options.Workloads is null)
        {
            yield return RepeatedWorkloadFilter.Instance;
        }
    }
}
