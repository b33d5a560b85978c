using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>One benchmark case of a result set, as read from BenchmarkDotNet's full JSON report.</summary>
/// <param name="Key">What identifies the case across result sets; its parameters are read here.</param>
/// <param name="FullName">BenchmarkDotNet's full name (namespace, type, method and parameter values), which globs match.</param>
/// <param name="Parameters">The parameters as the report wrote them, in its order: how the case is shown.</param>
/// <param name="Mean">BenchmarkDotNet's mean in nanoseconds per operation (outliers removed), or null if the case failed.</param>
/// <param name="Measurements">The raw measured iterations (Workload, Actual) in nanoseconds per operation.</param>
/// <param name="Scaling">The scaling figures the run saved for this case, or null if it saved none.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per operation (MemoryDiagnoser), or null if not measured.</param>
/// <param name="CpuPerOp">CPU time per operation in nanoseconds (the suite's CPU-usage diagnoser), or null if not measured.</param>
internal sealed record BenchmarkResult(
    CaseKey Key,
    string FullName,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    double? Mean,
    IReadOnlyList<double> Measurements,
    ScalingRecord? Scaling,
    double? AllocatedBytes = null,
    double? CpuPerOp = null)
{
    /// <summary><c>Type.Method [Name=value, …]</c>: how reports name the case.</summary>
    public string DisplayName =>
        Parameters.Count == 0 ? Key.Benchmark : $"{Key.Benchmark} [{string.Join(", ", Parameters.Select(pair => $"{pair.Key}={pair.Value}"))}]";
}
