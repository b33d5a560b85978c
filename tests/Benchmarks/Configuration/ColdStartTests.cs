using Concurrency.Benchmarks.Configuration;

namespace Concurrency.Tests.Benchmarks.Configuration;

public sealed class ColdStartTests
{
    [TestCase("--job", "Dry")]
    [TestCase("--job", "Dry", "--inProcess")]
    [TestCase("--strategy", "ColdStart")]
    [TestCase("--job", "short", "--strategy", "ColdStart")]
    public void ColdStartJobsOnly_AreAskedFor(params string[] args) =>
        Assert.That(ColdStart.IsAskedBy(["--filter", "*", .. args]), Is.True);

    [TestCase]
    [TestCase("--job", "short")]
    [TestCase("--job", "Dry", "--job", "short")]
    [TestCase("--iterationTime", "200")]
    [TestCase("--strategy", "Throughput")]
    public void AnyWarmJob_IsNotAColdStartRun(params string[] args) =>
        Assert.That(ColdStart.IsAskedBy(["--filter", "*", .. args]), Is.False);
}
