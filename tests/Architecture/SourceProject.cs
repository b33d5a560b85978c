using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// A project's source for the source-level rules: its folder, its root namespace, and its compilation, made once on
/// first use because compiling the benchmarks takes seconds and several rules read it.
/// </summary>
internal sealed class SourceProject
{
    private readonly Lazy<CSharpCompilation> _compilation;

    public SourceProject(string folder, string rootNamespace)
    {
        Folder = folder;
        RootNamespace = rootNamespace;
        _compilation = new(() => SourceUseReader.Compile(folder, rootNamespace));
    }

    public static SourceProject Benchmarks { get; } = InRepository("benchmarks", "Concurrency.Benchmarks");

    public static SourceProject Silo { get; } = InRepository("workloads/Concurrency.Silo", "Concurrency.Silo");

    public string Folder { get; }

    public string RootNamespace { get; }

    /// <summary>Compiled on first use: a scratch project writes its files before it asks.</summary>
    public CSharpCompilation Compilation => _compilation.Value;

    /// <summary>A project of the repository, found from this file's own path so the tests run from any working directory.</summary>
    private static SourceProject InRepository(string path, string rootNamespace, [CallerFilePath] string thisFile = "") =>
        new(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", path)), rootNamespace);
}
