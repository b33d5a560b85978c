using BenchmarkDotNet.Engines;

namespace Concurrency.Benchmarks.Results.Json;

/// <summary>One measured iteration: <see cref="Nanoseconds"/> for <see cref="Operations"/> operations.</summary>
internal sealed record MeasurementRecord
{
    public required IterationMode IterationMode { get; init; }

    public required IterationStage IterationStage { get; init; }

    public int LaunchIndex { get; init; }

    public int IterationIndex { get; init; }

    public required long Operations { get; init; }

    public required double Nanoseconds { get; init; }
}
