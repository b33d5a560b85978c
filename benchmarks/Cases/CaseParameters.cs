using System.Numerics;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Concurrency.Benchmarks.Cases;

/// <summary>
/// What figures, charts and readers know of a case beside its <see cref="CaseKey"/>: the size of a Scaling batch, and
/// the cores a case's job may run on.
/// </summary>
internal static class CaseParameters
{
    /// <summary>
    /// Tasks per batch of a Scaling case, as in the articles' 16 URL downloads: enough to keep 16 workers busy once. It
    /// lives here, not in the suite, because the figures and the command line that read it sit below the suites.
    /// </summary>
    public const int ScalingTasks = 16;

    /// <summary>C of the limit model: the cores in the job's affinity mask if it sets one, else the process's.</summary>
    public static int UsableCores(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Job.HasValue(EnvironmentMode.AffinityCharacteristic)
            ? BitOperations.PopCount((ulong)benchmarkCase.Job.Environment.Affinity.ToInt64())
            : Environment.ProcessorCount;
}
