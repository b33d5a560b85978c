using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Charts;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Reporting.Exporters;

/// <summary>
/// Per workload, a speedup chart (one line per strategy and the ideal), a cores-busy chart (one line per strategy and
/// the usable cores) and a memory chart (resident memory per worker, one line per strategy), as PNG and SVG beside the
/// reports. Figures come from <see cref="ScalingFigures"/>, the CPU-usage diagnoser's metric and
/// <see cref="MemoryFigures"/>; when the run has no such metric, that chart is skipped, never invented.
/// </summary>
internal sealed class ScalingChartExporter : IExporter
{
    /// <summary>The CPU-usage diagnoser's metric: cores busy = CPU time ÷ wall time.</summary>
    public const string CoresBusyMetricId = CpuUsageDiagnoser.CoresMetricId;

    public const string SpeedupSuffix = "-speedup";
    public const string CoresBusySuffix = "-cores";
    public const string MemorySuffix = "-memory";

    public static readonly ScalingChartExporter Default = new();

    private ScalingChartExporter()
    {
    }

    public string Name => nameof(ScalingChartExporter);

    public void ExportToLog(Summary summary, ILogger logger) =>
        logger.WriteLine("Scaling charts are pictures: see the *-speedup, *-cores and *-memory PNG/SVG files.");

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        var files = new List<string>();
        Directory.CreateDirectory(summary.ResultsDirectoryPath);
        foreach (var group in Groups(summary))
        {
            var points = group.Select(benchmarkCase => Point(summary, benchmarkCase)).ToArray();
            if (points.All(point => point.Speedup is null))
            {
                consoleLogger.WriteLineInfo($"{group.Key.Title}: no speedup chart (no Sequential baseline or no results in this run).");
                continue;
            }

            string basePath = Path.Combine(summary.ResultsDirectoryPath, $"{ReportStem(summary)}-{group.Key.FileStem}");
            files.AddRange(ScalingChart.RenderSpeedup(group.Key.Title, points, basePath + SpeedupSuffix));
            if (points.Any(point => point.CoresBusy is not null))
            {
                files.AddRange(ScalingChart.RenderCoresBusy(group.Key.Title, points, basePath + CoresBusySuffix));
            }
            else
            {
                consoleLogger.WriteLineInfo($"{group.Key.Title}: no cores-busy chart (the run has no {CoresBusyMetricId} metric).");
            }

            if (points.Any(point => point.RssPerWorker is not null))
            {
                files.AddRange(ScalingChart.RenderMemoryPerWorker(group.Key.Title, points, basePath + MemorySuffix));
            }
            else
            {
                consoleLogger.WriteLineInfo(
                    $"{group.Key.Title}: no memory chart (no case with a Sequential case has the {ResidentMemoryDiagnoser.PeakRssMetricId} metric).");
            }
        }

        return files;
    }

    /// <summary>The name BenchmarkDotNet gives this summary's reports: the class's full name, or the summary's title for several classes.</summary>
    internal static string ReportStem(Summary summary)
    {
        var types = summary.BenchmarksCases.Select(benchmarkCase => benchmarkCase.Descriptor.Type).Distinct().ToArray();
        return types.Length == 1 ? types[0].FullName ?? types[0].Name : summary.Title;
    }

    /// <summary>One chart per workload, and per other parameters, job and method where a run has several.</summary>
    private static IEnumerable<IGrouping<ChartKey, BenchmarkCase>> Groups(Summary summary)
    {
        var cases = summary.BenchmarksCases
            .Where(benchmarkCase => CaseKey.Of(benchmarkCase).Scaling is not null)
            .ToArray();
        bool manyJobs = cases.Select(benchmarkCase => benchmarkCase.Job.Id).Distinct().Count() > 1;
        bool manyMethods = cases.Select(benchmarkCase => benchmarkCase.Descriptor.WorkloadMethod.Name).Distinct().Count() > 1;
        return cases.GroupBy(benchmarkCase => ChartKey.Of(benchmarkCase, manyJobs, manyMethods));
    }

    private static ScalingPoint Point(Summary summary, BenchmarkCase benchmarkCase)
    {
        var (_, strategy, workers) = CaseKey.Of(benchmarkCase).Scaling!.Value;
        var figures = ScalingFigures.For(summary, benchmarkCase);
        double? coresBusy = summary[benchmarkCase]?.Metrics.TryGetValue(CoresBusyMetricId, out var metric) == true ? metric.Value : null;
        return new ScalingPoint(
            strategy,
            strategy == StrategyKind.Sequential ? 1 : workers,
            figures?.Speedup,
            figures is null ? null : figures.Speedup / figures.Efficiency,
            coresBusy,
            figures?.Cores ?? CaseParameters.UsableCores(benchmarkCase),
            MemoryFigures.For(summary, benchmarkCase)?.RssPerWorker);
    }
}
