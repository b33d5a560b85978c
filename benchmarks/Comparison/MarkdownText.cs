using System.Globalization;
using Perfolizer.Horology;
using Pragmastat.Metrology;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>Formatting shared by the comparison and the report: times with their unit, table-safe text.</summary>
internal static class MarkdownText
{
    public const string Missing = "–";

    /// <summary>Nanoseconds in the best unit, e.g. <c>10.57 ms</c>.</summary>
    public static string Time(double nanoseconds) =>
        double.IsFinite(nanoseconds)
            ? TimeInterval.FromNanoseconds(nanoseconds).ToString("N2", CultureInfo.InvariantCulture, UnitPresentation.WithGap)
            : Missing;

    public static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Missing;

    /// <summary>Text that cannot break a table row.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
