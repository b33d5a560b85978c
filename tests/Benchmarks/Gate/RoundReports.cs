using System.Text.Json;

namespace Concurrency.Tests.Benchmarks.Gate;

/// <summary>Writes gate rounds as the gate does: OUT_DIR/rounds/NN-side/results/*-report-full.json, in BenchmarkDotNet's layout.</summary>
internal static class RoundReports
{
    /// <summary>A case as one round measured it: wall times per iteration (ns), CPU/op (ns) and allocated bytes per operation.</summary>
    public static object Case(string parameters, IEnumerable<double> wallNanoseconds, double cpuPerOp, long allocated)
    {
        string display = parameters.Replace("&", ", ", StringComparison.Ordinal);
        string arguments = parameters.Replace("=", ": ", StringComparison.Ordinal).Replace("&", ", ", StringComparison.Ordinal);
        return new
        {
            DisplayInfo = $"Scaling.RunBatch: {SyntheticRounds.Job} [{display}]",
            Type = "Scaling",
            Method = "RunBatch",
            Parameters = parameters,
            FullName = $"Concurrency.Benchmarks.Suites.Scaling.RunBatch({arguments})",
            Statistics = new { Mean = wallNanoseconds.Average() },
            Memory = new { Gen0Collections = 0, TotalOperations = 5, BytesAllocatedPerOperation = allocated },
            Measurements = wallNanoseconds.Select((value, index) => new
            {
                IterationMode = "Workload", IterationStage = "Actual", LaunchIndex = 1, IterationIndex = index + 1, Operations = 1L, Nanoseconds = value,
            }),
            Metrics = new object[]
            {
                new { Value = 1.0, Descriptor = new { Id = "CpuUsage.Cores", DisplayName = "Cores" } },
                new { Value = cpuPerOp, Descriptor = new { Id = "CpuUsage.CpuPerOp", DisplayName = "CPU/op" } },
            },
        };
    }

    /// <summary>Writes round <paramref name="name"/> (e.g. <c>03-head</c>) with these cases; returns its folder.</summary>
    public static string Round(string outDir, string name, params object[] cases)
    {
        string folder = Path.Combine(outDir, "rounds", name);
        string results = Directory.CreateDirectory(Path.Combine(folder, "results")).FullName;
        var report = new
        {
            Title = "Scaling",
            HostEnvironmentInfo = new { OsVersion = "Linux Test OS", ProcessorName = "Test CPU", PhysicalCoreCount = 2, LogicalCoreCount = 2, RuntimeVersion = ".NET 10.0.0" },
            Benchmarks = cases,
        };
        File.WriteAllText(Path.Combine(results, "Concurrency.Benchmarks.Suites.Scaling-report-full.json"), JsonSerializer.Serialize(report));
        return folder;
    }

    /// <summary>
    /// Writes <paramref name="pairs"/> pairs in the gate's order (01-base, 02-head, 03-head, 04-base …); the case's
    /// wall time and CPU/op in a round are <paramref name="nanoseconds"/>(pair from 0, head?).
    /// </summary>
    public static void Rounds(string outDir, int pairs, string parameters, Func<int, bool, double> nanoseconds, long allocated = 1024)
    {
        for (int pair = 0; pair < pairs; pair++)
        {
            foreach (bool head in pair % 2 == 0 ? new[] { false, true } : [true, false])
            {
                int position = (2 * pair) + (head == (pair % 2 == 0) ? 2 : 1);
                double value = nanoseconds(pair, head);
                Round(outDir, $"{position:00}-{(head ? "head" : "base")}", Case(parameters, [value, value * 1.01, value * 0.99], value, allocated));
            }
        }
    }
}
