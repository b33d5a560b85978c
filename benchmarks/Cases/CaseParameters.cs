using System.Numerics;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Cases;

/// <summary>
/// The vocabulary of a benchmark case that filters, figures, charts and readers share: the parameter names every
/// suite uses, a null-safe way to read them, and the cores a case's job may run on.
/// </summary>
internal static class CaseParameters
{
    public const string Workload = nameof(Workload);
    public const string Strategy = nameof(Strategy);
    public const string Workers = nameof(Workers);
    public const string Tasks = nameof(Tasks);

    /// <summary>
    /// Tasks per batch of a Scaling case, as in the articles' 16 URL downloads: enough to keep 16 workers busy once. It
    /// lives here, not in the suite, because the figures and the command line that read it sit below the suites.
    /// </summary>
    public const int ScalingTasks = 16;

    /// <summary>The case's value of <paramref name="name"/>, or null where its class has no such parameter.</summary>
    public static object? Get(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == name)?.Value;

    /// <summary>
    /// The workload, strategy and workers of a Scaling case, or null for a case of another suite: only the Scaling
    /// suite has all three.
    /// </summary>
    public static (WorkloadKind Workload, StrategyKind Strategy, int Workers)? ScalingCase(BenchmarkCase benchmarkCase) =>
        (Get(benchmarkCase, Workload), Get(benchmarkCase, Strategy), Get(benchmarkCase, Workers)) is (WorkloadKind workload, StrategyKind strategy, int workers)
            ? (workload, strategy, workers)
            : null;

    /// <summary>C of the limit model: the cores in the job's affinity mask if it sets one, else the process's.</summary>
    public static int UsableCores(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Job.HasValue(EnvironmentMode.AffinityCharacteristic)
            ? BitOperations.PopCount((ulong)benchmarkCase.Job.Environment.Affinity.ToInt64())
            : Environment.ProcessorCount;
}
