using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Concurrency.Tests.Architecture;

/// <summary>
/// Reads which folders of a project use which, from its source with Roslyn's semantic model rather than from the
/// compiled assembly: a constant's value, a <c>typeof</c> in an attribute or an unused <c>using</c> line leave no
/// reference in IL, yet each ties the folders together. Comments (crefs included) are not uses.
/// </summary>
internal static class SourceUseReader
{
    /// <summary>Every use, in <paramref name="project"/>, of a type or namespace declared in another of its folders.</summary>
    public static IReadOnlyList<SourceUse> CrossFolderUses(SourceProject project) =>
    [
        .. from name in ResolvedNames(project.Compilation)
           let folder = TopFolder(project.Folder, name.Syntax.SyntaxTree.FilePath)
           let target = TargetFolder(name.Symbol, project.Folder, project.RootNamespace)
           where target is not null && target != folder
           select new SourceUse(Path.GetRelativePath(project.Folder, name.Syntax.SyntaxTree.FilePath), Line(name.Syntax), name.Syntax.ToString(), folder, target),
    ];

    /// <summary>Where <paramref name="project"/>'s source names anything of a namespace at or under one of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> Offenders(SourceProject project, params string[] forbidden) =>
    [
        .. from name in ResolvedNames(project.Compilation)
           let space = (name.Symbol as INamespaceSymbol ?? name.Symbol.ContainingNamespace)?.ToDisplayString() ?? ""
           where forbidden.Any(prefix => space == prefix || space.StartsWith(prefix + ".", StringComparison.Ordinal))
           select $"{Path.GetRelativePath(project.Folder, name.Syntax.SyntaxTree.FilePath)}:{Line(name.Syntax)} uses {name.Syntax} ({space})",
    ];

    /// <summary>
    /// The project's source, its generated global usings and every assembly the test host has but the project's own;
    /// <see cref="SourceProject.Compilation"/> keeps it, so each project is compiled once.
    /// </summary>
    public static CSharpCompilation Compile(string projectFolder, string rootNamespace)
    {
        var sources = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(projectFolder, file))
            .Order(StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file));
        var compilation = CSharpCompilation.Create(
            rootNamespace,
            [.. sources, CSharpSyntaxTree.ParseText(GlobalUsings(projectFolder))],
            References(rootNamespace),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // A name that resolves to nothing would hide its use: an unresolved type means the reader is blind, not that the rule holds.
        var unresolved = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Id is "CS0246" or "CS0234").ToList();
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException($"The reader cannot resolve every name of {rootNamespace}:{Environment.NewLine}{ArchitectureReport.Lines(unresolved.Take(10))}");
        }

        return compilation;
    }

    /// <summary>Every simple name in the project's own files with the symbol it resolves to (a candidate where overloads left it ambiguous).</summary>
    private static IEnumerable<(SimpleNameSyntax Syntax, ISymbol Symbol)> ResolvedNames(CSharpCompilation compilation) =>
        from tree in compilation.SyntaxTrees.Where(tree => tree.FilePath.Length > 0)
        let model = compilation.GetSemanticModel(tree)
        from name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>()
        let info = model.GetSymbolInfo(name)
        let symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault()
        where symbol is not null
        select (name, symbol);

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static string? TargetFolder(ISymbol symbol, string projectFolder, string rootNamespace)
    {
        if (symbol is INamespaceSymbol space)
        {
            string name = space.ToDisplayString();
            return name.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? name[(rootNamespace.Length + 1)..].Split('.')[0] : null;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        string? file = type?.OriginalDefinition.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.FilePath;
        return string.IsNullOrEmpty(file) ? null : TopFolder(projectFolder, file);
    }

    private static string TopFolder(string projectFolder, string file)
    {
        string[] parts = Path.GetRelativePath(projectFolder, file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : "";
    }

    private static bool IsBuildOutput(string projectFolder, string file) =>
        TopFolder(projectFolder, file) is "bin" or "obj";

    /// <summary>What the SDK generated for the project's implicit usings; the reader needs them to resolve names.</summary>
    private static string GlobalUsings(string projectFolder)
    {
        string obj = Path.Combine(projectFolder, "obj");
        string? generated = Directory.Exists(obj)
            ? Directory.EnumerateFiles(obj, "*.GlobalUsings.g.cs", SearchOption.AllDirectories).MaxBy(File.GetLastWriteTimeUtc)
            : null;
        return generated is null
            ? throw new FileNotFoundException($"No generated global usings under {obj}: build the project before its architecture tests.")
            : File.ReadAllText(generated);
    }

    private static IEnumerable<MetadataReference> References(string excludedAssembly) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileNameWithoutExtension(path) != excludedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path));
}
