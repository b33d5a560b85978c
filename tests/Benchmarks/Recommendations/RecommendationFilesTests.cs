using System.Text.Json;
using Concurrency.Benchmarks.Recommendations;
using Concurrency.Strategies;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Recommendations.SyntheticCases;

namespace Concurrency.Tests.Benchmarks.Recommendations;

/// <summary><c>recommendations.json</c> and <c>recommendations.md</c> as written into a run folder, and read back.</summary>
public sealed class RecommendationFilesTests
{
    private static readonly MeasuredCase[] Cases =
    [
        Sequential(WorkloadKind.IoSleep),
        Case(WorkloadKind.IoSleep, StrategyKind.Threads, 16, 13.4, 13.0, 13.8),
        Case(WorkloadKind.IoSleep, StrategyKind.ThreadPool, 16, 4.8, 4.1, 5.0),
    ];

    private string _runFolder = "";
    private IReadOnlyList<Recommendation> _written = [];
    private string _markdownPath = "";
    private string _jsonPath = "";

    [SetUp]
    public void WriteGuide()
    {
        _runFolder = Directory.CreateTempSubdirectory("recommendations-").FullName;
        _written = Recommender.Recommend(Cases);
        (_markdownPath, _jsonPath) = RecommendationFiles.Write(_runFolder, _written, RecommendationMarkdown.Render(_written, Cases));
    }

    [TearDown]
    public void DeleteRunFolder() => ScratchFolders.Delete(_runFolder);

    [Test]
    public void Write_PutsBothFilesInTheRunFolder()
    {
        Assert.That((_markdownPath, _jsonPath), Is.EqualTo((Path.Combine(_runFolder, "recommendations.md"), Path.Combine(_runFolder, "recommendations.json"))));
    }

    [Test]
    public void Json_HasTheFieldNamesOfTheContract()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_jsonPath));

        Assert.That(
            json.RootElement[0].EnumerateObject().Select(property => property.Name),
            Is.SupersetOf(new[] { "work", "strategy", "workers", "speedup", "efficiency", "pitfalls" }));
    }

    [Test]
    public void Json_PitfallsCarryTheirTextAndCase()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_jsonPath));
        var pitfall = json.RootElement[0].GetProperty("pitfalls")[0];

        Assert.That(pitfall.GetProperty("case").GetString(), Is.EqualTo(NameOf(WorkloadKind.IoSleep, StrategyKind.ThreadPool, 16)));
    }

    [Test]
    public void Read_GivesBackWhatWasWritten()
    {
        var read = RecommendationFiles.Read(_jsonPath).Single();
        var written = _written.Single();
        // A record compares its list by reference: the lists are compared on their own, element by element.
        IReadOnlyList<Pitfall> none = [];

        Assert.That(
            (read with { Pitfalls = none }, read.Pitfalls),
            Is.EqualTo((written with { Pitfalls = none }, written.Pitfalls)));
    }

    [Test]
    public void Markdown_NamesTheRecommendationAndItsCase()
    {
        Assert.That(File.ReadAllText(_markdownPath), Does.Contain("Use **Threads × 16**: speedup 13.40× [13.00–13.80]").And.Contain(NameOf(WorkloadKind.IoSleep, StrategyKind.Threads, 16)));
    }

    [Test]
    public void Json_KeepsTheTextReadable()
    {
        Assert.That(File.ReadAllText(_jsonPath), Does.Contain("ThreadPool × 16 reached 4.80× [4.10–5.00]"));
    }

    [Test]
    public void Read_NotAList_IsAnError()
    {
        File.WriteAllText(_jsonPath, "null");

        Assert.That(() => RecommendationFiles.Read(_jsonPath), Throws.InstanceOf<JsonException>());
    }
}
