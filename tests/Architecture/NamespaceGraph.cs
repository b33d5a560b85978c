namespace Concurrency.Tests.Architecture;

/// <summary>Which namespace uses which, by exact namespace (a namespace is not its sub-namespaces).</summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), NamespaceEdge> _edges;

    public NamespaceGraph(IEnumerable<NamespaceEdge> edges)
    {
        _edges = new Dictionary<(string From, string To), NamespaceEdge>();
        foreach (var edge in edges)
        {
            if (edge.From == edge.To)
            {
                throw new ArgumentException($"A namespace does not depend on itself: {edge}.", nameof(edges));
            }

            if (!_edges.TryAdd((edge.From, edge.To), edge))
            {
                throw new ArgumentException($"Two edges {edge.From} → {edge.To}.", nameof(edges));
            }
        }
    }

    public IEnumerable<NamespaceEdge> Edges => _edges.Values;

    public bool Uses(string from, string to) => _edges.ContainsKey((from, to));

    /// <summary>Every pair of namespaces A ≠ B with both A → B and B → A, each pair once, in name order.</summary>
    public IReadOnlyList<NamespaceCycle> MutualDependencies() =>
        _edges.Values
            .Where(edge => string.CompareOrdinal(edge.From, edge.To) < 0)
            .Select(edge => _edges.TryGetValue((edge.To, edge.From), out var back) ? new NamespaceCycle(edge, back) : null)
            .OfType<NamespaceCycle>()
            .OrderBy(cycle => cycle.Forward.From, StringComparer.Ordinal)
            .ThenBy(cycle => cycle.Forward.To, StringComparer.Ordinal)
            .ToList();
}
