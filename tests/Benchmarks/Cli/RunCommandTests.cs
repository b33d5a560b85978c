using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Suites;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>
/// What a command line selects, as BenchmarkDotNet's switcher would build it from the run command's plan; nothing runs.
/// </summary>
public sealed class RunCommandTests
{
    [Test]
    public void NoArguments_SelectsTheFirstRunsCuratedCases()
    {
        Assert.That(ScalingCases().Select(Key), Is.EquivalentTo(FirstRunFilter.Cases));
    }

    [Test]
    public void NoArguments_RunsTheFirstRunsJob()
    {
        Assert.That(ScalingCases().Select(c => c.Job.Id).Distinct(), Is.EqualTo(new[] { FirstRunJob.Job.Id }));
    }

    [Test]
    public void NoArguments_RunsNoOtherSuite()
    {
        Assert.That(CasesOf(typeof(Calibration)), Is.Empty);
    }

    [Test]
    public void NoArgumentsButAJob_RunsTheCuratedCasesWithThatJob()
    {
        var cases = ScalingCases("--job", "short");

        Assert.That((cases.Length, cases.Select(c => c.Job.Id).Distinct().Single()), Is.EqualTo((FirstRunFilter.Cases.Count, Job.ShortRun.Id)));
    }

    [Test]
    public void NoArgumentsButASlice_SlicesTheCuratedCases()
    {
        Assert.That(ScalingCases("--workloads", "IoSleep").Select(Key), Is.EquivalentTo(FirstRunFilter.Cases.Where(key => key.Workload == WorkloadKind.IoSleep)));
    }

    [Test]
    public void All_RunsEverySuite()
    {
        Assert.That(CasesOf(typeof(Calibration), "--all"), Is.Not.Empty);
    }

    [Test]
    public void All_RunsTheWholeScalingMatrixWithItsJob()
    {
        var cases = ScalingCases("--all");

        Assert.That((cases.Length > FirstRunFilter.Cases.Count, cases.Select(c => c.Job.Id).Distinct().Single()), Is.EqualTo((true, ScalingJobConfig.Job.Id)));
    }

    [Test]
    public void ScalingFilter_RunsTheWholeScalingMatrix()
    {
        Assert.That(ScalingCases("--filter", "*Scaling*"), Has.Length.EqualTo(ScalingCases("--all").Length));
    }

    [Test]
    public void AllWithAFilter_IsBadInput()
    {
        Assert.That(() => RunCommand.Plan(RunCommand.Create().Parse(["--all", "--filter", "*Scaling*"])), Throws.InstanceOf<UsageException>());
    }

    [Test]
    public void Listing_IsNoFirstRun()
    {
        Assert.That(RunCommand.Plan(RunCommand.Create().Parse(["--list", "flat"])).Options.FirstRun, Is.False);
    }

    [Test]
    public void ColdStartJob_TurnsTheSetupWarmUpOffForTheRun()
    {
        Assert.That(RunCommand.Plan(RunCommand.Create().Parse(["--job", "Dry", "--label", "run-command-tests"])).Options.SetupWarmUp, Is.False);
    }

    [Test]
    public void NoSetupWarmUpOption_TurnsTheSetupWarmUpOffForTheRun()
    {
        Assert.That(RunCommand.Plan(RunCommand.Create().Parse(["--no-setup-warm-up", "--filter", "*Overhead*", "--label", "run-command-tests"])).Options.SetupWarmUp, Is.False);
    }

    [Test]
    public void NoArguments_KeepTheSetupWarmUp()
    {
        Assert.That(RunCommand.Plan(RunCommand.Create().Parse(["--label", "run-command-tests"])).Options.SetupWarmUp, Is.True);
    }

    private static BenchmarkCase[] ScalingCases(params string[] args) => CasesOf(typeof(Scaling), args);

    private static BenchmarkCase[] CasesOf(Type suite, params string[] args)
    {
        // A label keeps the plan from detecting this machine's; the folder it names is never created.
        var plan = RunCommand.Plan(RunCommand.Create().Parse([.. args, "--label", "run-command-tests"]));
        var suiteConfig = SuiteConfig.Create(plan.Options);
        var (parsed, commandLineConfig, _) = ConfigParser.Parse([.. plan.BenchmarkArgs], NullLogger.Instance, suiteConfig);
        Assert.That(parsed, Is.True);
        // As BenchmarkDotNet's switcher does: the suite's config and the command line's, together.
        return BenchmarkConverter.TypeToBenchmarks(suite, ManualConfig.Union(suiteConfig, commandLineConfig)).BenchmarksCases;
    }

    private static (WorkloadKind Workload, StrategyKind Strategy, int Workers) Key(BenchmarkCase c) =>
        CaseKey.Of(c).Scaling!.Value;
}
