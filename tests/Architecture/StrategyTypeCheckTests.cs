namespace Concurrency.Tests.Architecture;

/// <summary>
/// No code outside a strategy's own project asks for its concrete type: the benchmarks read the descriptor and the
/// <c>Strategy</c> base class. The reader is checked on a project written for each test.
/// </summary>
public sealed class StrategyTypeCheckTests
{
    private ScratchProject? _project;

    private ScratchProject Project => _project!;

    [Test]
    public void Benchmarks_CheckForNoConcreteStrategyType()
    {
        var checks = StrategyTypeChecks.In(SourceProject.Benchmarks);

        Assert.That(checks, Is.Empty, $"Read the strategy's descriptor (kind.Describe()) or a member of Strategy instead:{Environment.NewLine}{ArchitectureReport.Lines(checks)}");
    }

    [SetUp]
    public void CreateProject() =>
        _project = new ScratchProject("global using System; global using Concurrency.Strategies; global using Concurrency.Strategies.InProcess;");

    [TearDown]
    public void RemoveProject() => ScratchFolders.Delete(_project?.Source.Folder);

    [TestCase("strategy is ThreadsStrategy", TestName = "In_AnIsExpression_IsATypeCheck")]
    [TestCase("strategy is not ThreadsStrategy", TestName = "In_ANegatedTypePattern_IsATypeCheck")]
    [TestCase("strategy is ThreadsStrategy threads && threads.Workers > 1", TestName = "In_ADeclarationPattern_IsATypeCheck")]
    [TestCase("strategy is ThreadsStrategy { Workers: > 1 }", TestName = "In_APropertyPatternWithItsType_IsATypeCheck")]
    [TestCase("strategy switch { ThreadsStrategy => true, _ => false }", TestName = "In_ASwitchArm_IsATypeCheck")]
    [TestCase("strategy as ThreadsStrategy is not null", TestName = "In_AnAsExpression_IsATypeCheck")]
    [TestCase("((ThreadsStrategy)strategy).Workers > 1", TestName = "In_ACast_IsATypeCheck")]
    public void In_ATypeCheck_IsFound(string test)
    {
        Project.Write("Probe.cs", $"namespace Fixture; public static class Probe {{ public static bool Test(Strategy strategy) => {test}; }}");

        Assert.That(Find(), Has.One.Contains("checks for ThreadsStrategy"));
    }

    [Test]
    public void In_BuildingAStrategyAndReadingItsTraits_AreNoTypeChecks()
    {
        Project.Write("Probe.cs", """
            namespace Fixture;
            public static class Probe
            {
                public static Strategy Build() => new ThreadsStrategy(2);
                public static bool Persistent(Strategy strategy) => strategy.Processes > 1 && strategy.ChildProcessIds.Count > 0;
                public static bool Wide(Strategy strategy) => strategy is { Workers: > 1 } and var _;
                public static Strategy Widen(ThreadsStrategy threads) => (Strategy)threads;
            }
            """);

        Assert.That(Find(), Is.Empty);
    }

    private IReadOnlyList<string> Find() => StrategyTypeChecks.In(Project.Source);
}
