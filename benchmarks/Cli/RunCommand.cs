using System.CommandLine;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Pages;
using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Reporting.Exporters;
using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Suites;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Distributed.Hosting;
using Concurrency.Distributed;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// The default command: runs the benchmarks through BenchmarkDotNet's switcher. Without a selection it runs the first
/// run's curated cases (<see cref="Filters.FirstRunFilter"/>) with their own job; <c>--all</c> runs every suite. The
/// suite's own options slice the matrix; every other token (<c>--filter</c>, <c>--job</c>, <c>--list</c>,
/// <c>--inProcess</c> …) goes to BenchmarkDotNet unchanged. A run with Scaling cases ends with its recommendations.
/// </summary>
internal static class RunCommand
{
    private static readonly Option<IReadOnlyList<WorkloadKind>?> WorkloadsOption = new("--workloads")
    {
        Description = $"Only these workloads, comma-separated: {string.Join(", ", Enum.GetNames<WorkloadKind>())}.",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = ValueParsers.Names<WorkloadKind>,
    };

    private static readonly Option<IReadOnlyList<StrategyKind>?> StrategiesOption = new("--strategies")
    {
        Description = $"Only these strategies, comma-separated: {string.Join(", ", Enum.GetNames<StrategyKind>())}.",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = ValueParsers.Names<StrategyKind>,
    };

    private static readonly Option<IReadOnlyList<int>?> WorkersOption = new("--workers")
    {
        Description = "Only these worker counts, comma-separated (e.g. 1,2,16).",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = ValueParsers.PositiveIntegers,
    };

    private static readonly Option<string?> LabelOption = SharedOptions.Label();

    private static readonly Option<IReadOnlyList<int>?> CoresOption = new("--cores")
    {
        Description = "Run every selected job once per core count, pinned by affinity, comma-separated (e.g. 1,2) or 'all' (1 … this machine's).",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = result => result.Tokens[0].Value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? CoreAxis.All()
            : ValueParsers.PositiveIntegers(result),
    };

    private static readonly Option<TraceKind?> TraceOption = new("--trace")
    {
        Description = $"Also record a profiler trace per case: {string.Join(", ", Enum.GetNames<TraceKind>())} (Etw and ConcurrencyVisualizer on Windows only).",
        CustomParser = result => ValueParsers.Name<TraceKind>(result),
    };

    private static readonly Option<bool> AllOption = new("--all")
    {
        Description = "Every suite (the whole Scaling matrix and the cost suites, over an hour on 2 cores) instead of the "
            + "first run's curated set; --filter '*Scaling*' is the Scaling matrix alone.",
    };

    private static readonly Option<int?> SilosOption = new("--silos")
    {
        Description = "How many local silo processes the Orleans strategy starts (default: one per core).",
        CustomParser = result => ValueParsers.PositiveInteger(result),
    };

    private static readonly Option<RedisAddress?> ClusterOption = new("--cluster")
    {
        Description = "Run the Orleans strategy on the running cluster whose membership is in this Redis, redis://[:PASSWORD@]HOST:PORT, instead of local silos.",
        CustomParser = ValueParsers.Redis,
    };

    private static readonly Option<bool> NoSetupWarmUpOption = new("--no-setup-warm-up")
    {
        Description = "Skip the cases' set-up warm-up (running batches until the compiler and the thread pool settle): for short runs of "
            + "tiny tasks that compare two builds alike, such as the regression gate's, where BenchmarkDotNet's pilot and warm-up iterations do its work.",
    };

