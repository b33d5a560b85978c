using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Tests.Benchmarks.Cases;

/// <summary>Every kind has one descriptor, and its traits agree with each other and with what each strategy does.</summary>
public sealed class StrategyCatalogTests
{
    [Test]
    public void All_DescribesEveryKindOnceInKindOrder()
    {
        Assert.That(StrategyCatalog.All.Select(descriptor => descriptor.Kind), Is.EqualTo(Enum.GetValues<StrategyKind>()));
    }

    [Test]
    public void Describe_UnknownKind_NamesTheValidOnes()
    {
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => ((StrategyKind)999).Describe());

        Assert.That(unknown!.Message, Does.Contain(nameof(StrategyKind.Orleans)));
    }

    [Test]
    public void Weights_AreDistinctAndFollowTheModels()
    {
        // A tie would leave the recommendation to the order of the cases; a heavier model's strategy must never weigh less.
        var byWeight = StrategyCatalog.All.OrderBy(descriptor => descriptor.Weight).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(byWeight.Select(descriptor => descriptor.Weight), Is.Unique);
            Assert.That(byWeight.Select(descriptor => descriptor.Model), Is.Ordered);
        });
    }

    [Test]
    public void ChildProcesses_AreStartedByTheProcessAndClusterModelsAndOnlyThem()
    {
        Assert.That(
            StrategyCatalog.All.Where(descriptor => descriptor.Processes is not StrategyProcesses.None).Select(descriptor => descriptor.Kind),
            Is.EquivalentTo(StrategyCatalog.All.Where(descriptor => descriptor.Model is StrategyModel.Processes or StrategyModel.Cluster).Select(descriptor => descriptor.Kind)));
    }

    [Test]
    public void Hybrid_OwnsAPoolOfWorkerProcesses()
    {
        // Hybrid crunches on a process pool of its own: its workers need their warm-up tasks as ProcessPool's do.
        Assert.That(StrategyKind.Hybrid.Describe().Processes, Is.EqualTo(StrategyProcesses.Persistent));
    }

    [Test]
    public void Persistent_ArePoolsAndClusters_NotAProcessPerTask()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                StrategyCatalog.All.Where(descriptor => descriptor.Processes is StrategyProcesses.Persistent).Select(descriptor => descriptor.Kind),
                Is.EquivalentTo(new[] { StrategyKind.ProcessPool, StrategyKind.Hybrid, StrategyKind.Orleans }));
            Assert.That(StrategyKind.ProcessPerTask.Describe().Processes, Is.EqualTo(StrategyProcesses.PerTask));
        });
    }

    [Test]
    public void Pool_ThisProcessForThePoolsWorkItems_ChildProcessesForTheSilos()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                StrategyCatalog.All.Where(descriptor => descriptor.Pool is StrategyPool.ThisProcess).Select(descriptor => descriptor.Kind),
                Is.EquivalentTo(new[]
                {
                    StrategyKind.ThreadPool, StrategyKind.ParallelFor, StrategyKind.ParallelForEachAsync,
                    StrategyKind.Plinq, StrategyKind.Channel, StrategyKind.Dataflow,
                }));
            Assert.That(
                StrategyCatalog.All.Where(descriptor => descriptor.Pool is StrategyPool.ChildProcesses).Select(descriptor => descriptor.Kind),
                Is.EqualTo(new[] { StrategyKind.Orleans }));
        });
    }

    [Test]
    public void Pool_OfChildProcesses_BelongsToAStrategyThatStartsThem()
    {
        Assert.That(
            StrategyCatalog.All.Where(descriptor => descriptor.Pool is StrategyPool.ChildProcesses).Select(descriptor => descriptor.Processes),
            Has.None.EqualTo(StrategyProcesses.None));
    }
}
