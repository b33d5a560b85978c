using System.Runtime.InteropServices;

namespace Concurrency.Strategies.Tracing;

/// <summary>
/// What .NET does not expose about threads: the operating system's id of the calling thread (it names the thread
/// in <c>/proc</c> and in the kernel's clocks), and another thread's exact CPU time. Linux only.
/// </summary>
internal static class OsThread
{
    /// <summary>The calling thread's Linux thread id, or 0 on other systems.</summary>
    public static int CurrentId() => OperatingSystem.IsLinux() ? GetTid() : 0;

    /// <summary>
    /// How long thread <paramref name="tid"/> of this process has been on a core, in nanoseconds, or null if it has
    /// exited. Read from the thread's CPU-time clock, which (unlike <c>/proc/…/schedstat</c>, updated only at
    /// scheduler ticks) includes the slice it is running now.
    /// </summary>
    public static long? CpuTimeNanoseconds(int tid)
    {
        // Linux's clock id for a thread's scheduler CPU time (MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED)).
        int clock = (~tid << 3) | 4 | 2;
        return ClockGetTime(clock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : null;
    }

    // DllImport, not LibraryImport: this library builds without unsafe code, and these calls marshal nothing.
    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
