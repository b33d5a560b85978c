using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Analysers;

/// <summary>
/// Checks every case of a run against <see cref="PlausibilityRules"/>; BenchmarkDotNet prints the warnings after the
/// summary table. Exporters run before any analyser, so the JSON and markdown reports ask <see cref="WarningsFor"/>.
/// </summary>
internal sealed class PlausibilityAnalyser : AnalyserBase
{
    public static readonly PlausibilityAnalyser Default = new();

    private PlausibilityAnalyser()
    {
    }

    public override string Id => "Plausibility";

    /// <summary>The warnings of one case, each naming the case and its numbers; none for a plausible case.</summary>
    public static IReadOnlyList<string> WarningsFor(Summary summary, BenchmarkReport report) =>
        [.. PlausibilityRules.Check(CaseEvidence.Of(summary, report))];

    protected override IEnumerable<Conclusion> AnalyseReport(BenchmarkReport report, Summary summary) =>
        WarningsFor(summary, report).Select(message => CreateWarning(message, report));
}
