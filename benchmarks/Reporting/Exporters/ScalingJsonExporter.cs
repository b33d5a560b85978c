using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Benchmarks.Reporting.Columns;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Reporting.Exporters;

/// <summary>
/// BenchmarkDotNet's full JSON report (same file, <c>*-report-full.json</c>) plus, per benchmark, what the scaling
/// columns show (a <see cref="ScalingRecord"/> as <c>Scaling</c>, the memory per worker included) and what the
/// plausibility analyser warns of (<c>Warnings</c>, a list of messages, empty for a plausible case): BenchmarkDotNet's
/// JSON carries statistics and metrics but no custom column and no analyser conclusion.
/// </summary>
internal sealed class ScalingJsonExporter : JsonExporter
{
    public static readonly ScalingJsonExporter Instance = new();

    private ScalingJsonExporter()
        : base("-full", indentJson: true, excludeMeasurements: false)
    {
    }

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary)
    {
        var data = new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            ["Benchmarks"] = summary.Reports.Select(report => WithScaling(summary, report)).ToList(),
        };
        return data;
    }

    private Dictionary<string, object?> WithScaling(Summary summary, BenchmarkReport report)
    {
        var data = GetDataToSerialize(report).ToDictionary(entry => entry.Key, object? (entry) => entry.Value);
        data["Warnings"] = PlausibilityAnalyser.WarningsFor(summary, report);
        if (!ScalingColumn.IsScalingCase(report.BenchmarkCase))
        {
            return data;
        }

        // Null, like the columns' "-", where the run has no Sequential case to compare with. Ideal is in nanoseconds.
        data["Scaling"] = ScalingFigures.For(summary, report.BenchmarkCase) is { } figures
            ? new ScalingRecord(
                figures.Cores, figures.Speedup, figures.SpeedupInterval, figures.Ideal, figures.Efficiency, figures.EfficiencyInterval, figures.Approximate,
                MemoryFigures.For(summary, report.BenchmarkCase)?.RssPerWorker,
                figures.CpuShare,
                figures.CpuShareMeasured)
            : null;
        return data;
    }
}
