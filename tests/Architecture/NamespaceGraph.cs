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

    /// <summary>
    /// Every set of namespaces that reach each other through their edges (Tarjan's strongly connected components with
    /// more than one member), so a loop A → B → C → A is found as well as A ↔ B; in name order.
    /// </summary>
    public IReadOnlyList<NamespaceCycle> Cycles()
    {
        var successors = _edges.Keys.ToLookup(edge => edge.From, edge => edge.To);
        var nodes = _edges.Keys.SelectMany(edge => new[] { edge.From, edge.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<NamespaceCycle>();

        void Visit(string node)
        {
            index[node] = lowLink[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (string next in successors[node])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], index[next]);
                }
            }

            if (lowLink[node] != index[node])
            {
                return;
            }

            var members = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                members.Add(member);
            }
            while (member != node);

            if (members.Count > 1)
            {
                members.Sort(StringComparer.Ordinal);
                var edges = _edges.Values.Where(edge => members.Contains(edge.From) && members.Contains(edge.To))
                    .OrderBy(edge => edge.From, StringComparer.Ordinal).ThenBy(edge => edge.To, StringComparer.Ordinal).ToList();
                cycles.Add(new NamespaceCycle(members, edges));
            }
        }

        foreach (string node in nodes.Where(node => !index.ContainsKey(node)))
        {
            Visit(node);
        }

        return cycles.OrderBy(cycle => cycle.Namespaces[0], StringComparer.Ordinal).ToList();
    }
}
