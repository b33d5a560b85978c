using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Concurrency.Processes;

/// <summary>
/// Publishes the worker with NativeAOT on first use and whenever the managed worker or this library is newer, into
/// <see cref="WorkerLocator.NativeAotFolder"/> under the repository root: ordinary builds stay fast, and a clean clone
/// gets it the first time a benchmark asks. Needs clang and lld (<c>.ci/install-prerequisites</c> installs them).
/// </summary>
internal static class NativeAotWorker
{
    /// <summary>Overrides the published binary's path, for a machine that publishes it elsewhere.</summary>
    public const string PathVariable = "CONCURRENCY_AOT_WORKER";

    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(5);
    private static readonly Lock PublishLock = new();

    /// <summary>
    /// The published binary's path, publishing it first if it is missing or older than <paramref name="managedWorker"/>
    /// or the workload library beside it (both are compiled into it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The repository is not found or the publish failed; the message says why.</exception>
    public static string EnsurePublished(string managedWorker)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } overridden)
        {
            return File.Exists(overridden)
                ? overridden
                : throw new InvalidOperationException($"{PathVariable} names '{overridden}', which does not exist.");
        }

        string root = FindRepositoryRoot();
        string rid = RuntimeInformation.RuntimeIdentifier;
        string output = Path.Combine(root, WorkerLocator.NativeAotFolder, rid);
        string binary = Path.Combine(output, WorkerLocator.AssemblyName + (OperatingSystem.IsWindows() ? ".exe" : ""));
        lock (PublishLock)
        {
            string library = Path.Combine(Path.GetDirectoryName(managedWorker)!, "Concurrency.Workloads.dll");
            var newestInput = new[] { managedWorker, library, Path.Combine(Path.GetDirectoryName(managedWorker)!, "Concurrency.WorkerProtocol.dll") }.Where(File.Exists).Max(File.GetLastWriteTimeUtc);
            if (!File.Exists(binary) || File.GetLastWriteTimeUtc(binary) < newestInput)
            {
                Publish(root, rid, output);
            }
        }

        return binary;
    }

    private static void Publish(string root, string rid, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])[
            "publish", Path.Combine(root, "workloads", WorkerLocator.AssemblyName, WorkerLocator.AssemblyName + ".csproj"),
            "-c", "Release", "-r", rid, "-p:PublishAot=true", "-o", output,
            // Its own obj and bin folders: a RID-specific restore must not fight the ordinary build's.
            "--artifacts-path", Path.Combine(root, "artifacts", "aot-build")])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Publishing the NativeAOT worker took longer than {PublishLimit}; it was stopped.");
        }

        if (process.ExitCode != 0)
        {
            string log = stdout.Result + stderr.Result;
            throw new InvalidOperationException(
                $"Publishing the NativeAOT worker failed (exit code {process.ExitCode}); it needs clang and lld, which "
                + $".ci/install-prerequisites installs. The publish ended with:{Environment.NewLine}{(log.Length > 3000 ? log[^3000..] : log)}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Concurrency.Benchmarks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"The NativeAOT worker is published from the repository, but no Concurrency.Benchmarks.sln is above {AppContext.BaseDirectory}; "
            + $"publish it yourself and name it in {PathVariable}.");
    }
}
