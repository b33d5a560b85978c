namespace Concurrency.Benchmarks.Results.Json;

/// <summary>The memory diagnoser's counts over all measured operations.</summary>
internal sealed record MemoryRecord
{
    public int Gen0Collections { get; init; }

    public int Gen1Collections { get; init; }

    public int Gen2Collections { get; init; }

    public long TotalOperations { get; init; }

    /// <summary>Managed bytes allocated per operation; null where the runtime could not tell.</summary>
    public long? BytesAllocatedPerOperation { get; init; }
}
