using System.Diagnostics;
using System.Globalization;

namespace Concurrency.Workloads.Io;

/// <summary>
/// Temporary folders named after the process that owns them (<c>{prefix}{pid}-{random}</c>). A process killed before
/// it disposes its workload (a worker process killed mid-task, a benchmark process stopped by hand) cannot remove its
/// folder; the next folder made with the same prefix removes those whose owner has exited.
/// </summary>
internal static class OwnedTempFolder
{
    /// <summary>Creates a folder owned by this process, after removing the orphans of <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        RemoveOrphans(prefix);
        return Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
    }

    /// <summary>
    /// Removes the folders of <paramref name="prefix"/> whose owner is no longer running. A folder whose name carries no
    /// process id is not one of these and stays; so does one whose id a running process has taken again.
    /// </summary>
    private static void RemoveOrphans(string prefix)
    {
        foreach (string folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            string owner = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out int processId) && !IsRunning(processId))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Another process may be removing the same orphan at the same time; whoever loses leaves it to the winner.</summary>
    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
