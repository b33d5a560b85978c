namespace Concurrency.Tests.Architecture;

/// <summary>Namespace <see cref="From"/> uses namespace <see cref="To"/>: the types of From that do, each with one thing it uses.</summary>
internal sealed record NamespaceEdge(string From, string To, IReadOnlyList<string> Types)
{
    public override string ToString() => $"{From} → {To} by {string.Join("; ", Types)}";
}
