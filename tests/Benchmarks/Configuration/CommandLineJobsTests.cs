using BenchmarkDotNet.Jobs;
using Concurrency.Benchmarks.Configuration;

namespace Concurrency.Tests.Benchmarks.Configuration;

public sealed class CommandLineJobsTests
{
    [TestCase("--job", "Dry")]
    [TestCase("--job", "Dry", "--inProcess")]
    [TestCase("--strategy", "ColdStart")]
    [TestCase("--job", "short", "--strategy", "ColdStart")]
    public void ColdStartJobsOnly_AreColdStartOnly(params string[] args) =>
        Assert.That(Parse(args).AreColdStartOnly, Is.True);

    [TestCase]
    [TestCase("--job", "short")]
    [TestCase("--job", "Dry", "--job", "short")]
    [TestCase("--iterationTime", "200")]
    [TestCase("--strategy", "Throughput")]
    public void AnyWarmJob_IsNotColdStartOnly(params string[] args) =>
        Assert.That(Parse(args).AreColdStartOnly, Is.False);

    [Test]
    public void JobOption_IsANamedJob()
    {
        var jobs = Parse("--job", "short");

        Assert.That((jobs.Named.Single().Id, jobs.Mutators.Count), Is.EqualTo((Job.ShortRun.Id, 0)));
    }

    [Test]
    public void OptionThatOnlyAdjustsAJob_IsAMutator()
    {
        var jobs = Parse("--iterationTime", "200");

        Assert.That((jobs.Named.Count, jobs.Mutators.Single().Run.IterationTime.ToMilliseconds()), Is.EqualTo((0, 200.0)));
    }

    [Test]
    public void ArgumentsBenchmarkDotNetCannotParse_GiveNoJob()
    {
        var jobs = Parse("--job", "NoSuchJob");

        Assert.That(jobs.Named.Concat(jobs.Mutators), Is.Empty);
    }

    private static CommandLineJobs Parse(params string[] args) => CommandLineJobs.Parse(["--filter", "*", .. args]);
}
