using BenchmarkDotNet.Jobs;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Tests.Benchmarks.Configuration;

public sealed class CoreAxisTests
{
    [Test]
    public void Expand_PinsEachJobToTheLowestAvailableCores()
    {
        var jobs = CoreAxis.Expand([Job.Dry], [1, 2], availableMask: 0b1010);

        Assert.That(
            jobs.Select(job => (job.Id, (long)job.Environment.Affinity)),
            Is.EqualTo(new[] { ("Dry-1Core", 0b0010L), ("Dry-2Cores", 0b1010L) }));
    }

    [Test]
    public void Expand_MoreCoresThanAvailable_IsAUsageError() =>
        Assert.That(() => CoreAxis.Expand([Job.Dry], [3], availableMask: 0b11), Throws.InstanceOf<UsageException>().With.Message.Contains("--cores 3"));

    [Test]
    public void Jobs_InProcess_IsAUsageError() =>
        Assert.That(() => CoreAxis.Jobs(CommandLineJobs.Parse(["--job", "Dry", "--inProcess"]), [1]), Throws.InstanceOf<UsageException>().With.Message.Contains("--inProcess"));
}
