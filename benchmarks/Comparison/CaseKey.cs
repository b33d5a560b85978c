namespace Concurrency.Benchmarks.Comparison;

/// <summary>What makes two results the same benchmark case: the method's full name, its parameters and its job.</summary>
/// <param name="FullName">BenchmarkDotNet's full name (namespace, type, method and parameter values).</param>
/// <param name="Parameters">BenchmarkDotNet's parameter string, e.g. <c>Workload=CpuCountdown&amp;Workers=2</c>.</param>
/// <param name="Job">The job as BenchmarkDotNet displays it, e.g. <c>ShortRun(IterationCount=3, …)</c>.</param>
internal sealed record CaseKey(string FullName, string Parameters, string Job);
