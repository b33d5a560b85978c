using System.Globalization;
using Concurrency.Distributed;

namespace Concurrency.Tests.Distributed;

/// <summary>
/// Finds silo processes running on this machine, from /proc (Linux): what no handle in this process shows, such as a
/// silo orphaned by its strategy. Only a test's own silos are looked for, by pid or by port: other test runs on the
/// same machine start and stop silos of their own at any time.
/// </summary>
internal static class SiloProcesses
{
    /// <summary>The pids in <paramref name="pids"/> that are still silo processes.</summary>
    public static int[] Running(IEnumerable<int> pids)
    {
        RequireLinux();
        return [.. pids.Where(pid => IsSilo(CommandLine($"/proc/{pid}")))];
    }

    /// <summary>The silo processes that were given one of <paramref name="ports"/> as their silo or gateway port.</summary>
    public static int[] OnPorts(params int[] ports)
    {
        RequireLinux();
        var wanted = ports.Select(port => port.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        return [.. Directory.EnumerateDirectories("/proc")
            .Select(folder => (Pid: int.TryParse(Path.GetFileName(folder), out int pid) ? pid : 0, Arguments: CommandLine(folder)))
            .Where(process => process.Pid > 0 && IsSilo(process.Arguments) && PortsOf(process.Arguments).Any(wanted.Contains))
            .Select(process => process.Pid)];
    }

    private static void RequireLinux() => Assume.That(OperatingSystem.IsLinux(), "silo processes are found through /proc");

    private static bool IsSilo(string[] arguments) => arguments.Any(argument => argument.Contains(SiloLocator.AssemblyName, StringComparison.Ordinal));

    private static IEnumerable<string> PortsOf(string[] arguments) =>
        arguments.Zip(arguments.Skip(1)).Where(pair => pair.First is "--silo-port" or "--gateway-port").Select(pair => pair.Second);

    /// <summary>The process's arguments; none for a process that is gone or a zombie.</summary>
    private static string[] CommandLine(string procFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procFolder, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
