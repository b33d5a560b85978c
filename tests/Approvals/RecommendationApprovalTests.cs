using Concurrency.Benchmarks.Recommendations;

using static Concurrency.Tests.Approvals.GuideCases;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// The decision guide as written into a run folder (<c>recommendations.md</c>, <c>recommendations.json</c>) from
/// <see cref="GuideCases"/>, against approved files.
/// </summary>
public sealed class RecommendationApprovalTests
{
    private string _runFolder = "";

    [SetUp]
    public void CreateRunFolder() => _runFolder = Directory.CreateTempSubdirectory("recommendations-approved-").FullName;

    [TearDown]
    public void DeleteRunFolder() => Directory.Delete(_runFolder, recursive: true);

    [Test]
    public void Markdown_ThreeKindsOfWork_MatchesApproved()
    {
        Approved.Matches(RecommendationMarkdown.Render(Recommendations, Cases), "recommendations.md");
    }

    [Test]
    public void Markdown_NoSequentialBaseline_MatchesApproved()
    {
        Approved.Matches(RecommendationMarkdown.Render([], []), "no-recommendation.md");
    }

    [Test]
    public void Json_ThreeKindsOfWork_MatchesApproved()
    {
        // Through the writer the run uses: its encoder settings (× and – unescaped) are part of the file's contract.
        var (_, json) = RecommendationFiles.Write(_runFolder, Recommendations, RecommendationMarkdown.Render(Recommendations, Cases));

        Approved.Matches(File.ReadAllText(json), "recommendations.json");
    }
}
