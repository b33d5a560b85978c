using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Reporting.Exporters;
using Concurrency.Benchmarks.Suites;
using Concurrency.Workloads.Strategies;
using Concurrency.Workloads.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>With a <c>CpuUsage.Cores</c> metric in the summary, the exporter draws the cores-busy chart too.</summary>
public sealed class CoresBusyChartTests
{
    [Test]
    public void CoresBusyChartIsWrittenWhenTheMetricIsThere()
    {
        string artifacts = Directory.CreateTempSubdirectory("cores-").FullName;
        try
        {
            var options = new SuiteOptions([WorkloadKind.IoSleep], [StrategyKind.Sequential, StrategyKind.Threads], [1, 2], artifacts);
            var config = SuiteConfig.Create(options)
                .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
                .AddDiagnoser(new StubCoresBusyDiagnoser())
                .AddLogger(NullLogger.Instance);

            var summary = BenchmarkRunner.Run<Scaling>(config);

            Assert.That(ScalingChartExporter.Default.ExportToFiles(summary, NullLogger.Instance).Select(Path.GetFileName),
                Does.Contain("Concurrency.Benchmarks.Suites.Scaling-IoSleep-cores.png").And.Contain("Concurrency.Benchmarks.Suites.Scaling-IoSleep-cores.svg"));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
