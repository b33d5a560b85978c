using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results;

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
            throw new UsageException(
                $"{set.Source}: no case with {nameof(CaseKey.Workload)}, {nameof(CaseKey.Strategy)} and {nameof(CaseKey.Workers)} parameters (run the Scaling suite).");
        }

        return [.. parsed
            .GroupBy(pair => pair.Job, StringComparer.Ordinal)
            .Select(job => new ScalingConfiguration(set, job.Key, [.. job.Select(pair => pair.Case!)]))
            .OrderBy(configuration => configuration.UsableCores ?? int.MaxValue)];
    }

    private static ScalingCase? Parse(BenchmarkResult result)
    {
        var key = result.Key;
        if (key.Scaling is not var (workload, strategy, workers))
        {
            return null;
        }

        string others = string.Join(", ", CaseKey.Split(key.Others).Select(pair => $"{pair.Key}={pair.Value}"));
        string benchmark = others.Length == 0 ? key.Benchmark : $"{key.Benchmark} [{others}]";
        return new ScalingCase(benchmark, workload, strategy, workers, result.Mean ?? double.NaN, result.Scaling);
    }
}
