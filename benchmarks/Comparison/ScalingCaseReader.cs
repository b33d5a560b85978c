using System.Globalization;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// The scaling cases of a result set (those with Workload, Strategy and Workers parameters), one
/// <see cref="ScalingConfiguration"/> per job, with the figures the run saved. Nothing is recomputed: speedup and
/// efficiency depend on the cores the run had, which a reader on another host cannot know better than the run.
/// </summary>
internal static class ScalingCaseReader
{
    /// <summary>The set's configurations, fewest usable cores first; a set without scaling cases is a <see cref="UsageException"/>.</summary>
    public static IReadOnlyList<ScalingConfiguration> Read(ResultSet set)
    {
        var parsed = set.Cases.Select(result => (result.Key.Job, Case: Parse(result))).Where(pair => pair.Case is not null).ToArray();
        if (parsed.Length == 0)
        {
            throw new UsageException($"{set.Source}: no case with {CaseParameters.Workload}, {CaseParameters.Strategy} and {CaseParameters.Workers} parameters (run the Scaling suite).");
        }

        return [.. parsed
            .GroupBy(pair => pair.Job, StringComparer.Ordinal)
            .Select(job => new ScalingConfiguration(set, job.Key, [.. job.Select(pair => pair.Case!)]))
            .OrderBy(configuration => configuration.UsableCores ?? int.MaxValue)];
    }

    private static ScalingCase? Parse(BenchmarkResult result)
    {
        var values = result.Parameters;
        if (!values.TryGetValue(CaseParameters.Workload, out string? workloadText) || !Enum.TryParse(workloadText, out WorkloadKind workload)
            || !values.TryGetValue(CaseParameters.Strategy, out string? strategyText) || !Enum.TryParse(strategyText, out StrategyKind strategy)
            || !values.TryGetValue(CaseParameters.Workers, out string? workersText)
            || !int.TryParse(workersText, CultureInfo.InvariantCulture, out int workers) || workers < 1)
        {
            return null;
        }

        var others = values
            .Where(pair => pair.Key is not (CaseParameters.Workload or CaseParameters.Strategy or CaseParameters.Workers))
            .Select(pair => $"{pair.Key}={pair.Value}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        string benchmark = others.Length == 0 ? result.Method : $"{result.Method} [{string.Join(", ", others)}]";
        return new ScalingCase(benchmark, workload, strategy, workers, result.Mean ?? double.NaN, result.Scaling);
    }
}
