using System.Globalization;
using System.Runtime.InteropServices;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The process table of a Linux machine: stat lines from <c>/proc</c>, and each process's own CPU time from its
/// CPU-time clock (<c>clock_getcpuclockid</c>), which counts nanoseconds where <c>/proc</c> counts 10 ms ticks:
/// summed over a pool of 16 workers, ticks alone would be off by up to a third of a second. Resident memory comes
/// from <c>/proc/&lt;pid&gt;/statm</c>, the shortest file that holds it.
/// </summary>
internal sealed class ProcFileSystem : IProcessTable
{
    public static readonly ProcFileSystem Instance = new();

    private const int ClockTicksName = 2;

    private ProcFileSystem()
    {
    }

    /// <summary>1 / USER_HZ: 100 Hz on every mainstream kernel, hence the 10 ms granularity.</summary>
    public TimeSpan Tick { get; } = TimeSpan.FromSeconds(1.0 / (sysconf(ClockTicksName) is > 0 and var hz ? hz : 100));

    public IEnumerable<int> ProcessIds()
    {
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out int processId))
            {
                yield return processId;
            }
        }
    }

    public ProcStat? Stat(int processId)
    {
        try
        {
            return ProcStat.Parse(File.ReadAllText($"/proc/{processId}/stat"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reaped since it was listed: it is no longer part of any tree.
            return null;
        }
    }

    public long? ResidentBytes(int processId)
    {
        try
        {
            return ResidentPages(File.ReadAllText($"/proc/{processId}/statm")) * Environment.SystemPageSize;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reaped since it was listed, like a stat line that is gone.
            return null;
        }
    }

    /// <summary>The second field of a statm line, "size resident shared text lib data dt", in pages.</summary>
    internal static long? ResidentPages(string statm) =>
        statm.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var resident, ..]
        && long.TryParse(resident, NumberStyles.None, CultureInfo.InvariantCulture, out long pages)
            ? pages
            : null;

    public TimeSpan? OwnCpuTime(int processId) =>
        clock_getcpuclockid(processId, out int clock) == 0 && clock_gettime(clock, out var time) == 0
            ? TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromTicks(time.Nanoseconds / 100)
            : null;

    [DllImport("libc", SetLastError = true)]
    private static extern long sysconf(int name);

    [DllImport("libc")]
    private static extern int clock_getcpuclockid(int processId, out int clockId);

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Timespec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
