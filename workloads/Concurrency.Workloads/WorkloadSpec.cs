namespace Concurrency.Workloads;

/// <summary>
/// Everything needed to rebuild a workload anywhere, a child process included: process strategies send
/// this, never an object.
/// </summary>
/// <param name="Kind">Which workload.</param>
/// <param name="Size">Its one size knob, in the workload's own unit (iterations, numbers, milliseconds …).</param>
public sealed record WorkloadSpec(WorkloadKind Kind, int Size);
