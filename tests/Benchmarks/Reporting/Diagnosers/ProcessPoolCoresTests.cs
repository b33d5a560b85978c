using System.Text.Json;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The CPU-usage metrics as users get them: BenchmarkDotNet's default (out-of-process) toolchain, IoHttp on a pool of
/// 16 worker processes (the reference run's largest overcount, and a case whose real CPU use stays far below the
/// cores, so only an accounting error can reach them), the reference run's short job. No tree of processes keeps more
/// cores busy than the machine has, so neither figure may exceed them by more than the accounting's rounding.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ProcessPoolCoresTests
{
    // /proc counts the reaped children's CPU in 10 ms ticks, and forced GCs between iterations are charged to them.
    private const double Rounding = 1.05;

    private static readonly double Limit = Environment.ProcessorCount * Rounding;

    private string _artifacts = "";
    private JsonElement _benchmark;

    [OneTimeSetUp]
    public void RunTheCaseOutOfProcess()
    {
        _artifacts = Directory.CreateTempSubdirectory("pool-cores-").FullName;
        var (exitCode, output) = SuiteProcess.Run(
            "--filter", "*Scaling*", "--job", "short", "--iterationTime", "150",
            "--workloads", "IoHttp", "--strategies", "ProcessPool", "--workers", "16", "--artifacts", _artifacts);
        Assert.That(exitCode, Is.Zero, output);

        string report = Directory.GetFiles(Path.Combine(_artifacts, "results"), "*Scaling-report-full.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        _benchmark = json.RootElement.GetProperty("Benchmarks").EnumerateArray().Single().Clone();
    }

    [OneTimeTearDown]
    public void DeleteArtifacts() => ScratchFolders.Delete(_artifacts);

    [Test]
    public void ProcessPoolWithMoreWorkersThanCores_OutOfProcess_KeepsAtMostTheCoresBusy() =>
        Assert.That(Metric(CpuUsageDiagnoser.CoresMetricId), Is.LessThanOrEqualTo(Limit));

    [Test]
    public void ProcessPoolWithMoreWorkersThanCores_OutOfProcess_BurnsAtMostTheCoresTimesTheMeanPerOperation() =>
        Assert.That(
            Metric(CpuUsageDiagnoser.CpuPerOpMetricId) / _benchmark.GetProperty("Statistics").GetProperty("Mean").GetDouble(),
            Is.LessThanOrEqualTo(Limit));

    private double Metric(string id) =>
        _benchmark.GetProperty("Metrics").EnumerateArray()
            .Single(metric => metric.GetProperty("Descriptor").GetProperty("Id").GetString() == id)
            .GetProperty("Value").GetDouble();
}
