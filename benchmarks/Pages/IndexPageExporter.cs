using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// Writes the run's <see cref="IndexPage"/> (<c>index.html</c>, <c>index.md</c>) into its results folder.
/// BenchmarkDotNet runs exporters in the order they were added, so this one must be added last; the page lists the
/// folder's files, so a run of several classes ends with one index covering them all.
/// </summary>
internal sealed class IndexPageExporter : IExporter
{
    public static readonly IndexPageExporter Default = new();

    private IndexPageExporter()
    {
    }

    public string Name => nameof(IndexPageExporter);

    /// <summary>
    /// Rebuilds the index of <paramref name="resultsFolder"/> from its files: for what is written after BenchmarkDotNet's
    /// exporters ran, such as the decision guide in the run folder above it. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Rewrite(string resultsFolder) => IndexPage.Write(resultsFolder);

    public void ExportToLog(Summary summary, ILogger logger) =>
        logger.WriteLine($"Index of this run's recommendations, charts and reports: {Path.Combine(summary.ResultsDirectoryPath, IndexPage.HtmlName)}");

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        Directory.CreateDirectory(summary.ResultsDirectoryPath);
        return IndexPage.Write(summary.ResultsDirectoryPath);
    }
}
