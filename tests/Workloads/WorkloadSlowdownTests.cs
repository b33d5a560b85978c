using Concurrency.Workloads;

namespace Concurrency.Tests.Workloads;

public sealed class WorkloadSlowdownTests
{
    [Test]
    public void NamedWorkloadGrowsByItsPercent()
    {
        var slowdown = WorkloadSlowdown.Parse("CpuCountdown=15, ioSleep=10%");

        Assert.That(slowdown.Apply(WorkloadKind.CpuCountdown, 1_000_000), Is.EqualTo(1_150_000));
    }

    [Test]
    public void PercentIsReadCaseInsensitivelyWithOptionalPercentSign()
    {
        Assert.That(WorkloadSlowdown.Parse("cpucountdown=15, ioSleep=10%").PercentOf(WorkloadKind.IoSleep), Is.EqualTo(10));
    }

    [Test]
    public void UnnamedWorkloadKeepsItsSize()
    {
        Assert.That(WorkloadSlowdown.Parse("CpuCountdown=15").Apply(WorkloadKind.CpuPrimes, 2_800), Is.EqualTo(2_800));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void NothingSetMeansNoSlowdown(string? text)
    {
        Assert.That(WorkloadSlowdown.Parse(text).Apply(WorkloadKind.IoSleep, 10), Is.EqualTo(10));
    }

    [TestCase("CpuCountdown", "not Workload=percent")]
    [TestCase("Nope=15", "unknown workload 'Nope'")]
    [TestCase("1=15", "unknown workload '1'")]
    [TestCase("CpuCountdown=fast", "not a percent")]
    [TestCase("CpuCountdown=-5", "not a percent")]
    [TestCase("CpuCountdown=5,CpuCountdown=6", "named twice")]
    public void InvalidValueIsAClearError(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => WorkloadSlowdown.Parse(text));

        Assert.That(error!.Message, Does.Contain(WorkloadSlowdown.VariableName).And.Contain(reason));
    }
}
