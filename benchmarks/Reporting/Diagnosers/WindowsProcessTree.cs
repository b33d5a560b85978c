using System.Diagnostics;
using System.Management;
using System.Runtime.Versioning;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time of a process tree through the process APIs: descendants are found by parent id (WMI's Win32_Process),
/// each counted by <see cref="Process.TotalProcessorTime"/>. Windows keeps no reaped-children total, so a child
/// that exits inside the interval loses the time it burned there; the suite's pools keep children alive.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsProcessTree
{
    public static TimeSpan CpuTime(int rootProcessId)
    {
        var children = ParentIds().ToLookup(pair => pair.ParentId, pair => pair.ProcessId);
        var total = TimeSpan.Zero;
        var pending = new Stack<int>([rootProcessId]);
        while (pending.TryPop(out int processId))
        {
            total += OwnCpuTime(processId);
            foreach (int child in children[processId])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    private static List<(int ProcessId, int ParentId)> ParentIds()
    {
        using var searcher = new ManagementObjectSearcher("SELECT ProcessId, ParentProcessId FROM Win32_Process");
        using var results = searcher.Get();
        return results.Cast<ManagementBaseObject>()
            .Select(process => ((int)(uint)process["ProcessId"], (int)(uint)process["ParentProcessId"]))
            .Where(pair => pair.Item1 != pair.Item2)
            .ToList();
    }

    private static TimeSpan OwnCpuTime(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited since the snapshot, or not ours to read.
            return TimeSpan.Zero;
        }
    }
}
