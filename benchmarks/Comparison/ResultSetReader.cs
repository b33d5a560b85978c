using System.Text.Json;
using Concurrency.Benchmarks.Cli;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// Reads a result set from BenchmarkDotNet's full JSON report: a <c>*-report-full.json</c> (or
/// <c>*-report-full-compressed.json</c>) file, or a folder holding one run's reports (the suite writes them to
/// <c>results/&lt;label&gt;/&lt;timestamp&gt;/results/</c>). Bad input is a <see cref="UsageException"/> naming the file.
/// </summary>
public static class ResultSetReader
{
    public const string FullPattern = "*-report-full.json";
    public const string CompressedPattern = "*-report-full-compressed.json";

    /// <summary>The id under which the suite's CPU-usage diagnoser saves CPU time per operation (ns) in a benchmark's <c>Metrics</c>.</summary>
    public const string CpuPerOpMetricId = "CpuUsage.CpuPerOp";

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
            using var document = Parse(file);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("Benchmarks", out var benchmarks)
                || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"{file}: not a BenchmarkDotNet full JSON report (no 'Benchmarks' array).");
            }

            environment ??= ReadEnvironment(root);
            int index = 0;
            foreach (var benchmark in benchmarks.EnumerateArray())
            {
                var result = ReadBenchmark(benchmark, $"{file}: benchmark #{++index}");
                if (!keys.Add(result.Key))
                {
                    throw new UsageException($"{file}: case {result.DisplayName} ({result.Key.Job}) appears twice in {source}.");
                }

                cases.Add(result);
            }
        }

        return new ResultSet(source, environment!, cases);
    }

    private static JsonDocument Parse(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException corrupt)
        {
            throw new UsageException($"{file}: not valid JSON ({corrupt.Message})");
        }
        catch (IOException unreadable)
        {
            throw new UsageException($"{file}: cannot be read ({unreadable.Message})");
        }
    }

    private static MachineEnvironment ReadEnvironment(JsonElement root)
    {
        var host = root.TryGetProperty("HostEnvironmentInfo", out var info) && info.ValueKind == JsonValueKind.Object ? info : default;
        return new MachineEnvironment(
            OptionalString(host, "ProcessorName") ?? "unknown CPU",
            OptionalInt(host, "PhysicalCoreCount"),
            OptionalInt(host, "LogicalCoreCount"),
            OptionalString(host, "OsVersion") ?? "unknown OS",
            OptionalString(host, "RuntimeVersion") ?? "unknown runtime");
    }

    private static BenchmarkResult ReadBenchmark(JsonElement benchmark, string where)
    {
        if (benchmark.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{where}: not an object.");
        }

        string fullName = OptionalString(benchmark, "FullName") ?? throw new UsageException($"{where}: no 'FullName'.");
        string displayInfo = OptionalString(benchmark, "DisplayInfo") ?? throw new UsageException($"{where}: no 'DisplayInfo'.");
        string parameters = OptionalString(benchmark, "Parameters") ?? "";
        string method = $"{OptionalString(benchmark, "Type")}.{OptionalString(benchmark, "Method")}";
        double? mean = benchmark.TryGetProperty("Statistics", out var statistics) && statistics.ValueKind == JsonValueKind.Object
            ? OptionalDouble(statistics, "Mean")
            : null;
        return new BenchmarkResult(
            new CaseKey(fullName, parameters, JobOf(displayInfo, parameters.Length > 0)),
            method,
            ParseParameters(parameters),
            mean,
            ReadMeasurements(benchmark, where),
            benchmark.TryGetProperty("Memory", out var memory) ? OptionalDouble(memory, "BytesAllocatedPerOperation") : null,
            ReadMetric(benchmark, CpuPerOpMetricId));
    }

    private static double? ReadMetric(JsonElement benchmark, string id) =>
        benchmark.TryGetProperty("Metrics", out var metrics) && metrics.ValueKind == JsonValueKind.Array
            ? metrics.EnumerateArray()
                .Where(metric => metric.ValueKind == JsonValueKind.Object && metric.TryGetProperty("Descriptor", out var descriptor) && OptionalString(descriptor, "Id") == id)
                .Select(metric => OptionalDouble(metric, "Value"))
                .FirstOrDefault()
            : null;

    /// <summary>BenchmarkDotNet writes <c>Type.Method: Job(…) [Name=value, …]</c>; the job is between the colon and the parameters.</summary>
    private static string JobOf(string displayInfo, bool hasParameters)
    {
        int start = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        int end = hasParameters ? displayInfo.LastIndexOf(" [", StringComparison.Ordinal) : -1;
        start = start < 0 ? 0 : start + 2;
        return (end > start ? displayInfo[start..end] : displayInfo[start..]).Trim();
    }

    private static IReadOnlyDictionary<string, string> ParseParameters(string parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            values[equals < 0 ? pair : pair[..equals]] = equals < 0 ? "" : pair[(equals + 1)..];
        }

        return values;
    }

    /// <summary>The measured iterations only (Workload, Actual): warm-up, pilot and overhead runs are not the benchmark.</summary>
    private static double[] ReadMeasurements(JsonElement benchmark, string where)
    {
        if (!benchmark.TryGetProperty("Measurements", out var measurements) || measurements.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (measurements.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"{where}: 'Measurements' is not an array.");
        }

        var values = new List<double>();
        foreach (var measurement in measurements.EnumerateArray())
        {
            if (OptionalString(measurement, "IterationMode") != "Workload" || OptionalString(measurement, "IterationStage") != "Actual")
            {
                continue;
            }

            double nanoseconds = OptionalDouble(measurement, "Nanoseconds") ?? throw new UsageException($"{where}: a measurement has no 'Nanoseconds'.");
            double operations = OptionalDouble(measurement, "Operations") ?? 0;
            if (operations <= 0)
            {
                throw new UsageException($"{where}: a measurement has no positive 'Operations'.");
            }

            values.Add(nanoseconds / operations);
        }

        return [.. values];
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>BenchmarkDotNet writes NaN as an empty string; that, like a missing value, reads as null.</summary>
    private static double? OptionalDouble(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    private static int? OptionalInt(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
            ? number
            : null;
}
