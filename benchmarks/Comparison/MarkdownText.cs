using System.Globalization;
using System.Text;
using Perfolizer.Horology;
using Pragmastat.Metrology;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>Formatting shared by the comparison, the report and the gate: times with their unit, table-safe text, case lists.</summary>
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

    /// <summary>A titled list of cases (e.g. those only one side has), or nothing when there are none.</summary>
    public static void CaseList(StringBuilder text, string title, IReadOnlyList<BenchmarkResult> cases)
    {
        if (cases.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine($"{title} ({cases.Count}):");
        foreach (var result in cases)
        {
            text.AppendLine($"- {result.DisplayName} — {result.Key.Job}");
        }
    }
}
