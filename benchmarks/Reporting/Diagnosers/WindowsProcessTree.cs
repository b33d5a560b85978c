using System.Diagnostics;
using System.Management;
using System.Runtime.Versioning;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time and resident memory of a process tree through the process APIs: descendants are found by parent id
/// (WMI's Win32_Process), each counted by <see cref="Process.TotalProcessorTime"/> or <see cref="Process.WorkingSet64"/>.
/// Windows keeps no reaped-children total, so a child that exits inside the interval loses the time it burned there;
/// the suite's pools keep children alive.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsProcessTree
{
    public static TimeSpan CpuTime(int rootProcessId) =>
        Members(rootProcessId).Aggregate(TimeSpan.Zero, (total, processId) => total + Read(processId, process => process.TotalProcessorTime, TimeSpan.Zero));

    /// <summary>The working sets of the tree now: Windows' resident memory, pages shared with other processes included.</summary>
    public static long ResidentBytes(int rootProcessId) =>
        Members(rootProcessId).Sum(processId => Read(processId, process => process.WorkingSet64, 0L));

    /// <summary>
    /// The root and its living descendants, each parent before its children. Windows reuses the id of an exited parent,
    /// so parent ids can form a loop: each process is taken once.
    /// </summary>
    private static List<int> Members(int rootProcessId)
    {
        var children = ParentIds().ToLookup(pair => pair.ParentId, pair => pair.ProcessId);
        var members = new List<int> { rootProcessId };
        var seen = new HashSet<int> { rootProcessId };
        for (int i = 0; i < members.Count; i++)
        {
            members.AddRange(children[members[i]].Where(seen.Add));
        }

        return members;
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

    private static T Read<T>(int processId, Func<Process, T> read, T gone)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return read(process);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited since the snapshot, or not ours to read.
            return gone;
        }
    }
}
