using Concurrency.Workloads.Catalog;

namespace Concurrency.Workloads;

/// <summary>
/// Everything needed to rebuild a workload anywhere, a child process included: process strategies send
/// this, never an object.
/// </summary>
/// <param name="Kind">Which workload.</param>
/// <param name="Size">Its one size knob, in the workload's own unit (iterations, numbers, milliseconds …).</param>
public sealed record WorkloadSpec(WorkloadKind Kind, int Size)
{
    /// <summary>The spec with the workload's calibrated default size (about 10 ms a task on a 2-core test machine).</summary>
    public static WorkloadSpec Default(WorkloadKind kind) => new(kind, WorkloadFactory.DefaultSize(kind));
}
