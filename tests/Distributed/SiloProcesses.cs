using Concurrency.Distributed;

namespace Concurrency.Tests.Distributed;

/// <summary>Counts the silo processes running on this machine, from /proc (Linux): what no handle in this process shows.</summary>
internal static class SiloProcesses
{
    public static int Count()
    {
        Assume.That(OperatingSystem.IsLinux(), "silo processes are counted through /proc");
        return Directory.EnumerateDirectories("/proc").Count(folder => int.TryParse(Path.GetFileName(folder), out _) && IsSilo(folder));
    }

    private static bool IsSilo(string procFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procFolder, "cmdline")).Contains(SiloLocator.AssemblyName, StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
