using System.Diagnostics;

namespace Concurrency.Tests.Benchmarks;

/// <summary>
/// Runs every benchmark case of the suite once, through the real CLI (BenchmarkDotNet's Dry job, in-process
/// toolchain), and fails if any case fails. It checks that every case runs, not how fast.
/// </summary>
[Category("Smoke")]
public sealed class SuiteSmokeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(15);

    [Test]
    public void EveryBenchmarkCaseRunsOnceWithoutFailing()
    {
        string artifacts = Directory.CreateTempSubdirectory("smoke-").FullName;
        try
        {
            var (exitCode, output) = RunSuite("--filter", "*", "--job", "Dry", "--inProcess", "--artifacts", artifacts);

            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full.json"), Is.Not.Empty);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    /// <summary>Starts the suite's own executable (copied beside the tests by the project reference).</summary>
    internal static (int ExitCode, string Output) RunSuite(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestContext.CurrentContext.WorkDirectory,
        };
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
