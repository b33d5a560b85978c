using System.Diagnostics;
using Concurrency.Strategies.Tracing;
using ScottPlot;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>
/// A Gantt chart of one batch, like the articles' <c>visualize_runtimes</c>: one row per worker (a distinct process
/// and thread, or a process alone), one bar per task labelled with its index, x in milliseconds from the batch's start;
/// bars are translucent, so tasks that overlap in one row show darker. Live samples are
/// drawn inside each bar as a strip whose height is the share of each millisecond the thread spent on a core.
/// </summary>
internal static class TimelineChart
{
    private const double BarHeight = 0.7;

    private static readonly Color BarColor = Colors.SteelBlue.WithAlpha(0.35);
    private static readonly Color OnCpuColor = Colors.DarkGreen;

    public static IReadOnlyList<string> Render(
        IReadOnlyList<TimelineEntry> entries, IReadOnlyList<TimelineSample> samples, long batchStart, string title, string basePath, bool rowPerProcess = false)
    {
        var rows = TimelineRows.Of(entries, rowPerProcess);
        var plot = ChartStyle.NewPlot(title, "Time since the batch started (ms)", rowPerProcess ? "Process" : "Worker (process / thread)");
        double fontSize = Math.Clamp(160.0 / Math.Max(rows.Count, 1), 9, 14);
        foreach (var entry in entries)
        {
            double row = rows.RowOf(entry);
            double start = Milliseconds(batchStart, entry.StartTimestamp);
            double end = Milliseconds(batchStart, entry.EndTimestamp);
            var bar = plot.Add.Rectangle(start, end, row - (BarHeight / 2), row + (BarHeight / 2));
            bar.FillColor = BarColor;
            bar.LineColor = Colors.SteelBlue;
            bar.LineWidth = 1;
            var label = plot.Add.Text(entry.TaskIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), (start + end) / 2, row - (BarHeight / 4));
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontSize = (float)fontSize;
            label.LabelBold = true;
        }

        var entriesByTask = entries.ToDictionary(entry => entry.TaskIndex);
        foreach (var sample in samples)
        {
            if (sample.OnCpu <= 0 || !entriesByTask.TryGetValue(sample.TaskIndex, out var entry))
            {
                continue;
            }

            // Rows grow downwards (row 0 on top), so a bar's visual bottom edge is its larger y: the trace rises from it.
            double bottom = rows.RowOf(entry) + (BarHeight / 2);
            var mark = plot.Add.Rectangle(
                Milliseconds(batchStart, sample.StartTimestamp), Milliseconds(batchStart, sample.EndTimestamp), bottom - (BarHeight / 2 * sample.OnCpu), bottom);
            mark.FillColor = OnCpuColor;
            mark.LineWidth = 0;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows.Count).Select(row => (double)row).ToArray(), rows.Labels.ToArray());
        double last = entries.Count == 0 ? 1 : entries.Max(entry => Milliseconds(batchStart, entry.EndTimestamp));
        plot.Axes.SetLimits(0, last * 1.02, rows.Count - 0.5, -0.5);
        AddLegend(plot, samples.Count);
        return ChartStyle.Save(plot, basePath, ChartStyle.Width, Math.Max(ChartStyle.Height, 120 + (rows.Count * 40)));
    }

    private static void AddLegend(Plot plot, int sampleCount)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "task (label = task index)", FillColor = BarColor, LineColor = Colors.SteelBlue });
        if (sampleCount > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"on a core (height = share of each sampled ms; {sampleCount} samples)", FillColor = OnCpuColor });
        }

        plot.ShowLegend(Edge.Bottom);
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
