using BenchmarkDotNet.Running;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Filters;

/// <summary>The parameter names every suite shares, and a null-safe way to read them from a case.</summary>
internal static class CaseParameters
{
    public const string Workload = nameof(Workload);
    public const string Strategy = nameof(Strategy);
    public const string Workers = nameof(Workers);
    public const string Tasks = nameof(Tasks);

    /// <summary>The case's value of <paramref name="name"/>, or null where its class has no such parameter.</summary>
    public static object? Get(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == name)?.Value;
}
