using System.Text.Json;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Tests.Benchmarks.Comparison;

/// <summary>Writes small reports in BenchmarkDotNet's full-JSON layout (the fields the readers read, plus noise they must skip).</summary>
internal static class FullJsonReports
{
    public const string Job = "ShortRun(IterationCount=10, LaunchCount=1, WarmupCount=3)";

    /// <summary>
    /// A benchmark case: its parameter string and its measured times per operation in nanoseconds, run under
    /// <paramref name="job"/>, with the scaling figures its run saved (null: none, as the suite writes it without a baseline).
    /// </summary>
    public static object Case(
        string parameters, IEnumerable<double> nanoseconds, string method = "RunBatch", double? mean = null, string job = Job, ScalingRecord? scaling = null)
    {
        double[] values = [.. nanoseconds];
        var measurements = new List<object>
        {
            // Pilot and overhead iterations are not the benchmark: the reader must skip them.
            new { IterationMode = "Workload", IterationStage = "Pilot", LaunchIndex = 1, IterationIndex = 1, Operations = 2L, Nanoseconds = 1.0 },
            new { IterationMode = "Overhead", IterationStage = "Actual", LaunchIndex = 1, IterationIndex = 1, Operations = 2L, Nanoseconds = 1.0 },
        };
        measurements.AddRange(values.Select((value, index) => (object)new
        {
            IterationMode = "Workload", IterationStage = "Actual", LaunchIndex = 1, IterationIndex = index + 1, Operations = 2L, Nanoseconds = value * 2,
        }));
        string display = parameters.Replace("&", ", ", StringComparison.Ordinal);
        string arguments = parameters.Replace("=", ": ", StringComparison.Ordinal).Replace("&", ", ", StringComparison.Ordinal);
        return new
        {
            DisplayInfo = $"Scaling.{method}: {job} [{display}]",
            Namespace = "Concurrency.Benchmarks.Suites",
            Type = "Scaling",
            Method = method,
            MethodTitle = method,
            Parameters = parameters,
            FullName = $"Concurrency.Benchmarks.Suites.Scaling.{method}({arguments})",
            HardwareIntrinsics = "AVX2,AES",
            // BenchmarkDotNet writes a NaN statistic as "".
            Statistics = new { N = values.Length, Mean = mean ?? values.Average(), Skewness = "", ConfidenceInterval = new { Level = 12 } },
            Memory = new { Gen0Collections = 3, Gen1Collections = 0, Gen2Collections = 0, TotalOperations = 4L, BytesAllocatedPerOperation = 1928L },
            Measurements = measurements,
            Metrics = new[]
            {
                new { Value = 1.5, Descriptor = new { Id = "CpuUsage.Cores", DisplayName = "Cores", Legend = "Cores busy", Unit = "Cores", UnitType = 0 } },
            },
            Scaling = scaling,
        };
    }

    /// <summary>Figures as the suite saves them for a scaling case.</summary>
    public static ScalingRecord Figures(int usableCores, double speedup, double efficiency) =>
        new(usableCores, speedup, SpeedupInterval: null, IdealNanoseconds: 80e6, efficiency, EfficiencyInterval: null, Approximate: false);

    /// <summary>Writes <c>results/Scaling-report-full.json</c> under <paramref name="runFolder"/>, the layout the suite writes.</summary>
    public static string Write(string runFolder, params object[] cases)
    {
        string folder = Directory.CreateDirectory(Path.Combine(runFolder, "results")).FullName;
        string file = Path.Combine(folder, "Concurrency.Benchmarks.Suites.Scaling-report-full.json");
        var report = new
        {
            Title = "Scaling",
            HostEnvironmentInfo = new
            {
                BenchmarkDotNetVersion = "0.15.8",
                OsVersion = "Linux Test OS",
                ProcessorName = "Test CPU",
                PhysicalProcessorCount = 1,
                PhysicalCoreCount = 2,
                LogicalCoreCount = 2,
                RuntimeVersion = ".NET 10.0.0",
                ChronometerFrequency = new { Hertz = 1000000000 },
            },
            Benchmarks = cases,
        };
        File.WriteAllText(file, JsonSerializer.Serialize(report));
        return file;
    }

    /// <summary><paramref name="count"/> values spread evenly within ±<paramref name="relativeNoise"/> of <paramref name="center"/>, shuffled.</summary>
    public static double[] Sample(double center, double relativeNoise, int count = 10, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count)
            .Select(i => count == 1 ? center : center * (1 + (relativeNoise * ((2.0 * i / (count - 1)) - 1))))
            .OrderBy(_ => random.Next())];
    }
}
