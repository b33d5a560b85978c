using System.Collections.Frozen;
using Concurrency.Workloads.Cpu;
using Concurrency.Workloads.Io;
using Concurrency.Workloads.Memory;
using Concurrency.Workloads.Mixed;

namespace Concurrency.Workloads.Catalog;

/// <summary>
/// Every workload kind's <see cref="WorkloadDescriptor"/>, and workloads built from specs, here or in a child
/// process. It has a namespace of its own because it names every kind's folder, and those name the root. Workloads
/// that own resources (a server, a temporary folder) are <see cref="IAsyncDisposable"/>: whoever creates one disposes it.
/// </summary>
public static class WorkloadCatalog
{
    // Adding a workload: its name in WorkloadKind, its workload and descriptor in its kind's folder, one line here.
    private static readonly FrozenDictionary<WorkloadKind, WorkloadDescriptor> Descriptors = new WorkloadDescriptor[]
    {
        new CpuCountdownDescriptor(),
        new CpuRangeSumDescriptor(),
        new CpuPrimesDescriptor(),
        new IoSleepDescriptor(),
        new IoDelayDescriptor(),
        new IoHttpDescriptor(),
        new IoFileDescriptor(),
        new MemAddDescriptor(),
        new MemDotDescriptor(),
        new CpuHashDescriptor(),
        new MixedDescriptor(),
    }.ToFrozenDictionary(descriptor => descriptor.Kind);

    /// <summary>Every descriptor, in <see cref="WorkloadKind"/> order.</summary>
    public static IReadOnlyList<WorkloadDescriptor> All { get; } = [.. Descriptors.Values.OrderBy(descriptor => descriptor.Kind)];

    /// <summary>The descriptor of <paramref name="kind"/>; an unknown kind is an error naming the valid ones.</summary>
    public static WorkloadDescriptor Describe(WorkloadKind kind) =>
        Descriptors.TryGetValue(kind, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown workload '{kind}'. Valid: {string.Join(", ", Descriptors.Keys.Order())}.");

    /// <summary>What bounds a workload, for the physical-limit model; known without building it (no server starts).</summary>
    public static WorkloadBound BoundOf(WorkloadKind kind) => Describe(kind).Bound;

    /// <summary>
    /// The calibrated size (about 10 ms a task on the 2-core reference machine), grown by
    /// <see cref="WorkloadSlowdown.Current"/> when the slow-down knob names the workload.
    /// </summary>
    public static int DefaultSize(WorkloadKind kind) => WorkloadSlowdown.Current.Apply(kind, Describe(kind).CalibratedSize);

    /// <summary>
    /// The spec with the default size. A child process is sent this already slowed spec and builds it with
    /// <see cref="Create(WorkloadSpec)"/>, so the slow-down applies once.
    /// </summary>
    public static WorkloadSpec DefaultSpec(WorkloadKind kind) => new(kind, DefaultSize(kind));

    /// <summary>Builds the workload a spec describes.</summary>
    public static IWorkload Create(WorkloadSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Size);
        return Describe(spec.Kind).Create(spec.Size);
    }

    /// <summary>Builds the workload at its default size.</summary>
    public static IWorkload Create(WorkloadKind kind) => Create(DefaultSpec(kind));
}
