using System.CommandLine.Parsing;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Charts;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>timeline</c>: runs one workload × strategy × workers batch once (after one warm-up run) with recording on and
/// draws who ran which task when, as a Gantt chart (PNG and SVG) beside a CSV of the entries.
/// </summary>
internal static class TimelineCommand
{
    private static readonly Option<WorkloadKind> WorkloadOption = new("--workload")
    {
        Description = $"The workload: {string.Join(", ", Enum.GetNames<WorkloadKind>())}.",
        Required = true,
        CustomParser = ValueParsers.Name<WorkloadKind>,
    };

    private static readonly Option<StrategyKind> StrategyOption = new("--strategy")
    {
        Description = $"The strategy: {string.Join(", ", Enum.GetNames<StrategyKind>())}.",
        Required = true,
        CustomParser = ValueParsers.Name<StrategyKind>,
    };

    private static readonly Option<int> WorkersOption = new("--workers")
    {
        Description = "How many workers.",
        Required = true,
        CustomParser = ValueParsers.PositiveInteger,
    };

    private static readonly Option<int> TasksOption = new("--tasks")
    {
        Description = $"How many tasks in the batch (default {CaseParameters.ScalingTasks}, as in the Scaling suite).",
        DefaultValueFactory = _ => CaseParameters.ScalingTasks,
        CustomParser = ValueParsers.PositiveInteger,
    };

    private static readonly Option<bool> LiveOption = new("--live")
    {
        Description = "Also sample, every millisecond, how much each running task's thread is on a core (Linux), so threads taking turns show.",
        Validators = { OnlyWhereSupported },
    };

    private static readonly Option<string?> OutOption = new("--out")
    {
        Description = "Folder for the files (default: a new folder under results/).",
    };

    private static readonly Option<string?> LabelOption = SharedOptions.Label();

    public static Command Create()
    {
        var command = new Command("timeline", "Runs one batch with recording on and draws its per-task timeline (Gantt chart, PNG/SVG, CSV).");
        command.Options.Add(WorkloadOption);
        command.Options.Add(StrategyOption);
        command.Options.Add(WorkersOption);
        command.Options.Add(TasksOption);
        command.Options.Add(LiveOption);
        command.Options.Add(OutOption);
        command.Options.Add(LabelOption);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var workload = parseResult.GetRequiredValue(WorkloadOption);
        var strategyKind = parseResult.GetRequiredValue(StrategyOption);
        int workers = parseResult.GetRequiredValue(WorkersOption);
        int tasks = parseResult.GetRequiredValue(TasksOption);
        bool live = parseResult.GetValue(LiveOption);

        string name = $"timeline-{workload}-{strategyKind}-{workers}w";
        string folder = OutputFolder(parseResult, name);

        var recorder = new TimelineRecorder(tasks);
        await using var strategy = StrategyCatalog.Create(strategyKind, workers);
        var workloadInstance = WorkloadCatalog.Create(workload);

        // A warm-up run first, so JIT compilation and first-time start-up are not what the picture shows.
        await strategy.RunAsync(new TaskBatch(workloadInstance, tasks), cancellationToken);

        var sampler = live ? new ThreadStateSampler(recorder) : null;
        long batchStart = Stopwatch.GetTimestamp();
        try
        {
            await strategy.RunAsync(new TaskBatch(workloadInstance, tasks, recorder), cancellationToken);
        }
        finally
        {
            sampler?.Dispose();
        }

        double wall = Stopwatch.GetElapsedTime(batchStart).TotalMilliseconds;
        var entries = recorder.Entries;
        IReadOnlyList<TimelineSample> samples = sampler?.Samples ?? [];
        string basePath = Path.Combine(folder, name);
        TimelineCsv.WriteEntries(basePath + ".csv", entries, batchStart);
        List<string> written = [basePath + ".csv"];
        if (live)
        {
            TimelineCsv.WriteSamples(basePath + "-samples.csv", samples, batchStart);
            written.Add(basePath + "-samples.csv");
        }

        string title = string.Create(CultureInfo.InvariantCulture, $"{workload} × {strategyKind}, {workers} workers, {tasks} tasks{(live ? " (live)" : "")}");

        // A silo runs its grains' calls on whichever of its pool's threads is free: one row per child process shows what each did.
        bool rowPerProcess = strategyKind.Describe().Pool is StrategyPool.ChildProcesses;
        written.AddRange(TimelineChart.Render(entries, samples, batchStart, title, basePath, rowPerProcess));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: {entries.Count} tasks on {TimelineRows.Of(entries, rowPerProcess).Count} {(rowPerProcess ? "processes" : "workers")} in {wall:F1} ms{(live ? $", {samples.Count} samples" : "")}"));
        foreach (string file in written)
        {
            Console.WriteLine(file);
        }

        return ExitCodes.Success;
    }

    private static void OnlyWhereSupported(OptionResult live)
    {
        if (live.GetValueOrDefault<bool>() && !ThreadStateSampler.IsSupported)
        {
            live.AddError("--live reads other threads' CPU-time clocks, which only Linux offers.");
        }
    }

    /// <summary>The folder to write to; never one that already holds this timeline's files.</summary>
    private static string OutputFolder(ParseResult parseResult, string name)
    {
        string folder = parseResult.GetValue(OutOption) is { } outFolder
            ? Path.GetFullPath(outFolder)
            : ResultsLocation.NewRunFolder(parseResult.GetValue(LabelOption));
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, name + "*").FirstOrDefault() is { } existing)
        {
            throw new UsageException($"--out: '{existing}' already exists; choose another folder (timelines are never overwritten).");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
