using System.Text.RegularExpressions;
using Concurrency.Benchmarks.Reporting.Charts;
using ScottPlot;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// A strip plot of one case's rounds: base on the left, head on the right, one dot per round, a line joining the two
/// rounds of each pair (they ran next to each other), each side's value (its median; for allocations its smallest round) as a bar. For wall time, each round's single
/// iterations are drawn faintly behind its dot. Steady pairs with a shifted head read as parallel lines.
/// </summary>
internal static partial class RoundStripPlot
{
    private const int Width = 900;
    private const int Height = 600;

    private static readonly Color BaseColor = new(31, 119, 180);
    private static readonly Color HeadColor = new(214, 39, 40);

    /// <summary>
    /// The plot's file name for the case at <paramref name="place"/> (from 1) of the summary's table: the place keeps
    /// names apart, the method and parameter values say which case it is, anything but letters and digits becomes '-'.
    /// </summary>
    public static string FileName(int place, CaseJudgement judgement)
    {
        var @case = judgement.Rounds.Case;
        string name = string.Join("-", @case.Parameters.Select(pair => pair.Value).Prepend(@case.Key.Benchmark));
        return $"strip-{place:00}-{Unsafe().Replace(name, "-")}.png";
    }

    /// <summary>Draws <paramref name="metric"/> of the judged case to <paramref name="pngPath"/>.</summary>
    public static void Render(CaseJudgement judgement, GateMetric metric, string pngPath)
    {
        var rounds = judgement.Rounds;
        var baseValues = rounds.Values(metric, GateSide.Base);
        var headValues = rounds.Values(metric, GateSide.Head);
        var (scale, unit) = Unit(metric, baseValues.Concat(headValues).OfType<double>().DefaultIfEmpty(0).Max());
        var plot = ChartStyle.NewPlot(
            $"{Parameters(rounds)}: {judgement.Verdict.ToString().ToLowerInvariant()}",
            "Lines join the two rounds of a pair (they ran next to each other)",
            $"{char.ToUpperInvariant(GateText.Name(metric)[0])}{GateText.Name(metric)[1..]} per operation ({unit})");

        int pairs = baseValues.Count;
        for (int i = 0; i < pairs; i++)
        {
            double offset = Offset(i, pairs);
            if (baseValues[i] is { } baseValue && headValues[i] is { } headValue)
            {
                var line = plot.Add.Line(offset, baseValue / scale, 1 + offset, headValue / scale);
                line.LineColor = Colors.Gray.WithAlpha(0.6);
                line.LineWidth = 1;
            }

            if (metric == GateMetric.WallTime)
            {
                // A round's value is the median of its iterations; the iterations show how much a round scatters inside.
                AddIterations(plot, rounds.Base[i].Measurements, offset, scale, BaseColor);
                AddIterations(plot, rounds.Head[i].Measurements, 1 + offset, scale, HeadColor);
            }
        }

        var summary = judgement.Metric(metric);
        AddSide(plot, baseValues, summary.BaseValue, 0, scale, BaseColor, $"base ({pairs} rounds)");
        AddSide(plot, headValues, summary.HeadValue, 1, scale, HeadColor, $"head ({pairs} rounds)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 1], ["base", "head"]);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(-0.5, 1.5);
        plot.ShowLegend(Edge.Right);
        plot.SavePng(pngPath, Width, Height);
    }

    private static void AddIterations(Plot plot, IReadOnlyList<double> iterations, double x, double scale, Color color) =>
        plot.Add.Markers(
            iterations.Select(_ => x).ToArray(), iterations.Select(value => value / scale).ToArray(), MarkerShape.FilledCircle, 4, color.WithAlpha(0.25));

    private static void AddSide(Plot plot, IReadOnlyList<double?> values, double? summary, double x, double scale, Color color, string legend)
    {
        var dots = values.Select((value, i) => (X: x + Offset(i, values.Count), Value: value)).Where(dot => dot.Value is not null).ToArray();
        var markers = plot.Add.Markers(dots.Select(dot => dot.X).ToArray(), dots.Select(dot => dot.Value!.Value / scale).ToArray(), MarkerShape.FilledCircle, 10, color);
        markers.LegendText = legend;
        if (summary is { } value)
        {
            var bar = plot.Add.Line(x - 0.2, value / scale, x + 0.2, value / scale);
            bar.LineColor = color;
            bar.LineWidth = 3;
        }
    }

    /// <summary>Pair i's small sideways shift, so that equal rounds do not hide each other.</summary>
    private static double Offset(int pair, int pairs) => (pair - ((pairs - 1) / 2.0)) * 0.03;

    /// <summary>Bytes stay bytes; times get the unit that keeps the largest value between 1 and 1000.</summary>
    private static (double Scale, string Unit) Unit(GateMetric metric, double largest) => metric switch
    {
        GateMetric.Allocated => (1, "B"),
        _ when largest >= 1e9 => (1e9, "s"),
        _ when largest >= 1e6 => (1e6, "ms"),
        _ when largest >= 1e3 => (1e3, "µs"),
        _ => (1, "ns"),
    };

    private static string Parameters(CaseRounds rounds) =>
        rounds.Case.Parameters.Count == 0 ? rounds.Case.Key.Benchmark : string.Join(", ", rounds.Case.Parameters.Select(pair => $"{pair.Key}={pair.Value}"));

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Unsafe();
}
