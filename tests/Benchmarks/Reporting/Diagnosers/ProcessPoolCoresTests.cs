using System.Text.Json;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The <c>Cores</c> metric as users get it: BenchmarkDotNet's default (out-of-process) toolchain, a process pool
/// with more workers than cores, the reference run's short job. No tree of processes can keep more cores busy than
/// the machine has, so the metric may exceed them by no more than the accounting's rounding.
/// </summary>
public sealed class ProcessPoolCoresTests
{
    // /proc counts the reaped children's CPU in 10 ms ticks and forced GCs between iterations are charged to them.
    private const double Rounding = 1.05;

    private string _artifacts = "";

    [SetUp]
    public void CreateArtifacts() => _artifacts = Directory.CreateTempSubdirectory("pool-cores-").FullName;

    [TearDown]
    public void DeleteArtifacts() => Directory.Delete(_artifacts, recursive: true);

    /// <summary>
    /// IoHttp on 16 worker processes: the reference run's largest overcount, and a case whose real CPU use stays far
    /// below the cores, so only an accounting error can reach the limit.
    /// </summary>
    [Test]
    public void ProcessPoolWithMoreWorkersThanCores_OutOfProcess_KeepsAtMostTheCoresBusy()
    {
        var (exitCode, output) = SuiteProcess.Run(
            "--filter", "*Scaling*", "--job", "short", "--iterationTime", "150",
            "--workloads", "IoHttp", "--strategies", "ProcessPool", "--workers", "16", "--artifacts", _artifacts);
        Assert.That(exitCode, Is.Zero, output);

        Assert.That(CoresMetric(), Is.LessThanOrEqualTo(Environment.ProcessorCount * Rounding));
    }

    private double CoresMetric()
    {
        string report = Directory.GetFiles(Path.Combine(_artifacts, "results"), "*Scaling-report-full.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return json.RootElement.GetProperty("Benchmarks").EnumerateArray().Single()
            .GetProperty("Metrics").EnumerateArray()
            .Single(metric => metric.GetProperty("Descriptor").GetProperty("Id").GetString() == CpuUsageDiagnoser.CoresMetricId)
            .GetProperty("Value").GetDouble();
    }
}
