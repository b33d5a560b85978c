using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Strategies;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Reporting.Analysers;

/// <summary>What the plausibility rules look at for one case: read from a <see cref="Summary"/>, or built by hand.</summary>
/// <param name="Name">How a warning names the case: method, parameters and job.</param>
/// <param name="Measurements">The measured iterations BenchmarkDotNet kept for its statistics.</param>
/// <param name="CoefficientOfVariation">Standard deviation ÷ mean of those, or null below two.</param>
/// <param name="CoresBusy">The CPU-usage diagnoser's <c>Cores</c> metric, or null without one.</param>
/// <param name="UsableCores">C of the limit model: the cores the case's job may run on.</param>
/// <param name="Bound">The workload's bound, or null for a case outside the scaling matrix.</param>
/// <param name="IsBaseline">True for a scaling case of the <c>Sequential</c> strategy: its workload's divisor.</param>
/// <param name="Figures">The case's scaling figures, or null where it has none.</param>
internal sealed record CaseEvidence(
    string Name,
    int Measurements,
    double? CoefficientOfVariation,
    double? CoresBusy,
    int UsableCores,
    WorkloadBound? Bound,
    bool IsBaseline,
    ScalingFigures? Figures)
{
    public static CaseEvidence Of(Summary summary, BenchmarkReport report)
    {
        var benchmarkCase = report.BenchmarkCase;
        var statistics = report.ResultStatistics;
        var key = CaseKey.Of(benchmarkCase);
        var bound = key.Workload is { } workload ? WorkloadCatalog.BoundOf(workload) : (WorkloadBound?)null;
        return new CaseEvidence(
            NameOf(benchmarkCase),
            statistics?.N ?? 0,
            statistics is { N: >= 2, Mean: > 0 } ? statistics.StandardDeviation / statistics.Mean : null,
            report.Metrics.TryGetValue(CpuUsageDiagnoser.CoresMetricId, out var cores) ? cores.Value : null,
            CaseParameters.UsableCores(benchmarkCase),
            bound,
            bound is not null && key.Strategy is StrategyKind.Sequential,
            ScalingFigures.For(summary, benchmarkCase));
    }

    /// <summary>BenchmarkDotNet titles a warning with method and job only; the parameters tell the cases apart.</summary>
    private static string NameOf(BenchmarkCase benchmarkCase) =>
        $"{benchmarkCase.Descriptor.DisplayInfo} {benchmarkCase.Parameters.DisplayInfo} on {benchmarkCase.Job.Id}";
}
