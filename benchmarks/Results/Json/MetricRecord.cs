namespace Concurrency.Benchmarks.Results.Json;

/// <summary>One diagnoser figure of a case, e.g. <c>CpuUsage.Cores</c> or <c>Allocated Memory</c>, per operation.</summary>
internal sealed record MetricRecord
{
    public required double Value { get; init; }

    public required MetricDescriptorRecord Descriptor { get; init; }
}
