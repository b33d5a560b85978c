namespace Concurrency.Distributed.Grains;

/// <summary>
/// An environment variable that makes a silo's task fail on purpose, so tests can check how failures surface. A silo
/// reads it once; production runs never set it.
/// </summary>
public static class SiloFaults
{
    /// <summary>Task index whose run throws <see cref="InvalidOperationException"/> inside the silo.</summary>
    public const string FailTask = "CONCURRENCY_SILO_FAIL_TASK";

    /// <summary>The index <see cref="FailTask"/> names in this process, if any.</summary>
    internal static int? FailingTask { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(FailTask), out int index) ? index : null;
}
