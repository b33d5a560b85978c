using System.Text.Json;
using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>The contract of <c>articles.json</c>: a list of rows with exactly the agreed camelCase names.</summary>
public sealed class ArticlesJsonTests
{
    private static readonly ArticleRow Row = new("cpu-countdown", Runtimes.DotNet, "GilThreads", 2, 0.97, 0.95, 0.99, 10.2);

    [Test]
    public void Serialize_Row_HasExactlyTheAgreedNames()
    {
        using var document = JsonDocument.Parse(ArticlesOutput.Serialize([Row]));

        Assert.That(
            document.RootElement.EnumerateArray().Single().EnumerateObject().Select(property => property.Name),
            Is.EqualTo(new[] { "experiment", "runtime", "model", "workers", "speedup", "speedupLow", "speedupHigh", "perTaskMs" }));
    }

    [Test]
    public void Serialize_Rows_ReadBackUnchanged() =>
        Assert.That(
            JsonSerializer.Deserialize(ArticlesOutput.Serialize([Row, Row with { SpeedupLow = null, SpeedupHigh = null }]), ArticlesJsonContext.Default.IReadOnlyListArticleRow),
            Is.EqualTo(new[] { Row, Row with { SpeedupLow = null, SpeedupHigh = null } }));

    [Test]
    public void Serialize_RuntimeNames_AreCPythonAndDotNet() =>
        Assert.That((Runtimes.CPython, Runtimes.DotNet), Is.EqualTo(("CPython", ".NET")));

    [Test]
    public void Deserialize_RowWithoutPerTaskMs_IsRejected() =>
        Assert.That(
            () => JsonSerializer.Deserialize("""[{"experiment":"sleep","runtime":"CPython","model":"asyncio","workers":2,"speedup":2,"speedupLow":null,"speedupHigh":null}]""", ArticlesJsonContext.Default.IReadOnlyListArticleRow),
            Throws.TypeOf<JsonException>());
}
