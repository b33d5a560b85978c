using System.Diagnostics;
using System.Globalization;
using System.Text;
using Concurrency.Strategies.Tracing;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>A timeline's raw data as CSV, times in milliseconds from the batch's start, for people who plot their own.</summary>
internal static class TimelineCsv
{
    public static void WriteEntries(string path, IReadOnlyList<TimelineEntry> entries, long batchStart)
    {
        var text = new StringBuilder("Task,ProcessId,ThreadId,OsThreadId,StartMs,EndMs,DurationMs\n");
        foreach (var entry in entries.OrderBy(entry => entry.StartTimestamp))
        {
            double start = Milliseconds(batchStart, entry.StartTimestamp);
            double end = Milliseconds(batchStart, entry.EndTimestamp);
            text.Append(CultureInfo.InvariantCulture, $"{entry.TaskIndex},{entry.ProcessId},{entry.ThreadId},{entry.OsThreadId},{start:F3},{end:F3},{end - start:F3}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    public static void WriteSamples(string path, IReadOnlyList<TimelineSample> samples, long batchStart)
    {
        var text = new StringBuilder("Task,OsThreadId,StartMs,EndMs,OnCpu\n");
        foreach (var sample in samples)
        {
            text.Append(CultureInfo.InvariantCulture, $"{sample.TaskIndex},{sample.OsThreadId},{Milliseconds(batchStart, sample.StartTimestamp):F3},{Milliseconds(batchStart, sample.EndTimestamp):F3},{sample.OnCpu:F3}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
