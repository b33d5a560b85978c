using System.Reflection;

namespace Concurrency.Tests.Architecture;

/// <summary>No two namespaces of one assembly use each other (rule of docs/DESIGN.md), checked per assembly.</summary>
public sealed class NamespaceCycleTests
{
    private static IEnumerable<TestCaseData> Assemblies() =>
        SuiteAssemblies.All.Select(assembly => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!));

    [TestCaseSource(nameof(Assemblies))]
    public void Namespaces_DoNotUseEachOther(Assembly assembly)
    {
        var graph = NamespaceGraphReader.Read(assembly, assembly.GetName().Name!);

        var cycles = graph.MutualDependencies();

        Assert.That(cycles, Is.Empty, $"Namespaces that use each other:{Environment.NewLine}{ArchitectureReport.Lines(cycles)}");
    }
}
