namespace Concurrency.Benchmarks.Results.Json;

/// <summary>
/// The parts of BenchmarkDotNet's full JSON report (<c>*-report-full.json</c>) the suite reads. The layout is
/// BenchmarkDotNet's: <c>required</c> marks what a reader cannot do without, everything else may be missing.
/// </summary>
/// <remarks>Read with <see cref="ReportJsonContext"/>, which also knows how BenchmarkDotNet writes NaN.</remarks>
internal sealed record FullReportRecord
{
    /// <summary>The machine the run measured on.</summary>
    public HostEnvironmentRecord? HostEnvironmentInfo { get; init; }

    /// <summary>One entry per benchmark case, failed ones included.</summary>
    public required IReadOnlyList<BenchmarkRecord> Benchmarks { get; init; }
}
