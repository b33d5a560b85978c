using Concurrency.Benchmarks.Cases;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// No code outside a strategy's own project asks for its concrete type: the benchmarks read the descriptor and the
/// <c>Strategy</c> base class. The reader is checked on a project written for each test.
/// </summary>
public sealed class StrategyTypeCheckTests
{
    private const string Root = "Fixture";

    private string _project = "";

    [Test]
    public void Benchmarks_CheckForNoConcreteStrategyType()
    {
        string benchmarks = FolderDependencyTests.ProjectFolder("benchmarks");

        var checks = StrategyTypeChecks.In(SourceUseReader.Compile(benchmarks, "Concurrency.Benchmarks"), benchmarks);

        Assert.That(checks, Is.Empty, $"Read the strategy's descriptor (kind.Describe()) or a member of Strategy instead:{Environment.NewLine}{ArchitectureReport.Lines(checks)}");
    }

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("strategy-type-checks-").FullName;
        Write("obj/Fixture.GlobalUsings.g.cs", "global using System; global using Concurrency.Strategies; global using Concurrency.Strategies.InProcess;");
    }

    [TearDown]
    public void RemoveProject()
    {
        if (Directory.Exists(_project))
        {
            Directory.Delete(_project, recursive: true);
        }
    }

    [TestCase("strategy is ThreadsStrategy", TestName = "In_AnIsExpression_IsATypeCheck")]
    [TestCase("strategy is not ThreadsStrategy", TestName = "In_ANegatedTypePattern_IsATypeCheck")]
    [TestCase("strategy is ThreadsStrategy threads && threads.Workers > 1", TestName = "In_ADeclarationPattern_IsATypeCheck")]
    [TestCase("strategy is ThreadsStrategy { Workers: > 1 }", TestName = "In_APropertyPatternWithItsType_IsATypeCheck")]
    [TestCase("strategy switch { ThreadsStrategy => true, _ => false }", TestName = "In_ASwitchArm_IsATypeCheck")]
    [TestCase("strategy as ThreadsStrategy is not null", TestName = "In_AnAsExpression_IsATypeCheck")]
    [TestCase("((ThreadsStrategy)strategy).Workers > 1", TestName = "In_ACast_IsATypeCheck")]
    public void In_ATypeCheck_IsFound(string test)
    {
        Write("Probe.cs", $"namespace Fixture; public static class Probe {{ public static bool Test(Strategy strategy) => {test}; }}");

        Assert.That(Find(), Has.One.Contains("checks for ThreadsStrategy"));
    }

    [Test]
    public void In_BuildingAStrategyAndReadingItsTraits_AreNoTypeChecks()
    {
        Write("Probe.cs", """
            namespace Fixture;
            public static class Probe
            {
                public static Strategy Build() => new ThreadsStrategy(2);
                public static bool OnThePool(Strategy strategy) => strategy.Kind.Describe().Pool is StrategyPool.ThisProcess;
                public static bool Wide(Strategy strategy) => strategy is { Workers: > 1 } and var _;
                public static Strategy Widen(ThreadsStrategy threads) => (Strategy)threads;
            }
            """);

        Assert.That(Find(), Is.Empty);
    }

    private IReadOnlyList<string> Find() => StrategyTypeChecks.In(SourceUseReader.Compile(_project, Root), _project);

    private void Write(string relativePath, string source)
    {
        string path = Path.Combine(_project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
    }
}
