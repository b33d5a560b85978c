using System.Diagnostics;

namespace Concurrency.Tests.Benchmarks;

/// <summary>Runs the suite's own executable (copied beside the tests by the project reference) as a user would.</summary>
internal static class SuiteProcess
{
    /// <summary>
    /// A guard against a hung run, not a speed check. The longest run, every case once (the smoke test), took 16 minutes
    /// on 2 cores in CI, most of it the thread pools' warm-up (at least 3 s for each case on a pool).
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    public static (int ExitCode, string Output) Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <summary>Runs the suite with <paramref name="environment"/> set (a null value clears the variable) for it alone.</summary>
    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        TestCategories.RequireSlow("the suite's CLI in a child process");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestContext.CurrentContext.WorkDirectory,
        };
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        start.ArgumentList.Add(typeof(Concurrency.Benchmarks.Program).Assembly.Location);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the suite did not finish within {Limit}");
        }

        // Keep the tail: BenchmarkDotNet's summary and the failure list are at the end.
        string output = stdout.Result + stderr.Result;
        return (process.ExitCode, output.Length > 20_000 ? output[^20_000..] : output);
    }
}
