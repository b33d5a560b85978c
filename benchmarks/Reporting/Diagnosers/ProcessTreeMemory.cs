using System.Diagnostics;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>Resident memory of a process and all its living descendants now, summed over the processes.</summary>
internal static class ProcessTreeMemory
{
    public static long ResidentBytes(int rootProcessId)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxProcessTree.Proc.ResidentBytes(rootProcessId);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsProcessTree.ResidentBytes(rootProcessId);
        }

        // Elsewhere (macOS) there is no cheap way to find descendants: the process alone, as for its CPU time.
        using var root = Process.GetProcessById(rootProcessId);
        return root.WorkingSet64;
    }
}
