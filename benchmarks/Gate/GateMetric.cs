namespace Concurrency.Benchmarks.Gate;

/// <summary>What the gate compares per case and round.</summary>
internal enum GateMetric
{
    /// <summary>Wall time per operation: the round's fastest measured iteration. Load moves it.</summary>
    WallTime,

    /// <summary>CPU time per operation over the round's measured iterations (the suite's CPU-usage diagnoser). Load barely moves it.</summary>
    CpuPerOp,

    /// <summary>Managed bytes allocated per operation (BenchmarkDotNet's MemoryDiagnoser). Load does not move it.</summary>
    Allocated,
}
