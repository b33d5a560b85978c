using System.Runtime.InteropServices;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time of a process tree through /proc: descendants are found by walking parent ids, and each member counts its
/// own time plus its reaped children's (<see cref="ProcStat.Ticks"/>). A child alive at the start and reaped
/// before the end moves from "living" to its parent's child times, so the difference counts it once. Orphans
/// re-parented away from the tree are lost; the suite's pools never orphan a child.
/// </summary>
internal static class LinuxProcessTree
{
    private const int ClockTicksName = 2;

    public static TimeSpan CpuTime(int rootProcessId) => TimeSpan.FromSeconds(TreeTicks(ReadAll(), rootProcessId) / TicksPerSecond());

    /// <summary>Sum of <see cref="ProcStat.Ticks"/> over the root and its living descendants.</summary>
    internal static long TreeTicks(IReadOnlyCollection<ProcStat> processes, int rootProcessId)
    {
        var children = processes.ToLookup(process => process.ParentId);
        var root = processes.FirstOrDefault(process => process.ProcessId == rootProcessId)
            ?? throw new InvalidOperationException($"Process {rootProcessId} is not running: its CPU time cannot be read.");
        long ticks = 0;
        var pending = new Stack<ProcStat>([root]);
        while (pending.TryPop(out var process))
        {
            ticks += process.Ticks;
            foreach (var child in children[process.ProcessId])
            {
                pending.Push(child);
            }
        }

        return ticks;
    }

    private static List<ProcStat> ReadAll()
    {
        var processes = new List<ProcStat>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(directory)[0]))
            {
                continue;
            }

            try
            {
                if (ProcStat.Parse(File.ReadAllText(Path.Combine(directory, "stat"))) is { } stat)
                {
                    processes.Add(stat);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process exited between listing and reading: it is no longer part of any tree.
            }
        }

        return processes;
    }

    /// <summary>USER_HZ, the unit of /proc's times: 100 on every mainstream kernel, hence the 10 ms granularity.</summary>
    private static double TicksPerSecond() => sysconf(ClockTicksName) is > 0 and var hz ? hz : 100;

    [DllImport("libc", SetLastError = true)]
    private static extern long sysconf(int name);
}
