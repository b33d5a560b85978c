using System.Collections.Concurrent;
using BenchmarkDotNet.Engines;
using Concurrency.Benchmarks.Configuration;

namespace Concurrency.Tests.Benchmarks.Configuration;

public sealed class TurnBatonTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("turns-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void TwoSides_RunTheirIterationsOneByOneInTurn()
    {
        var (first, second) = Pair();
        var log = new ConcurrentQueue<string>();

        var sides = new[] { Iterate(first, "first", 5, log), Iterate(second, "second", 5, log) };
        Task.WaitAll(sides, TimeSpan.FromSeconds(30));

        Assert.That(log, Is.EqualTo(Enumerable.Range(0, 5).SelectMany(i => new[] { $"first {i}", $"second {i}" })));
    }

    [Test]
    public void SideWhosePeerEnded_RunsAloneWithoutWaiting()
    {
        var (first, second) = Pair();
        var log = new ConcurrentQueue<string>();

        // The first side runs two iterations and ends; the second has four, its last two alone.
        var sides = new[] { Iterate(first, "first", 2, log), Iterate(second, "second", 4, log) };
        Task.WaitAll(sides, TimeSpan.FromSeconds(30));

        Assert.That((log, second.IsAlone), Is.EqualTo((new[] { "first 0", "second 0", "first 1", "second 1", "second 2", "second 3" }, true)));
    }

    [Test]
    public void SideWhosePeerEndedDuringItsTurn_PassesToNobodyAndRunsAlone()
    {
        var (first, second) = Pair();
        var log = new ConcurrentQueue<string>();

        // The second side ends right after its only iteration, while the first holds the baton again.
        var sides = new[] { Iterate(first, "first", 3, log), Iterate(second, "second", 1, log) };
        Task.WaitAll(sides, TimeSpan.FromSeconds(30));

        Assert.That((log, first.IsAlone), Is.EqualTo((new[] { "first 0", "second 0", "first 1", "first 2" }, true)));
    }

    [Test]
    public void SideWhosePeerNeverStarts_GoesOnAloneAfterItsPatience()
    {
        using var lonely = new TurnBaton(Path.Combine(_folder, "b"), Path.Combine(_folder, "a"), first: false, TimeSpan.FromMilliseconds(200));

        lonely.Take();

        Assert.That(lonely.IsAlone, Is.True);
    }

    [Test]
    public void EngineParameters_TakeTheBatonBeforeSetUpsAndPassItAfterEachIteration()
    {
        var (first, second) = Pair();
        var calls = new ConcurrentQueue<string>();
        var parameters = TurnTakingEngineFactory.InTurns(
            new EngineParameters
            {
                GlobalSetupAction = () => calls.Enqueue("global setup"),
                IterationSetupAction = () => calls.Enqueue("iteration setup"),
                IterationCleanupAction = () => calls.Enqueue("iteration cleanup"),
            },
            first);
        // The second side starts, has one turn between the first side's two iterations, and ends.
        var other = Iterate(second, "second side's turn", 1, calls);

        parameters.GlobalSetupAction();
        parameters.IterationSetupAction();
        parameters.IterationCleanupAction();
        parameters.IterationSetupAction();
        other.Wait(TimeSpan.FromSeconds(30));
        first.Dispose();

        Assert.That(calls, Is.EqualTo(new[] { "global setup", "iteration setup", "iteration cleanup", "second side's turn 0", "iteration setup" }));
    }

    [Test]
    public void FirstSide_WaitsForTheSecondToStartBeforeItsFirstTurn()
    {
        var (first, second) = Pair();
        var log = new ConcurrentQueue<string>();
        var firstTurn = Task.Run(first.Take);

        bool tookBeforeTheSecondStarted = firstTurn.Wait(TimeSpan.FromMilliseconds(300));
        var other = Iterate(second, "second", 1, log);
        firstTurn.Wait(TimeSpan.FromSeconds(30));
        first.Pass();
        other.Wait(TimeSpan.FromSeconds(30));
        first.Dispose();

        Assert.That((tookBeforeTheSecondStarted, firstTurn.IsCompletedSuccessfully, log), Is.EqualTo((false, true, new[] { "second 0" })));
    }

    [TestCase("a,b")]
    [TestCase("a,b,third")]
    [TestCase(",b,first")]
    public void MalformedVariable_IsAFormatErrorNamingIt(string text) =>
        Assert.That(() => TurnBaton.FromVariable(text), Throws.TypeOf<FormatException>().With.Message.Contains(TurnBaton.Variable));

    [Test]
    public void UnsetVariable_MeansNoTurns() =>
        Assert.That(TurnBaton.FromVariable(null), Is.Null);

    private (TurnBaton First, TurnBaton Second) Pair()
    {
        string a = Path.Combine(_folder, "a"), b = Path.Combine(_folder, "b");
        return (new TurnBaton(a, b, first: true, Patience), new TurnBaton(b, a, first: false, Patience));
    }

    /// <summary>One side's engine: take, run (log), pass, for each iteration; then end.</summary>
    private static Task Iterate(TurnBaton baton, string side, int iterations, ConcurrentQueue<string> log) => Task.Factory.StartNew(
        () =>
        {
            using (baton)
            {
                for (int i = 0; i < iterations; i++)
                {
                    baton.Take();
                    log.Enqueue($"{side} {i}");
                    baton.Pass();
                }
            }
        },
        TaskCreationOptions.LongRunning);
}
