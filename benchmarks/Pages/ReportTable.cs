namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// The results table of one of BenchmarkDotNet's HTML reports, to show on the index page as it is: the same columns,
/// units and formatting as every other report of the run, with none of the figures parsed or recomputed here.
/// </summary>
/// <param name="Report">The HTML report's file name.</param>
/// <param name="Html">Its <c>&lt;table&gt;</c> element, as BenchmarkDotNet wrote (and escaped) it; null when it has none.</param>
/// <param name="Problem">Why there is no table; null when there is one.</param>
internal sealed record ReportTable(string Report, string? Html, string? Problem)
{
    /// <summary>The suite the report is of: the file name without BenchmarkDotNet's suffix.</summary>
    public string Suite => Report.EndsWith(IndexPage.HtmlReportSuffix, StringComparison.Ordinal) ? Report[..^IndexPage.HtmlReportSuffix.Length] : Report;

    public static ReportTable Extract(string htmlReport)
    {
        string report = Path.GetFileName(htmlReport);
        string text;
        try
        {
            text = File.ReadAllText(htmlReport);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return new ReportTable(report, Html: null, $"{report} cannot be read: {unreadable.Message}");
        }

        // BenchmarkDotNet writes one table per report, after the environment's <pre> blocks.
        int start = text.IndexOf("<table", StringComparison.Ordinal);
        int end = start < 0 ? -1 : text.IndexOf("</table>", start, StringComparison.Ordinal);
        return end < 0
            ? new ReportTable(report, Html: null, $"{report} has no results table (no case of it produced a result).")
            : new ReportTable(report, text[start..(end + "</table>".Length)], Problem: null);
    }
}
