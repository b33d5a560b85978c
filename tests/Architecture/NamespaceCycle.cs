namespace Concurrency.Tests.Architecture;

/// <summary>Two namespaces that use each other: the edge each way, with the types that make it.</summary>
internal sealed record NamespaceCycle(NamespaceEdge Forward, NamespaceEdge Backward)
{
    public override string ToString() =>
        $"{Forward.From} ↔ {Forward.To}{Environment.NewLine}  {Forward}{Environment.NewLine}  {Backward}";
}
