namespace Concurrency.Benchmarks.Results.Json;

/// <summary>One benchmark case of the report.</summary>
internal sealed record BenchmarkRecord
{
    /// <summary>Namespace, type, method and parameter values: <c>Ns.Type.Method(Name: value, …)</c>.</summary>
    public required string FullName { get; init; }

    /// <summary><c>Type.Method: Job(…) [Name=value, …]</c>: the only place the report names the case's job.</summary>
    public required string DisplayInfo { get; init; }

    public string? Type { get; init; }

    public string? Method { get; init; }

    /// <summary>The parameter values as <c>Name=value&amp;Name=value</c>; empty without parameters.</summary>
    public string? Parameters { get; init; }

    /// <summary>Null when the case failed.</summary>
    public StatisticsRecord? Statistics { get; init; }

    /// <summary>Every iteration of every stage (jitting, pilot, warm-up, overhead, actual …).</summary>
    public IReadOnlyList<MeasurementRecord>? Measurements { get; init; }

    /// <summary>The diagnosers' figures per operation (threading, GC, the suite's CPU usage).</summary>
    public IReadOnlyList<MetricRecord>? Metrics { get; init; }

    public MemoryRecord? Memory { get; init; }

    /// <summary>The suite's own figures for a scaling case; null where the run had no Sequential case to compare with.</summary>
    public ScalingRecord? Scaling { get; init; }
}
