using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>
/// A column of resident memory in MB (1 MB = 1,048,576 bytes, as BenchmarkDotNet's Allocated), beside the metrics:
/// computed from the ResidentMemoryDiagnoser's metric in the <see cref="Summary"/>, "-" where it is missing.
/// </summary>
internal abstract class MemoryColumn : IColumn
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    // After every diagnoser's own metrics, so memory sits beside Allocated.
    public abstract int PriorityInCategory { get; }

    public bool IsNumeric => true;

    // Formatted here in MB with the unit in every cell: BenchmarkDotNet's size unit follows Allocated, often KB.
    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Bytes(summary, benchmarkCase) is { } bytes ? Megabytes(bytes, style.CultureInfo) : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public virtual bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(benchmarkCase => MemoryFigures.PeakRssOf(summary, benchmarkCase) is not null);

    public override string ToString() => ColumnName;

    /// <summary>
    /// Bytes as MB with two decimals and no thousands separator, which would split a CSV field. A value that rounds to
    /// zero shows as 0.00, never -0.00 (adding +0.0 turns IEEE's negative zero positive).
    /// </summary>
    internal static string Megabytes(double bytes, CultureInfo culture) =>
        $"{(Math.Round(bytes / BytesPerMegabyte, 2) + 0.0).ToString("0.00", culture)} MB";

    protected abstract double? Bytes(Summary summary, BenchmarkCase benchmarkCase);
}
