namespace Concurrency.Tests.Benchmarks;

/// <summary>
/// Runs every benchmark case of the suite once, through the real CLI (BenchmarkDotNet's Dry job, in-process
/// toolchain), and fails if any case fails. It checks that every case runs, not how fast.
/// </summary>
[Category("Smoke")]
[Category(TestCategories.Slow)]
public sealed class SuiteSmokeTests
{
    [Test]
    public void EveryBenchmarkCaseRunsOnceWithoutFailing()
    {
        // ProcessStartup's NativeAot case publishes the worker with NativeAOT, whose linker step runs clang (or gcc).
        Prerequisites.Require(
            "clang", Prerequisites.OnPath("clang") || Prerequisites.OnPath("gcc"), "the smoke run's ProcessStartup benchmark links its NativeAOT worker with it");
        string artifacts = Directory.CreateTempSubdirectory("smoke-").FullName;
        try
        {
            // One silo per Orleans case: every case still runs through a real cluster, at half the start-up cost.
            var (exitCode, output) = SuiteProcess.Run("--filter", "*", "--job", "Dry", "--inProcess", "--silos", "1", "--artifacts", artifacts);

            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full.json"), Is.Not.Empty);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
