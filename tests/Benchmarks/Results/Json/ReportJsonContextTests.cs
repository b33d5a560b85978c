using System.Text.Json;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Tests.Benchmarks.Results.Json;

/// <summary>The full-report contract against JSON in BenchmarkDotNet's layout.</summary>
public sealed class ReportJsonContextTests
{
    private const string Benchmark = """
        {
          "DisplayInfo": "Scaling.RunBatch: Dry [Workload=IoSleep]",
          "Type": "Scaling",
          "Method": "RunBatch",
          "Parameters": "Workload=IoSleep",
          "FullName": "Concurrency.Benchmarks.Suites.Scaling.RunBatch(Workload: IoSleep)",
          "HardwareIntrinsics": "AVX2",
          "Statistics": { "N": 3, "Mean": 157712551, "Median": 157803719, "Skewness": "", "Percentiles": { "P0": 1 } },
          "Memory": { "Gen0Collections": 2, "Gen1Collections": 1, "Gen2Collections": 0, "TotalOperations": 4, "BytesAllocatedPerOperation": 1928 },
          "Measurements": [ { "IterationMode": "Workload", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 2, "Nanoseconds": 3e8 } ],
          "Metrics": [ { "Value": 1.02, "Descriptor": { "Id": "CpuUsage.Cores", "DisplayName": "Cores", "Unit": "Cores", "UnitType": 0 } } ],
          "Scaling": { "UsableCores": 2, "Speedup": 1.5, "IdealNanoseconds": 8e7, "Efficiency": 0.75, "Approximate": false }
        }
        """;

    [Test]
    public void Benchmark_Metrics_AreReadByDescriptorId()
    {
        var metric = Read(Benchmark).Metrics!.Single();

        Assert.That((metric.Descriptor.Id, metric.Value), Is.EqualTo(("CpuUsage.Cores", 1.02)));
    }

    [Test]
    public void Benchmark_Memory_IsRead()
    {
        Assert.That(Read(Benchmark).Memory, Is.EqualTo(new MemoryRecord
        {
            Gen0Collections = 2, Gen1Collections = 1, Gen2Collections = 0, TotalOperations = 4, BytesAllocatedPerOperation = 1928,
        }));
    }

    [Test]
    public void Benchmark_Scaling_WithoutIntervals_ReadsThemAsNull()
    {
        Assert.That(Read(Benchmark).Scaling, Is.EqualTo(new ScalingRecord(2, 1.5, null, 8e7, 0.75, null, false)));
    }

    [Test]
    public void Benchmark_ScalingIntervals_AreRead()
    {
        string json = Benchmark.Replace("\"Approximate\": false", "\"Approximate\": false, \"SpeedupInterval\": { \"Low\": 1.4, \"High\": 1.6, \"Confidence\": 0.99 }", StringComparison.Ordinal);

        Assert.That(Read(json).Scaling!.SpeedupInterval, Is.EqualTo(new RatioInterval(1.4, 1.6, 0.99)));
    }

    [Test]
    public void Benchmark_ScalingRssPerWorker_IsReadInBytes()
    {
        string json = Benchmark.Replace("\"Approximate\": false", "\"Approximate\": false, \"RssPerWorkerBytes\": 25165824", StringComparison.Ordinal);

        Assert.That(Read(json).Scaling!.RssPerWorkerBytes, Is.EqualTo(25_165_824));
    }

    [Test]
    public void Statistic_WrittenAsEmptyString_ReadsAsNaN()
    {
        string json = Benchmark.Replace("\"Mean\": 157712551", "\"Mean\": \"\"", StringComparison.Ordinal);

        Assert.That(Read(json).Statistics!.Mean, Is.NaN);
    }

    [Test]
    public void Statistic_WrittenAsOtherText_IsAJsonError()
    {
        string json = Benchmark.Replace("\"Mean\": 157712551", "\"Mean\": \"fast\"", StringComparison.Ordinal);

        Assert.That(() => Read(json), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Measurement_ModeAndStage_AreReadAsBenchmarkDotNetsEnums()
    {
        var measurement = Read(Benchmark).Measurements!.Single();

        Assert.That((measurement.IterationMode, measurement.IterationStage), Is.EqualTo((BenchmarkDotNet.Engines.IterationMode.Workload, BenchmarkDotNet.Engines.IterationStage.Actual)));
    }

    [Test]
    public void Benchmark_WithoutFullName_IsAJsonErrorNamingIt()
    {
        string json = Benchmark.Replace("\"FullName\"", "\"Name\"", StringComparison.Ordinal);

        Assert.That(() => Read(json), Throws.InstanceOf<JsonException>().With.Message.Contains("'FullName'"));
    }

    [Test]
    public void Report_WithoutHostEnvironment_ReadsItAsNull()
    {
        var report = JsonSerializer.Deserialize($$"""{ "Benchmarks": [ {{Benchmark}} ] }""", ReportJsonContext.Default.FullReportRecord);

        Assert.That(report!.HostEnvironmentInfo, Is.Null);
    }

    private static BenchmarkRecord Read(string benchmark) =>
        JsonSerializer.Deserialize($$"""{ "HostEnvironmentInfo": { "LogicalCoreCount": 2 }, "Benchmarks": [ {{benchmark}} ] }""", ReportJsonContext.Default.FullReportRecord)!
            .Benchmarks.Single();
}
