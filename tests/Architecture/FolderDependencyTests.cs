namespace Concurrency.Tests.Architecture;

/// <summary>
/// The folder rule of docs/DESIGN.md ("Folders of benchmarks/ and their direction"), read from source so that a
/// <c>typeof</c> in an attribute, a constant or a <c>using</c> line counts as much as a call.
/// </summary>
public sealed class FolderDependencyTests
{
    [Test]
    public void BenchmarksFolders_UseOnlyTheFoldersBelowThem()
    {
        var layers = FolderLayers.Benchmarks;
        var uses = SourceUseReader.CrossFolderUses(SourceProject.Benchmarks);

        var violations = layers.Violations(uses).Select(use => use.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.That(
            violations,
            Is.Empty,
            $"Lowest first, a folder may use only those before it: {string.Join(" < ", layers.LowestFirst.Select(SourceUse.Describe))}{Environment.NewLine}{ArchitectureReport.Lines(violations)}");
    }

    [Test]
    public void BenchmarksFolders_AreAllPlaced()
    {
        var layers = FolderLayers.Benchmarks;
        var folders = Directory.EnumerateDirectories(SourceProject.Benchmarks.Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(folder => folder is not ("bin" or "obj" or "BenchmarkDotNet.Artifacts"));

        Assert.That(layers.LowestFirst, Is.SupersetOf(folders), "A new folder of benchmarks/ needs its place in FolderLayers.Benchmarks.");
    }
}
