namespace Concurrency.Benchmarks.Articles;

/// <summary>The runtime names of <c>articles.json</c> and the reports, and each one's baseline model.</summary>
internal static class Runtimes
{
    public const string CPython = "CPython";
    public const string DotNet = ".NET";

    public const string CPythonSequential = "sequential";
    public const string DotNetSequential = "Sequential";

    public static string SequentialModel(string runtime) => runtime == CPython ? CPythonSequential : DotNetSequential;
}
