namespace Concurrency.Tests.Architecture;

/// <summary>Namespaces that reach each other (a strongly connected component): its members and the edges among them, with the types that make each.</summary>
internal sealed record NamespaceCycle(IReadOnlyList<string> Namespaces, IReadOnlyList<NamespaceEdge> Edges)
{
    public override string ToString() =>
        string.Join(" ↔ ", Namespaces) + string.Concat(Edges.Select(edge => $"{Environment.NewLine}  {edge}"));
}
