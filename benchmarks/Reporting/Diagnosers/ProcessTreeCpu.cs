using System.Diagnostics;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>CPU time (user + system) used so far by a process and all its descendants, living or reaped.</summary>
internal static class ProcessTreeCpu
{
    public static TimeSpan CpuTime(int rootProcessId) => Read(rootProcessId).CpuTime;

    /// <summary>Reads the tree of <paramref name="rootProcessId"/>, after <paramref name="previous"/> if given (see <see cref="LinuxProcessTree.Read"/>).</summary>
    public static TreeCpuReading Read(int rootProcessId, TreeCpuReading? previous = null)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxProcessTree.Proc.Read(rootProcessId, previous);
        }

        if (OperatingSystem.IsWindows())
        {
            return new TreeCpuReading(WindowsProcessTree.CpuTime(rootProcessId), []);
        }

        // Elsewhere (macOS) there is no cheap way to find descendants: the process alone, as docs/MEASUREMENT.md says.
        using var root = Process.GetProcessById(rootProcessId);
        return new TreeCpuReading(root.TotalProcessorTime, []);
    }
}
