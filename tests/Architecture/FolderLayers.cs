namespace Concurrency.Tests.Architecture;

/// <summary>
/// The allowed direction between the top folders of one project: a folder may use the folders listed before it, never
/// one after it, so no two folders can reach each other. A folder missing from the list breaks the rule until it is
/// given its place.
/// </summary>
internal sealed record FolderLayers(IReadOnlyList<string> LowestFirst)
{
    /// <summary>
    /// benchmarks/: saved results and a case's parameters at the bottom; figures, then what reads figures (filters,
    /// warm-ups, progress, the decision guide, the index page); the config that wires them into BenchmarkDotNet; the
    /// suites that name the config; the readers of saved runs; the commands; Program.cs ("") on top.
    /// </summary>
    public static FolderLayers Benchmarks { get; } = new(
        ["Results", "Cases", "Reporting", "Filters", "WarmUp", "Progress", "Recommendations", "Pages", "Configuration", "Suites", "Comparison", "Gate", "Articles", "Cli", ""]);

    /// <summary>The uses that go up the list or touch a folder not in it.</summary>
    public IEnumerable<SourceUse> Violations(IEnumerable<SourceUse> uses) =>
        uses.Where(use => Rank(use.TargetFolder) is not { } target || Rank(use.Folder) is not { } user || target > user);

    private int? Rank(string folder) => LowestFirst.Index().FirstOrDefault(layer => layer.Item == folder) is (var index, not null) ? index : null;
}
