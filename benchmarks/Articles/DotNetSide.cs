using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Perfolizer.Mathematics.OutlierDetection;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The .NET half of a run: the <see cref="Scaling"/> suite's own cases for the experiment's workload, through
/// BenchmarkDotNet, so a .NET figure here is the figure the suite reports (its setup, its pool warm-up, its filter of
/// meaningless cases), read back from the summary's measurements.
/// </summary>
internal sealed class DotNetSide(ArticlesPlan plan, string artifactsFolder)
{
    /// <summary>
    /// BenchmarkDotNet rather than a stopwatch loop: it keeps the suite's [GlobalSetup] (worker pools warmed before the
    /// measurement), JIT warm-up, GC and timer handling, and leaves a report beside the Python JSON. The job makes its
    /// iterations the Python side's unit: one iteration = one batch (invocation count and unroll factor 1), the plan's
    /// warm-up and measured counts, every measured batch kept (no outlier removal, which Python has none of; the
    /// medians resist outliers anyway), no overhead subtraction (nanoseconds against batches of 10 ms and more, and
    /// Python subtracts nothing). In-process: no project is generated and built per run, which keeps
    /// <c>--quick</c> within its 5 minutes; the workers of ProcessPool are child processes either way.
    /// </summary>
    internal static Job Job(ArticlesPlan plan) => new Job("Articles")
        .WithToolchain(InProcessEmitToolchain.DontLogOutput)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithWarmupCount(plan.Warmups)
        .WithIterationCount(plan.Repetitions)
        .WithEvaluateOverhead(false)
        .WithOutlierMode(OutlierMode.DontRemove);

    public DotNetOutcome Run(ArticleExperiment experiment)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job(plan))
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .AddFilter(MeaninglessCaseFilter.Instance, new ArticlesCaseFilter(experiment.Workload, [.. plan.Workers]))
            .WithArtifactsPath(Path.Combine(artifactsFolder, experiment.Name));

        var summaries = BenchmarkSwitcher.FromTypes([typeof(Scaling)]).Run(["--filter", "*"], config).ToArray();
        var measurements = new List<ModelMeasurements>();
        var failures = new List<string>();
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                failures.AddRange(summary.ValidationErrors.Where(error => error.IsCritical).Select(error => error.Message));
            }

            foreach (var report in summary.Reports)
            {
                double[] batchMs = [.. MeasuredIterations.Of(report.AllMeasurements).Select(nanoseconds => nanoseconds / 1e6)];
                if (!report.Success || batchMs.Length == 0
                    || CaseKey.Of(report.BenchmarkCase) is not { Strategy: { } strategy, Workers: { } workers })
                {
                    failures.Add(report.BenchmarkCase.DisplayInfo);
                    continue;
                }

                measurements.Add(new ModelMeasurements(Runtimes.DotNet, strategy.ToString(), strategy == StrategyKind.Sequential ? 1 : workers, batchMs));
            }
        }

        if (measurements.Count == 0 && failures.Count == 0)
        {
            failures.Add($"no Scaling case of {experiment.Workload} matched");
        }

        return new DotNetOutcome(measurements, WorkloadCatalog.DefaultSize(experiment.Workload), failures);
    }
}
