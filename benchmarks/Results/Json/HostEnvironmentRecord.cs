namespace Concurrency.Benchmarks.Results.Json;

/// <summary>The report's <c>HostEnvironmentInfo</c>: what BenchmarkDotNet knew of the measuring machine (any of it may be unknown).</summary>
internal sealed record HostEnvironmentRecord
{
    public string? ProcessorName { get; init; }

    public int? PhysicalCoreCount { get; init; }

    public int? LogicalCoreCount { get; init; }

    public string? OsVersion { get; init; }

    public string? RuntimeVersion { get; init; }
}
