using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Tests.Processes;

namespace Concurrency.Tests.Strategies;

/// <summary>
/// The strategies <see cref="StrategyCases"/> keeps in the fast loop start no process: a strategy whose descriptor says
/// it starts none, yet does, fails here instead of slowing the fast loop down.
/// </summary>
public sealed class StrategyCasesTests
{
    private static IEnumerable<StrategyKind> InProcessStrategies => Enum.GetValues<StrategyKind>().Where(kind => !StrategyCases.StartsProcesses(kind));

    [TestCaseSource(nameof(InProcessStrategies))]
    public async Task InProcessStrategy_StartsNoChildProcess(StrategyKind kind)
    {
        int before = ChildProcesses.Count();
        await using var strategy = StrategyCatalog.Create(kind, 2);

        await strategy.RunAsync(new TaskBatch(new ProbeWorkload(4, TimeSpan.FromMilliseconds(1)), 4));

        // Counted while the strategy is alive: a pool's workers outlive its batches until it is disposed.
        Assert.That(ChildProcesses.Count(), Is.EqualTo(before));
    }
}
