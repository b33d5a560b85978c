namespace Concurrency.Processes;

/// <summary>
/// Finds the worker executable. A project reference copies it beside whatever runs the suite: the benchmarks'
/// bin folder, BenchmarkDotNet's generated project (it references the benchmarks project), the tests. So it is
/// looked for in <see cref="AppContext.BaseDirectory"/>, which is that folder in each case.
/// </summary>
public static class WorkerLocator
{
    public const string AssemblyName = "Concurrency.Worker";

    /// <summary>Where a NativeAOT worker is published, relative to the repository root (see <see cref="NativeAotWorker"/>).</summary>
    public const string NativeAotFolder = "artifacts/aot-worker";

    /// <summary>The command that starts a worker the given way.</summary>
    /// <exception cref="FileNotFoundException">The worker is not where it should be.</exception>
    public static WorkerCommand Find(WorkerLaunch launch = WorkerLaunch.Apphost) => launch switch
    {
        WorkerLaunch.Apphost => new WorkerCommand(FindBesideApp(AssemblyName + (OperatingSystem.IsWindows() ? ".exe" : "")), []),
        WorkerLaunch.DotnetHost => new WorkerCommand(DotnetHost(), [FindBesideApp(AssemblyName + ".dll")]),
        WorkerLaunch.NativeAot => new WorkerCommand(NativeAotWorker.EnsurePublished(FindBesideApp(AssemblyName + ".dll")), []),
        _ => throw new ArgumentOutOfRangeException(nameof(launch), launch, $"Unknown worker launch '{launch}'."),
    };

    private static string FindBesideApp(string fileName)
    {
        string candidate = Path.Combine(AppContext.BaseDirectory, fileName);
        return File.Exists(candidate) ? candidate : throw new FileNotFoundException(
            $"The worker '{fileName}' is not in {AppContext.BaseDirectory}; "
            + "a project that starts workers must reference workloads/Concurrency.Worker/Concurrency.Worker.csproj.", fileName);
    }

    /// <summary>The dotnet muxer: the SDK names it in DOTNET_HOST_PATH; otherwise this process's own, or the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        string? self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
