namespace Concurrency.Distributed.Grains;

/// <summary>One task's run in a silo: its checksum and when it ran, on the silo's <see cref="System.Diagnostics.Stopwatch"/> clock.</summary>
/// <param name="TaskIndex">The task's index in its batch.</param>
/// <param name="ThreadId">The managed thread that ran it, inside the silo.</param>
/// <param name="Checksum">The task's checksum.</param>
/// <param name="StartTimestamp">When it started (comparable across the processes of one Linux machine).</param>
/// <param name="EndTimestamp">When it ended.</param>
[GenerateSerializer, Immutable]
public sealed record TaskTiming(
    [property: Id(0)] int TaskIndex,
    [property: Id(1)] int ThreadId,
    [property: Id(2)] long Checksum,
    [property: Id(3)] long StartTimestamp,
    [property: Id(4)] long EndTimestamp);