    /// <summary>BenchmarkDotNet options that only print something and run no benchmark.</summary>
    private static readonly string[] ListingOptions = ["--list", "--info", "--version", "--help", "-h", "-?"];

    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Concurrency.Benchmarks: which concurrency model, and how many workers, for this workload on this machine. "
            + "Options not listed here (--filter, --job, --list, --inProcess, --artifacts, --anyCategories …) go to BenchmarkDotNet.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(WorkloadsOption);
        root.Options.Add(StrategiesOption);
        root.Options.Add(WorkersOption);
        root.Options.Add(LabelOption);
        root.Options.Add(CoresOption);
        root.Options.Add(TraceOption);
        root.Options.Add(AllOption);
        root.Options.Add(NoSetupWarmUpOption);
        root.Options.Add(SilosOption);
        root.Options.Add(ClusterOption);
        root.Validators.Add(result =>
        {
            if (result.GetResult(SilosOption) is not null && result.GetResult(ClusterOption) is not null)
            {
                result.AddError("--silos starts local silos and --cluster uses a running cluster: give one of them.");
            }
        });
        root.SetAction(Run);
        return root;
    }

    private static int Run(ParseResult parseResult)
    {
        CheckSlowdown();
        PassToBenchmarkProcesses(parseResult);
        var plan = Plan(parseResult);
        Environment.SetEnvironmentVariable(SetupWarmUp.SkipVariable, plan.Options.SetupWarmUp ? null : "1");
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(RunCommand).Assembly)
            .Run([.. plan.BenchmarkArgs], SuiteConfig.Create(plan.Options))
            .ToArray();
        return Verdict(summaries, plan.ListingOnly, plan.Options.ArtifactsPath);
    }

    /// <summary>What a command line asks BenchmarkDotNet to run, and with which suite options; runs nothing.</summary>
    internal static RunPlan Plan(ParseResult parseResult)
    {
        var benchmarkArgs = parseResult.UnmatchedTokens.ToList();
        bool listingOnly = benchmarkArgs.Any(arg => ListingOptions.Contains(arg, StringComparer.OrdinalIgnoreCase));
        bool selected = benchmarkArgs.Any(IsSelection);
        bool all = parseResult.GetValue(AllOption);
        if (all && selected)
        {
            throw new UsageException("--all runs every suite: give either --all or a selection (--filter, --anyCategories …), not both.");
        }

        // Without a selection, the first run's curated cases (FirstRunFilter) or, under --all, every suite. Either way a
        // selection is given, because BenchmarkDotNet's interactive menu is no use in CI or a script.
        bool firstRun = !all && !selected && !listingOnly;
        if (!selected && !listingOnly)
        {
            benchmarkArgs.AddRange(["--filter", "*"]);
        }

        var coreCounts = parseResult.GetValue(CoresOption);
        var jobs = CommandLineJobs.Parse(benchmarkArgs);
        CheckTurns(jobs);
        var options = new SuiteOptions(
            parseResult.GetValue(WorkloadsOption),
            parseResult.GetValue(StrategiesOption),
            parseResult.GetValue(WorkersOption),
            ArtifactsPath: benchmarkArgs.Contains("--artifacts", StringComparer.OrdinalIgnoreCase) || listingOnly
                ? null
                : ResultsLocation.NewRunFolder(parseResult.GetValue(LabelOption)),
            CoreJobs: coreCounts is null ? null : CoreAxis.Jobs(jobs, coreCounts, firstRun ? FirstRunJob.Job : null),
            Trace: parseResult.GetValue(TraceOption),
            FirstRun: firstRun,
            ReplacementJob: firstRun && coreCounts is null && jobs.Named.Count == 0 ? FirstRunJob.Job : null,
            SetupWarmUp: !jobs.AreColdStartOnly && !parseResult.GetValue(NoSetupWarmUpOption));
        return new RunPlan([.. benchmarkArgs], options, listingOnly);
    }

    /// <summary>
    /// The Orleans strategy is built inside BenchmarkDotNet's benchmark processes, which inherit this process's
    /// environment; with <c>--inProcess</c> it is built here and reads the same variables.
    /// </summary>
    private static void PassToBenchmarkProcesses(ParseResult parseResult)
    {
        if (parseResult.GetValue(SilosOption) is { } silos)
        {
            Environment.SetEnvironmentVariable(OrleansOptions.SilosVariable, silos.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (parseResult.GetValue(ClusterOption) is { } cluster)
        {
            Environment.SetEnvironmentVariable(OrleansOptions.ClusterVariable, cluster.ToUri());
        }

        // Variables set by hand are checked here too, instead of failing every Orleans case inside BenchmarkDotNet.
        try
        {
            _ = OrleansOptions.FromEnvironment();
        }
        catch (FormatException invalid)
        {
            throw new UsageException(invalid.Message);
        }
    }

    /// <summary>A bad slow-down knob stops the run here instead of failing every case inside BenchmarkDotNet.</summary>
    private static void CheckSlowdown()
    {
        try
        {
            _ = WorkloadSlowdown.Current;
        }
        catch (FormatException invalid)
        {
            throw new UsageException(invalid.Message);
        }
    }

    /// <summary>
    /// Turns (<see cref="TurnBaton"/>) are taken by the engine in this process: under <c>--inProcess</c> only, and with a
    /// well-formed variable, or the run stops here instead of hanging or failing in every case.
    /// </summary>
    private static void CheckTurns(CommandLineJobs jobs)
    {
        try
        {
            if (TurnBaton.Current is not null && (jobs.Named.Count == 0 || jobs.Named.Any(job => job.Infrastructure.Toolchain?.IsInProcess != true)))
            {
                throw new UsageException($"{TurnBaton.Variable} makes two runs take turns inside their own processes: it needs --inProcess.");
            }
        }
        catch (FormatException invalid)
        {
            throw new UsageException(invalid.Message);
        }
    }

    private static bool IsSelection(string arg) =>
        arg is "--filter" or "-f" or "--anyCategories" or "--allCategories" or "--method" or "--attribute";

    private static int Verdict(Summary[] summaries, bool listingOnly, string? resultsFolder)
    {
        if (listingOnly)
        {
            return ExitCodes.Success;
        }

        if (summaries.Length == 0 || summaries.All(summary => summary.BenchmarksCases.Length == 0))
        {
            throw new UsageException("No benchmark case matched the filters: see --list flat for the cases there are.");
        }

        var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).ToArray();
        bool invalid = summaries.Any(summary => summary.HasCriticalValidationErrors);
        foreach (var report in failed)
        {
            Console.Error.WriteLine($"Failed: {report.BenchmarkCase.DisplayInfo}");
        }

        if (DecisionGuide.Write(summaries) is { } guide)
        {
            Console.WriteLine();
            Console.WriteLine(guide.Markdown);
            Console.WriteLine($"Recommendations: {guide.MarkdownPath} and {guide.JsonPath}");
            // The index pages were written before the guide existed; rebuilt now, they open with it.
            foreach (string folder in summaries.Select(summary => summary.ResultsDirectoryPath).Where(Directory.Exists).Distinct())
            {
                IndexPageExporter.Rewrite(folder);
            }
        }

        // Under --artifacts the reports are where BenchmarkDotNet put them: the parent of its results folder.
        string? runFolder = resultsFolder ?? summaries.Select(summary => Path.GetDirectoryName(summary.ResultsDirectoryPath)).FirstOrDefault(folder => folder is not null);
        if (runFolder is not null)
        {
            Console.WriteLine($"Results: {runFolder}");
        }

        return failed.Length > 0 || invalid ? ExitCodes.Failure : ExitCodes.Success;
    }
}
