namespace Concurrency.Benchmarks.Results.Json;

/// <summary>What a <see cref="MetricRecord"/> measures.</summary>
internal sealed record MetricDescriptorRecord
{
    /// <summary>The metric's identity, e.g. <c>CpuUsage.Cores</c>.</summary>
    public required string Id { get; init; }

    public string? DisplayName { get; init; }

    public string? Unit { get; init; }
}
