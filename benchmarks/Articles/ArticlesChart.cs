using System.Globalization;
using Concurrency.Benchmarks.Reporting.Charts;
using ScottPlot;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// One experiment's picture: speedup over each runtime's own sequential run against workers (log-2 axis), one line per
/// model, CPython dashed with circles and .NET solid with squares, each line with its 99 % interval as error bars.
/// </summary>
internal static class ArticlesChart
{
    public static IReadOnlyList<string> Render(ExperimentResult result, string basePath)
    {
        var plot = ChartStyle.NewPlot(
            $"{result.Experiment.Name}: speedup over the runtime's own sequential run",
            "Workers (log scale)",
            "Speedup (sequential median ÷ median)");
        var sequential = plot.Add.HorizontalLine(1, 2, Colors.Black, LinePattern.Dashed);
        sequential.LegendText = "sequential (1)";

        var palette = new ScottPlot.Palettes.Category20();
        var lines = result.Rows
            .Where(row => row.Model != Runtimes.SequentialModel(row.Runtime))
            .GroupBy(row => (row.Runtime, row.Model))
            .OrderBy(line => ModelOrder.Of(line.Key.Runtime, line.Key.Model));
        foreach (var line in lines)
        {
            var points = line.OrderBy(row => row.Workers).ToArray();
            double[] xs = [.. points.Select(row => Math.Log2(row.Workers))];
            var color = palette.GetColor(ModelOrder.Colour(line.Key.Runtime, line.Key.Model));
            var scatter = plot.Add.Scatter(xs, [.. points.Select(row => row.Speedup)], color);
            scatter.LegendText = $"{line.Key.Runtime} {line.Key.Model}";
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
            bool python = line.Key.Runtime == Runtimes.CPython;
            scatter.LinePattern = python ? LinePattern.Dashed : LinePattern.Solid;
            scatter.MarkerShape = python ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;

            var withInterval = points.Where(row => row.SpeedupLow is not null && row.SpeedupHigh is not null).ToArray();
            if (withInterval.Length > 0)
            {
                var bars = new ScottPlot.Plottables.ErrorBar(
                    [.. withInterval.Select(row => Math.Log2(row.Workers))],
                    [.. withInterval.Select(row => row.Speedup)],
                    null,
                    null,
                    [.. withInterval.Select(row => row.SpeedupHigh!.Value - row.Speedup)],
                    [.. withInterval.Select(row => row.Speedup - row.SpeedupLow!.Value)]);
                plot.Add.Plottable(bars);
                bars.Color = color;
            }
        }

        int[] workers = [.. result.Rows.Select(row => row.Workers).Append(1).Distinct().Order()];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. workers.Select(count => Math.Log2(count))], [.. workers.Select(count => count.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.AutoScale();

        // From 1 worker, where the sequential baseline is, even when the plan leaves that count out.
        plot.Axes.SetLimitsX(-0.3, Math.Log2(workers[^1]) + 0.3);
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top * 1.05);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Save(plot, basePath);
    }
}
