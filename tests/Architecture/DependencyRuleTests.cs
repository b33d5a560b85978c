using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// The dependency rules of docs/DESIGN.md, one test each. A name stands for its namespace and every namespace under
/// it: "reaches Concurrency.Strategies" includes Concurrency.Strategies.Gil.
/// </summary>
public sealed class DependencyRuleTests
{
    private const string Strategies = "Concurrency.Strategies";
    private const string Processes = "Concurrency.Processes";
    private const string Distributed = "Concurrency.Distributed";
    private const string BenchmarkDotNet = "BenchmarkDotNet";

    [Test]
    public void Workloads_ReachNoStrategyNoProcessAndNoBenchmarkDotNet()
    {
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.Workloads).ShouldNot(), Strategies, Processes, Distributed, BenchmarkDotNet);

        Assert.That(violations, Is.Empty, $"The workload library must not know how tasks are run:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void Strategies_ReachNoProcessAndNoBenchmarkDotNet()
    {
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.Strategies).ShouldNot(), Processes, Distributed, BenchmarkDotNet);

        Assert.That(violations, Is.Empty, $"In-process strategies must know neither worker processes, the cluster, nor BenchmarkDotNet:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void WorkerProtocol_ReachesNoStrategyAndNoProcess()
    {
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.WorkerProtocol).ShouldNot(), Strategies, Processes);

        Assert.That(violations, Is.Empty, $"The wire format is shared by both ends and must know neither:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void Distributed_ReachesNoProcessAndNoBenchmarkDotNet()
    {
        // Orleans' generated serializers and proxies live in OrleansCodeGen.*, in files that exist only in the compiler.
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.Distributed).That().ResideInNamespaceMatching(@"^Concurrency\.Distributed(\.|$)").ShouldNot(),
            Processes,
            BenchmarkDotNet);

        Assert.That(violations, Is.Empty, $"The Orleans strategy is a strategy beside the process pools, not built on them:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void Silo_ReachesNoProcessNoBenchmarksAndNoBenchmarkDotNet()
    {
        // Its async entry point leaves its source file out of the PDB's view of Program, so its imports are read from source.
        string[] forbidden = [Processes, "Concurrency.Benchmarks", BenchmarkDotNet];
        var compiled = Types.InAssembly(SuiteAssemblies.Silo).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var violations = (compiled.FailingTypes ?? []).Select(ArchitectureReport.Describe)
            .Concat(SourceUseReader.Offenders(SourceProject.Silo, forbidden))
            .ToList();

        Assert.That(violations, Is.Empty, $"A silo hosts grains of the cluster and must know neither the process pools nor the suite:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void Comparison_DoesNotReachSuites()
    {
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.Benchmarks)
                .That().ResideInNamespaceMatching(@"^Concurrency\.Benchmarks\.Comparison(\.|$)")
                .ShouldNot(),
            "Concurrency.Benchmarks.Suites");

        Assert.That(violations, Is.Empty, $"Comparison reads saved results and must not depend on the benchmark classes:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void Cli_IsReachedOnlyByTheEntryPoint()
    {
        // For NetArchTest a nested type's namespace is its outer type's full name: the patterns leave out Cli's types
        // (nested ones too) and the types nested in Program; AreNotOfType leaves out Program itself.
        var violations = DependencyRule.Violations(
            Types.InAssembly(SuiteAssemblies.Benchmarks)
                .That().DoNotResideInNamespaceMatching(@"^Concurrency\.Benchmarks\.Cli(\.|$)")
                .And().DoNotResideInNamespaceMatching(@"^Concurrency\.Benchmarks\.Program$")
                .And().AreNotOfType(typeof(Concurrency.Benchmarks.Program))
                .ShouldNot(),
            "Concurrency.Benchmarks.Cli");

        Assert.That(violations, Is.Empty, $"Only Program may use the command-line layer:{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }
}
