using System.Globalization;
using Concurrency.Strategies;
using ScottPlot;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>
/// The pictures of one workload's scaling: speedup against workers (one line per strategy, plus the limit model's
/// ideal), cores busy against workers (one line per strategy, plus the usable cores), and resident memory per worker
/// against workers (one line per strategy). Workers are on a log-2 axis, so 1, 2, 4, 8, 16 are evenly spaced.
/// </summary>
internal static class ScalingChart
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static IReadOnlyList<string> RenderSpeedup(string title, IReadOnlyList<ScalingPoint> points, string basePath)
    {
        var plot = ChartStyle.NewPlot($"{title}: speedup over Sequential", "Workers (log scale)", "Speedup (Sequential median ÷ median)");
        var ideal = points.Where(point => point.IdealSpeedup is not null)
            .GroupBy(point => point.Workers)
            .Select(group => (Workers: group.Key, Value: group.First().IdealSpeedup!.Value))
            .OrderBy(point => point.Workers)
            .ToArray();
        var idealLine = plot.Add.Scatter(ideal.Select(point => Log2(point.Workers)).ToArray(), ideal.Select(point => point.Value).ToArray(), Colors.Black);
        idealLine.LegendText = "ideal (limit model)";
        idealLine.LinePattern = LinePattern.Dashed;
        idealLine.LineWidth = 2;
        idealLine.MarkerSize = 0;
        AddStrategyLines(plot, points, point => point.Speedup);
        return Finish(plot, points, basePath);
    }

    public static IReadOnlyList<string> RenderCoresBusy(string title, IReadOnlyList<ScalingPoint> points, string basePath)
    {
        var plot = ChartStyle.NewPlot($"{title}: cores busy", "Workers (log scale)", "Cores busy (CPU time ÷ wall time)");
        var cores = plot.Add.HorizontalLine(points.Max(point => point.UsableCores), 2, Colors.Black, LinePattern.Dashed);
        cores.LegendText = "usable cores (C)";
        AddStrategyLines(plot, points, point => point.CoresBusy);
        return Finish(plot, points, basePath);
    }

    public static IReadOnlyList<string> RenderMemoryPerWorker(string title, IReadOnlyList<ScalingPoint> points, string basePath)
    {
        var plot = ChartStyle.NewPlot($"{title}: resident memory per worker", "Workers (log scale)", "Peak RSS per worker, MB (over Sequential)");
        AddStrategyLines(plot, points, point => point.RssPerWorker / BytesPerMegabyte);

        // A worker that costs less than the noise between two processes lands a little below 0: keep it in view.
        double lowest = points.Min(point => point.RssPerWorker / BytesPerMegabyte) ?? 0;
        return Finish(plot, points, basePath, bottom: Math.Min(0, lowest * 1.05));
    }

    private static void AddStrategyLines(Plot plot, IReadOnlyList<ScalingPoint> points, Func<ScalingPoint, double?> value)
    {
        // Twenty colours, one per strategy by its enum value: no two lines share one, and a strategy keeps its colour in every chart.
        var palette = new ScottPlot.Palettes.Category20();
        foreach (var strategy in points.GroupBy(point => point.Strategy).OrderBy(group => group.Key))
        {
            var line = strategy.Where(point => value(point) is not null).OrderBy(point => point.Workers).ToArray();
            if (line.Length == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(line.Select(point => Log2(point.Workers)).ToArray(), line.Select(point => value(point)!.Value).ToArray(), palette.GetColor((int)strategy.Key));
            scatter.LegendText = strategy.Key.ToString();
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
            if (strategy.Key == StrategyKind.Sequential)
            {
                // Its one point (1 worker) sits under the others' first points: a larger hollow square keeps it visible.
                scatter.MarkerShape = MarkerShape.OpenSquare;
                scatter.MarkerSize = 16;
            }
        }
    }

    private static IReadOnlyList<string> Finish(Plot plot, IReadOnlyList<ScalingPoint> points, string basePath, double bottom = 0)
    {
        int[] workers = points.Select(point => point.Workers).Distinct().Order().ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            workers.Select(Log2).ToArray(), workers.Select(count => count.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(bottom, plot.Axes.GetLimits().Top * 1.05);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Save(plot, basePath);
    }

    private static double Log2(int workers) => Math.Log2(workers);
}
