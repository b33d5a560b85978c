using System.Globalization;
using Concurrency.Distributed.Hosting;

namespace Concurrency.Distributed;

/// <summary>
/// How the Orleans strategy gets its cluster and feeds it. The suite's <c>--silos</c> and <c>--cluster</c> options reach
/// the benchmark processes through <see cref="SilosVariable"/> and <see cref="ClusterVariable"/>, which they inherit.
/// </summary>
/// <param name="Silos">How many local silos to start; null: one per core. Ignored with <paramref name="Cluster"/>.</param>
/// <param name="Cluster">A running cluster's Redis membership table, instead of local silos.</param>
/// <param name="TasksPerCall">Consecutive tasks sent in one grain call (1: one call per task, as Ray's <c>f.remote(i)</c>).</param>
/// <param name="ResponseTimeout">How long a call may go unanswered; null: <see cref="ClusterTimeouts.Response"/>.</param>
/// <param name="SiloOptions">How local silos start (tests: fault switches, fixed ports).</param>
public sealed record OrleansOptions(
    int? Silos = null,
    RedisAddress? Cluster = null,
    int TasksPerCall = 1,
    TimeSpan? ResponseTimeout = null,
    SiloClusterOptions? SiloOptions = null)
{
    /// <summary>The number of local silos (a positive whole number).</summary>
    public const string SilosVariable = "CONCURRENCY_ORLEANS_SILOS";

    /// <summary>A running cluster's Redis address, <c>redis://[:PASSWORD@]HOST:PORT</c>.</summary>
    public const string ClusterVariable = "CONCURRENCY_ORLEANS_CLUSTER";

    public int SiloCount => Silos ?? Environment.ProcessorCount;

    /// <summary>The options the environment sets.</summary>
    /// <exception cref="FormatException">A variable holds something it cannot.</exception>
    public static OrleansOptions FromEnvironment()
    {
        int? silos = null;
        if (Environment.GetEnvironmentVariable(SilosVariable) is { Length: > 0 } silosText)
        {
            silos = int.TryParse(silosText, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0
                ? count
                : throw new FormatException($"{SilosVariable}='{silosText}' is not a positive whole number.");
        }

        RedisAddress? cluster = null;
        if (Environment.GetEnvironmentVariable(ClusterVariable) is { Length: > 0 } clusterText)
        {
            cluster = RedisAddress.TryParse(clusterText, out var address, out string? error) ? address : throw new FormatException($"{ClusterVariable}: {error}");
        }

        return new OrleansOptions(silos, cluster);
    }

    internal void Validate()
    {
        if (Silos is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Silos), Silos, "A local cluster needs at least one silo.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(TasksPerCall, 1, nameof(TasksPerCall));
    }
}
