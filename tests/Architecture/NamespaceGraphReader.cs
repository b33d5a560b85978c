using System.Reflection;
using NetArchTest.Rules;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// Builds an assembly's <see cref="NamespaceGraph"/> with NetArchTest. NetArchTest matches a dependency name as a
/// prefix (<c>Concurrency.Workloads</c> also matches <c>Concurrency.Workloads.Cpu.X</c>), so the graph asks about
/// the full names of one namespace's own types instead: B counts as used by A only when a type of A uses a type
/// declared in B itself.
/// </summary>
internal static class NamespaceGraphReader
{
    /// <summary>The graph of the namespaces that are <paramref name="scope"/> or lie under it.</summary>
    public static NamespaceGraph Read(Assembly assembly, string scope)
    {
        var types = Types.InAssembly(assembly);
        var typesByNamespace = types.GetTypes()
            .GroupBy(type => NamespaceOf(type.FullName))
            .Where(group => group.Key == scope || group.Key.StartsWith(scope + ".", StringComparison.Ordinal))
            .ToDictionary(group => group.Key, group => group.Select(type => type.FullName).ToArray());

        var edges = new List<NamespaceEdge>();
        foreach (var (target, targetTypes) in typesByNamespace)
        {
            var users = types.ShouldNot().HaveDependencyOnAny(targetTypes).GetResult().FailingTypes;
            edges.AddRange(users
                .GroupBy(user => NamespaceOf(user.FullName))
                .Where(group => group.Key != target && typesByNamespace.ContainsKey(group.Key))
                .Select(group => new NamespaceEdge(
                    group.Key,
                    target,
                    group.Select(ArchitectureReport.Describe).Order(StringComparer.Ordinal).ToArray())));
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>The namespace a type is declared in; a nested type (<c>Ns.Outer/Inner</c> in Cecil) is in its outer type's.</summary>
    public static string NamespaceOf(string cecilFullName)
    {
        string outermost = cecilFullName.Split('/')[0];
        int lastDot = outermost.LastIndexOf('.');
        return lastDot < 0 ? "" : outermost[..lastDot];
    }
}
