using System.Diagnostics;
using Concurrency.Distributed;

namespace Concurrency.Tests.Distributed;

/// <summary>
/// A suite killed outright (no exit handler runs) leaves no silo behind: each silo exits when its end of stdin closes.
/// The suite runs a long Orleans timeline in a child process, which is killed once its silos are up.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class SiloOrphanTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public void SuiteKilledMidBatch_ItsSilosExit()
    {
        Assume.That(OperatingSystem.IsLinux(), "processes are read through /proc");
        string folder = Path.Combine(Path.GetTempPath(), $"orphan-{Guid.NewGuid():N}");
        using var suite = StartLongOrleansTimeline(folder);
        int[] silos = [];
        try
        {
            silos = WaitFor(() => SilosOf(suite.Id) is { Length: 2 } found ? found : null);
        }
        finally
        {
            suite.Kill();
            suite.WaitForExit();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        int[] survivors = WaitFor(() => silos.Where(IsAlive).ToArray() is { Length: 0 } none ? none : null, orElse: () => silos.Where(IsAlive).ToArray());
        Assert.That(survivors, Is.Empty, "silo processes outlived the suite that started them");
    }

    private static Process StartLongOrleansTimeline(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment[OrleansOptions.SilosVariable] = "2";
        foreach (string argument in new[]
        {
            typeof(Concurrency.Benchmarks.Program).Assembly.Location, "timeline", "--workload", "IoSleep", "--strategy", "Orleans",
            "--workers", "2", "--tasks", "100000", "--out", folder,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static T WaitFor<T>(Func<T?> probe, Func<T>? orElse = null)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Thread.Sleep(100);
        }

        return orElse is not null ? orElse() : throw new TimeoutException($"nothing turned up within {Patience.TotalSeconds:0} s");
    }

    private static int[] SilosOf(int parent) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(folder => (Folder: folder, Pid: int.TryParse(Path.GetFileName(folder), out int pid) ? pid : 0))
            .Where(process => process.Pid > 0 && ParentOf(process.Folder) == parent && CommandLine(process.Folder).Contains(SiloLocator.AssemblyName, StringComparison.Ordinal))
            .Select(process => process.Pid)];

    /// <summary>Whether the process runs: it exists and is no zombie waiting to be reaped.</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int? ParentOf(string procFolder)
    {
        try
        {
            string stat = File.ReadAllText(Path.Combine(procFolder, "stat"));
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string CommandLine(string procFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procFolder, "cmdline"));
        }
        catch (IOException)
        {
            return "";
        }
    }
}
