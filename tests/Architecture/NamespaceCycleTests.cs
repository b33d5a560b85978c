using System.Reflection;

namespace Concurrency.Tests.Architecture;

/// <summary>No namespaces of one assembly reach each other, directly or round a loop (rule of docs/DESIGN.md), checked per assembly.</summary>
public sealed class NamespaceCycleTests
{
    private static IEnumerable<TestCaseData> Assemblies() =>
        SuiteAssemblies.All.Select(assembly => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!));

    [TestCaseSource(nameof(Assemblies))]
    public void Namespaces_FormNoCycle(Assembly assembly)
    {
        var graph = NamespaceGraphReader.Read(assembly, assembly.GetName().Name!);

        var cycles = graph.Cycles();

        Assert.That(cycles, Is.Empty, $"Namespaces that reach each other:{Environment.NewLine}{ArchitectureReport.Lines(cycles)}");
    }
}
