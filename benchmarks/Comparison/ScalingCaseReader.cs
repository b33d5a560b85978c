using System.Globalization;
using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// The scaling cases of a result set (those with Workload, Strategy and Workers parameters), with speedup and
/// efficiency computed by <see cref="ScalingFigures.Compute"/> from the saved means and the machine's logical cores.
/// </summary>
public static class ScalingCaseReader
{
    public static IReadOnlyList<ScalingCase> Read(ResultSet set)
    {
        var parsed = set.Cases.Select(result => (Result: result, Parsed: Parse(result))).Where(pair => pair.Parsed is not null).ToArray();
        if (parsed.Length == 0)
        {
            throw new UsageException($"{set.Source}: no case with {CaseParameters.Workload}, {CaseParameters.Strategy} and {CaseParameters.Workers} parameters (run the Scaling suite).");
        }

        var cases = new List<ScalingCase>();
        var seen = new HashSet<(string, WorkloadKind, StrategyKind, int)>();
        foreach (var (result, parsedCase) in parsed)
        {
            var (benchmark, workload, strategy, workers, tasks) = parsedCase!.Value;
            if (!seen.Add((benchmark, workload, strategy, workers)))
            {
                throw new UsageException($"{set.Source}: {result.DisplayName} ran under several jobs; report one job per result set.");
            }

            var baseline = parsed.FirstOrDefault(candidate =>
                candidate.Parsed!.Value.Strategy == StrategyKind.Sequential
                && candidate.Parsed.Value.Workload == workload
                && candidate.Parsed.Value.Benchmark == benchmark
                && candidate.Result.Key.Job == result.Key.Job).Result;
            double mean = result.Mean ?? double.NaN;
            var figures = baseline?.Mean is { } sequentialMean && result.Mean is not null && set.Environment.LogicalCores is { } cores
                ? ScalingFigures.Compute(workload, strategy, workers, tasks, cores, mean, sequentialMean)
                : null;
            cases.Add(new ScalingCase(benchmark, workload, strategy, workers, mean, figures));
        }

        return cases;
    }

    private static (string Benchmark, WorkloadKind Workload, StrategyKind Strategy, int Workers, int Tasks)? Parse(BenchmarkResult result)
    {
        var values = result.Parameters;
        if (!values.TryGetValue(CaseParameters.Workload, out string? workloadText) || !Enum.TryParse(workloadText, out WorkloadKind workload)
            || !values.TryGetValue(CaseParameters.Strategy, out string? strategyText) || !Enum.TryParse(strategyText, out StrategyKind strategy)
            || !values.TryGetValue(CaseParameters.Workers, out string? workersText)
            || !int.TryParse(workersText, CultureInfo.InvariantCulture, out int workers) || workers < 1)
        {
            return null;
        }

        int tasks = values.TryGetValue(CaseParameters.Tasks, out string? tasksText) && int.TryParse(tasksText, CultureInfo.InvariantCulture, out int count) && count > 0
            ? count
            : Scaling.Tasks;
        var others = values
            .Where(pair => pair.Key is not (CaseParameters.Workload or CaseParameters.Strategy or CaseParameters.Workers))
            .Select(pair => $"{pair.Key}={pair.Value}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        string benchmark = others.Length == 0 ? result.Method : $"{result.Method} [{string.Join(", ", others)}]";
        return (benchmark, workload, strategy, workers, tasks);
    }
}
