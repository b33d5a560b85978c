using System.Diagnostics;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>CPU time (user + system) used so far by a process and all its descendants, living or reaped.</summary>
internal static class ProcessTreeCpu
{
    public static TimeSpan CpuTime(int rootProcessId)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxProcessTree.CpuTime(rootProcessId);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsProcessTree.CpuTime(rootProcessId);
        }

        // Elsewhere (macOS) there is no cheap way to find descendants: the process alone, as the README says.
        using var root = Process.GetProcessById(rootProcessId);
        return root.TotalProcessorTime;
    }
}
