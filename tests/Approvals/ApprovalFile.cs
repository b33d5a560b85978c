namespace Concurrency.Tests.Approvals;

/// <summary>
/// Where one approved output lives: <c>&lt;Folder&gt;/&lt;TestClass&gt;.&lt;Stem&gt;.approved.&lt;Extension&gt;</c>, and its
/// <c>.received.</c> twin beside it.
/// </summary>
/// <param name="Folder">The folder of the test's source file.</param>
/// <param name="TestClass">The test class's name (its file's name: one type per file).</param>
/// <param name="Stem">The output's name without its extension, e.g. <c>recommendations</c>.</param>
/// <param name="Extension">The output's extension without the dot, e.g. <c>md</c>; it keeps the file's syntax colouring in an editor or a diff.</param>
/// <param name="Root">The repository's root, to show paths relative to it; null where it was not found (paths are then shown in full).</param>
internal sealed record ApprovalFile(string Folder, string TestClass, string Stem, string Extension, string? Root)
{
    /// <summary>The file the solution sits in marks the repository's root.</summary>
    private const string RootMarker = "Concurrency.Benchmarks.sln";

    public string ApprovedPath => Path.Combine(Folder, $"{TestClass}.{Stem}.approved.{Extension}");

    public string ReceivedPath => Path.Combine(Folder, $"{TestClass}.{Stem}.received.{Extension}");

    /// <summary>
    /// The approved file of output <paramref name="name"/> (e.g. <c>recommendations.md</c>) of the test class in
    /// <paramref name="sourceFile"/>: the path the compiler saw, so the file is found whatever the working directory.
    /// </summary>
    public static ApprovalFile For(string sourceFile, string name)
    {
        int dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            throw new ArgumentException($"'{name}' needs a name and an extension, e.g. recommendations.md: the extension is the approved file's.", nameof(name));
        }

        string folder = Path.GetDirectoryName(sourceFile)
            ?? throw new ArgumentException($"'{sourceFile}' has no folder.", nameof(sourceFile));
        if (!Directory.Exists(folder))
        {
            // A build with a path map (e.g. ContinuousIntegrationBuild) hides the source folder; nothing could be compared.
            throw new InvalidOperationException(
                $"The test's source folder {folder} does not exist here: approved files are read from the source tree, so run the tests from a clone.");
        }

        return new ApprovalFile(folder, Path.GetFileNameWithoutExtension(sourceFile), name[..dot], name[(dot + 1)..], FindRoot(folder));
    }

    /// <summary>A path as a command run from the repository's root names it, with forward slashes.</summary>
    public string Shown(string path) =>
        Root is null ? path : Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string? FindRoot(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RootMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
