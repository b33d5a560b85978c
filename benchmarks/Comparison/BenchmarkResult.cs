using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>One benchmark case of a result set, as read from BenchmarkDotNet's full JSON report.</summary>
/// <param name="Key">What identifies the case across result sets.</param>
/// <param name="Method">The benchmark's <c>Type.Method</c>, for display.</param>
/// <param name="Parameters">The parameter values by name.</param>
/// <param name="Mean">BenchmarkDotNet's mean in nanoseconds per operation (outliers removed), or null if the case failed.</param>
/// <param name="Measurements">The raw measured iterations (Workload, Actual) in nanoseconds per operation.</param>
/// <param name="Scaling">The scaling figures the run saved for this case, or null if it saved none.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per operation (MemoryDiagnoser), or null if not measured.</param>
/// <param name="CpuPerOp">CPU time per operation in nanoseconds (the suite's CPU-usage diagnoser), or null if not measured.</param>
internal sealed record BenchmarkResult(
    CaseKey Key,
    string Method,
    IReadOnlyDictionary<string, string> Parameters,
    double? Mean,
    IReadOnlyList<double> Measurements,
    ScalingRecord? Scaling,
    double? AllocatedBytes = null,
    double? CpuPerOp = null)
{
    /// <summary><c>Type.Method [Name=value, …]</c>: how reports name the case.</summary>
    public string DisplayName =>
        Parameters.Count == 0 ? Method : $"{Method} [{string.Join(", ", Parameters.Select(pair => $"{pair.Key}={pair.Value}"))}]";
}
