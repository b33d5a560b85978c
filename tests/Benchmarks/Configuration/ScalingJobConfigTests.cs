using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Suites;

namespace Concurrency.Tests.Benchmarks.Configuration;

/// <summary>Which job the suites get from a command line, as BenchmarkDotNet's switcher builds it.</summary>
public sealed class ScalingJobConfigTests
{
    private static readonly SuiteOptions Unsliced = new(null, null, null, null);

    [Test]
    public void Scaling_WithoutJob_RunsTheScalingJob() =>
        Assert.That(JobsOf(typeof(Scaling)).Select(job => job.Id), Is.EqualTo(new[] { ScalingJobConfig.Job.Id }));

    [Test]
    public void Scaling_WithJob_RunsThatJobOnly() =>
        Assert.That(JobsOf(typeof(Scaling), "--job", "short").Select(job => job.Id), Is.EqualTo(new[] { Job.ShortRun.Id }));

    [Test]
    public void Scaling_WithAnIterationTimeOnly_RunsTheScalingJobWithIt()
    {
        var job = JobsOf(typeof(Scaling), "--iterationTime", "150").Single();

        Assert.That(
            (job.Run.IterationTime.ToMilliseconds(), job.Run.IterationCount),
            Is.EqualTo((150.0, ScalingJobConfig.Job.Run.IterationCount)));
    }

    [Test]
    public void OtherSuites_WithoutJob_KeepBenchmarkDotNetsDefault() =>
        Assert.That(JobsOf(typeof(Calibration)).Select(job => job.Id), Has.None.EqualTo(ScalingJobConfig.Job.Id));

    [Test]
    public void CoreAxis_WithoutJob_PinsTheScalingJob()
    {
        var job = CoreAxis.Jobs(CommandLineJobs.Parse([]), [1]).Single();

        Assert.That(
            (job.Run.IterationTime, job.Run.IterationCount, job.Meta.IsDefault),
            Is.EqualTo((ScalingJobConfig.Job.Run.IterationTime, ScalingJobConfig.Job.Run.IterationCount, false)));
    }

    private static Job[] JobsOf(Type suite, params string[] args)
    {
        var (parsed, config, _) = ConfigParser.Parse([.. args, "--filter", "*"], NullLogger.Instance, SuiteConfig.Create(Unsliced));
        Assert.That(parsed, Is.True);
        return [.. BenchmarkConverter.TypeToBenchmarks(suite, config).BenchmarksCases.Select(c => c.Job).Distinct()];
    }
}
