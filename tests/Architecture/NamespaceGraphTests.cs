using Concurrency.Tests.Architecture.Fixtures.Ping;

namespace Concurrency.Tests.Architecture;

/// <summary>The cycle detector on graphs whose answer is known: a synthetic one, and the fixture types under Fixtures/.</summary>
public sealed class NamespaceGraphTests
{
    private const string Fixtures = "Concurrency.Tests.Architecture.Fixtures";
    private const string Ping = Fixtures + ".Ping";
    private const string Pong = Fixtures + ".Pong";
    private const string Lone = Fixtures + ".Lone";
    private const string PingInner = Fixtures + ".Ping.Inner";

    private static NamespaceGraph FixtureGraph => NamespaceGraphReader.Read(typeof(PingType).Assembly, Fixtures);

    private static NamespaceEdge Edge(string from, string to) => new(from, to, [$"{from}.Type"]);

    [Test]
    public void Cycles_TwoNamespacesUsingEachOther_ReportsThePairWithTheTypesEachWay()
    {
        var graph = new NamespaceGraph([Edge("B", "A"), Edge("A", "B"), Edge("A", "C")]);

        var cycles = graph.Cycles();

        Assert.That(
            cycles.Select(cycle => string.Join(" | ", cycle.Edges)),
            Is.EqualTo(new[] { "A → B by A.Type | B → A by B.Type" }));
    }

    [Test]
    public void Cycles_ThreeNamespacesInALoop_ReportsAllThree()
    {
        var graph = new NamespaceGraph([Edge("A", "B"), Edge("B", "C"), Edge("C", "A"), Edge("C", "D")]);

        var cycles = graph.Cycles();

        Assert.That(cycles.Select(cycle => string.Join(",", cycle.Namespaces)), Is.EqualTo(new[] { "A,B,C" }));
    }

    [Test]
    public void Cycles_OneWayEdgesOnly_IsEmpty()
    {
        var graph = new NamespaceGraph([Edge("A", "B"), Edge("B", "C"), Edge("A", "C")]);

        Assert.That(graph.Cycles(), Is.Empty);
    }

    [Test]
    public void Constructor_SelfEdge_IsRejected() =>
        Assert.That(() => new NamespaceGraph([Edge("A", "A")]), Throws.ArgumentException);

    [Test]
    public void Read_FixtureTypes_FindTheOneCycleBetweenPingAndPong()
    {
        var cycles = FixtureGraph.Cycles();

        Assert.That(cycles.Select(cycle => string.Join(",", cycle.Namespaces)), Is.EqualTo(new[] { $"{Ping},{Pong}" }));
    }

    [Test]
    public void Read_DependencyOnASubNamespace_IsNotADependencyOnItsParent()
    {
        var graph = FixtureGraph;

        Assert.That((graph.Uses(Lone, PingInner), graph.Uses(Lone, Ping)), Is.EqualTo((true, false)));
    }

    [Test]
    public void Read_NestedType_CountsForItsOuterTypesNamespace()
    {
        var edge = FixtureGraph.Edges.Single(edge => edge.From == Ping && edge.To == Pong);

        Assert.That(edge.Types, Has.One.StartsWith($"{Ping}.PingType/Echo"));
    }

    [TestCase("Ns.Outer", "Ns")]
    [TestCase("Ns.Sub.Outer/Inner", "Ns.Sub")]
    [TestCase("Ns.Outer`1/Inner/Deeper", "Ns")]
    [TestCase("Global", "")]
    public void NamespaceOf_CecilFullName_IsTheOutermostTypesNamespace(string fullName, string expected) =>
        Assert.That(NamespaceGraphReader.NamespaceOf(fullName), Is.EqualTo(expected));
}
