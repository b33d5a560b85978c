namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The repository's <c>python/</c> folder, which holds the <c>articles</c> package: found by walking up from the
/// program's own folder (bin/… inside a checkout), then from the current folder.
/// </summary>
internal static class PythonPrograms
{
    public const string Package = "articles";

    /// <summary>The folder to run <c>python -m articles</c> in, or null outside a checkout.</summary>
    public static string? Folder() => Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory());

    internal static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "python");
            if (File.Exists(Path.Combine(candidate, Package, "__main__.py")))
            {
                return candidate;
            }
        }

        return null;
    }
}
