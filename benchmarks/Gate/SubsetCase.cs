using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>One case of the gate's subset, as <c>.ci/regression-subset --list</c> prints it.</summary>
/// <param name="Name">BenchmarkDotNet's name of the case after the namespace, e.g. <c>Overhead.RunTinyTasks(Strategy: Threads)</c>: the round's filter.</param>
/// <param name="Group">The settings group the subset runs it in.</param>
/// <param name="Path">The code path the case guards, in a few words.</param>
internal sealed record SubsetCase(string Name, string Group, string Path)
{
    /// <summary>Whether <paramref name="result"/> is this case: its full name is the namespace, a dot, and <see cref="Name"/>.</summary>
    public bool Matches(BenchmarkResult result) => result.FullName.EndsWith("." + Name, StringComparison.Ordinal);
}
