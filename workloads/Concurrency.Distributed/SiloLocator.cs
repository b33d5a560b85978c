namespace Concurrency.Distributed;

/// <summary>
/// Finds the silo executable. A project reference copies it beside whatever starts a local cluster (the benchmarks'
/// bin folder, BenchmarkDotNet's generated project, the tests), so it is looked for in <see cref="AppContext.BaseDirectory"/>.
/// </summary>
public static class SiloLocator
{
    public const string AssemblyName = "Concurrency.Silo";

    /// <exception cref="FileNotFoundException">The silo is not where it should be.</exception>
    public static string Find()
    {
        string fileName = AssemblyName + (OperatingSystem.IsWindows() ? ".exe" : "");
        string candidate = Path.Combine(AppContext.BaseDirectory, fileName);
        return File.Exists(candidate) ? candidate : throw new FileNotFoundException(
            $"The silo '{fileName}' is not in {AppContext.BaseDirectory}; "
            + "a project that starts a local Orleans cluster must reference workloads/Concurrency.Silo/Concurrency.Silo.csproj.", fileName);
    }
}
