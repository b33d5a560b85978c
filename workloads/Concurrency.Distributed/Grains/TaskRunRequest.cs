using Concurrency.Workloads;

namespace Concurrency.Distributed.Grains;

/// <summary>
/// Tasks to run: the workload's spec, never an object, and a run of consecutive indices. The kind travels as its
/// number, so the serializer needs no knowledge of the workload library's types.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TaskRunRequest([property: Id(0)] int Kind, [property: Id(1)] int Size, [property: Id(2)] int FirstIndex, [property: Id(3)] int Count)
{
    public static TaskRunRequest For(WorkloadSpec spec, int firstIndex, int count)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new TaskRunRequest((int)spec.Kind, spec.Size, firstIndex, count);
    }

    public WorkloadSpec Spec => new((WorkloadKind)Kind, Size);
}
