using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using Concurrency.Benchmarks.Reporting.Analysers;

namespace Concurrency.Benchmarks.Reporting.Exporters;

/// <summary>
/// BenchmarkDotNet's GitHub markdown report (same file, <c>*-report-github.md</c>) followed by a <c>Warnings</c>
/// section with the plausibility analyser's warnings: BenchmarkDotNet prints analyser output to the console only,
/// and its markdown exporter cannot be derived from.
/// </summary>
internal sealed class MarkdownWithWarningsExporter : ExporterBase
{
    public static readonly MarkdownWithWarningsExporter GitHub = new();

    private MarkdownWithWarningsExporter()
    {
    }

    protected override string FileExtension => "md";

    protected override string FileNameSuffix => "-github";

    public override void ExportToLog(Summary summary, ILogger logger)
    {
        MarkdownExporter.GitHub.ExportToLog(summary, logger);
        WriteWarnings([.. summary.Reports.SelectMany(report => PlausibilityAnalyser.WarningsFor(summary, report))], logger);
    }

    /// <summary>The section after the table: nothing for a run without warnings.</summary>
    internal static void WriteWarnings(IReadOnlyList<string> warnings, ILogger logger)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        logger.WriteLine();
        logger.WriteLine("## Warnings");
        logger.WriteLine();
        foreach (string warning in warnings)
        {
            logger.WriteLine($"- {warning}");
        }
    }
}
