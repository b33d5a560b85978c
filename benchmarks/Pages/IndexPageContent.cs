namespace Concurrency.Benchmarks.Pages;

/// <summary>What the index page shows, read from one results folder; file names are relative to it.</summary>
/// <param name="Title">The page's title: the machine label and timestamp of the run.</param>
/// <param name="Recommendations">The run's decision guide, or why there is none.</param>
/// <param name="Charts">Every chart, in file-name order.</param>
/// <param name="ChartNotes">Charts the run could not draw, and why.</param>
/// <param name="Tables">BenchmarkDotNet's table of each HTML report.</param>
/// <param name="Reports">Every report file (markdown, CSV, HTML, JSON, log).</param>
internal sealed record IndexPageContent(
    string Title,
    RecommendationsSection Recommendations,
    IReadOnlyList<IndexChart> Charts,
    IReadOnlyList<string> ChartNotes,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Reports);
