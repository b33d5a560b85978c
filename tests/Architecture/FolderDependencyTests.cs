using System.Runtime.CompilerServices;

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
        var uses = SourceUseReader.CrossFolderUses(ProjectFolder(layers.Project), layers.RootNamespace);

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
        var folders = Directory.EnumerateDirectories(ProjectFolder(layers.Project))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(folder => folder is not ("bin" or "obj" or "BenchmarkDotNet.Artifacts"));

        Assert.That(layers.LowestFirst, Is.SupersetOf(folders), "A new folder of benchmarks/ needs its place in FolderLayers.Benchmarks.");
    }

    /// <summary>The repository's folder of a project, found from this file's own path so the tests run from any working directory.</summary>
    internal static string ProjectFolder(string project, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", project));
}
