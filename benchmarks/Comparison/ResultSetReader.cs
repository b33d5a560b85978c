using System.Text.Json;
using BenchmarkDotNet.Engines;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// Reads a result set from BenchmarkDotNet's full JSON report: a <c>*-report-full.json</c> (or
/// <c>*-report-full-compressed.json</c>) file, or a folder holding one run's reports (the suite writes them to
/// <c>results/&lt;label&gt;/&lt;timestamp&gt;/results/</c>). Bad input is a <see cref="UsageException"/> naming the file.
/// </summary>
internal static class ResultSetReader
{
    public const string FullPattern = "*-report-full.json";
    public const string CompressedPattern = "*-report-full-compressed.json";

    public static ResultSet Read(string path)
    {
        if (File.Exists(path))
        {
            return ReadFiles(path, [path]);
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException($"{path}: no such file or folder.");
        }

        var reports = FindReports(path);
        var folders = reports.Select(Path.GetDirectoryName).Distinct().ToArray();
        if (folders.Length == 0)
        {
            throw new UsageException($"{path}: no BenchmarkDotNet full JSON report ({FullPattern} or {CompressedPattern}) in it or below it.");
        }

        if (folders.Length > 1)
        {
            throw new UsageException(
                $"{path} holds {folders.Length} result sets; pass one of them: {string.Join(", ", folders.Select(folder => RunFolder(folder!)).Order())}.");
        }

        return ReadFiles(path, reports);
    }

    /// <summary>Every report below <paramref name="folder"/>; a compressed report is skipped when its uncompressed twin is there.</summary>
    private static string[] FindReports(string folder)
    {
        var full = Directory.GetFiles(folder, FullPattern, SearchOption.AllDirectories);
        var compressed = Directory.GetFiles(folder, CompressedPattern, SearchOption.AllDirectories)
            .Where(file => !full.Contains(file.Replace("-report-full-compressed.json", "-report-full.json", StringComparison.Ordinal)));
        return [.. full.Concat(compressed).Order(StringComparer.Ordinal)];
    }

    /// <summary>The run folder a user would name: the parent of BenchmarkDotNet's <c>results/</c> subfolder.</summary>
    private static string RunFolder(string reportFolder) =>
        Path.GetFileName(reportFolder) == "results" ? Path.GetDirectoryName(reportFolder)! : reportFolder;

    private static ResultSet ReadFiles(string source, IReadOnlyList<string> files)
    {
        MachineEnvironment? environment = null;
        var cases = new List<BenchmarkResult>();
        var keys = new HashSet<CaseKey>();
        foreach (string file in files)
        {
            var report = Deserialize(file);
            environment ??= MachineOf(report.HostEnvironmentInfo);
            for (int index = 0; index < report.Benchmarks.Count; index++)
            {
                var result = Result(report.Benchmarks[index], $"{file}: benchmark #{index + 1}");
                if (!keys.Add(result.Key))
                {
                    throw new UsageException($"{file}: case {result.DisplayName} ({result.Key.Job}) appears twice in {source}.");
                }

                cases.Add(result);
            }
        }

        return new ResultSet(source, environment!, cases);
    }

    private static FullReportRecord Deserialize(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize(stream, ReportJsonContext.Default.FullReportRecord)
                ?? throw new UsageException($"{file}: not a BenchmarkDotNet full JSON report (it is null).");
        }
        catch (JsonException unreadable)
        {
            // The reader's own errors (a truncated file) come wrapped in a JsonException; a shape that breaks the contract does not.
            string what = unreadable.InnerException is JsonException ? "not valid JSON" : "not a BenchmarkDotNet full JSON report";
            throw new UsageException($"{file}: {what} ({unreadable.Message})");
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot be read ({unreadable.Message})");
        }
    }

    private static MachineEnvironment MachineOf(HostEnvironmentRecord? host) => new(
        host?.ProcessorName ?? "unknown CPU",
        host?.PhysicalCoreCount,
        host?.LogicalCoreCount,
        host?.OsVersion ?? "unknown OS",
        host?.RuntimeVersion ?? "unknown runtime");

    private static BenchmarkResult Result(BenchmarkRecord benchmark, string where)
    {
        CaseKey key;
        IReadOnlyList<KeyValuePair<string, string>> parameters;
        try
        {
            key = CaseKey.Of(benchmark);
            parameters = CaseKey.Split(benchmark.Parameters ?? "");
        }
        catch (FormatException unknown)
        {
            throw new UsageException($"{where}: {unknown.Message}");
        }

        return new BenchmarkResult(
            key,
            benchmark.FullName,
            parameters,
            benchmark.Statistics?.Mean is { } mean && double.IsFinite(mean) ? mean : null,
            Measurements(benchmark.Measurements ?? [], where),
            Checked(benchmark.Scaling, where),
            benchmark.Memory?.BytesAllocatedPerOperation,
            benchmark.Metrics?.FirstOrDefault(metric => metric.Descriptor.Id == CpuUsageDiagnoser.CpuPerOpMetricId)?.Value);
    }

    /// <summary>The measured iterations only (Workload, Actual), per operation: warm-up, pilot and overhead runs are not the benchmark.</summary>
    private static double[] Measurements(IReadOnlyList<MeasurementRecord> measurements, string where) =>
        [.. measurements
            .Where(measurement => measurement is { IterationMode: IterationMode.Workload, IterationStage: IterationStage.Actual })
            .Select(measurement => measurement.Operations > 0 && double.IsFinite(measurement.Nanoseconds)
                ? measurement.Nanoseconds / measurement.Operations
                : throw new UsageException($"{where}: a measurement has no positive 'Operations' or no finite 'Nanoseconds'."))];

    /// <summary>Saved figures a reader can use as they are: a figure that is missing (read as 0) or not finite is a broken report.</summary>
    private static ScalingRecord? Checked(ScalingRecord? scaling, string where) =>
        scaling is null
        || (scaling.UsableCores >= 1 && new[] { scaling.Speedup, scaling.IdealNanoseconds, scaling.Efficiency }.All(figure => double.IsFinite(figure) && figure > 0))
            ? scaling
            : throw new UsageException(
                $"{where}: 'Scaling' needs UsableCores ≥ 1 and positive, finite Speedup, IdealNanoseconds and Efficiency; it has {scaling}.");
}
