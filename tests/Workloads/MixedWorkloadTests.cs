using Concurrency.Workloads.Catalog;
using Concurrency.Workloads.Mixed;

namespace Concurrency.Tests.Workloads;

/// <summary>Fetch then crunch: the whole task and its separately callable phases agree.</summary>
public sealed class MixedWorkloadTests
{
    // The FNV-1a countdown from 900,000 (one millisecond's crunch), computed in Python.
    private const long CrunchOfOneMillisecond = 6123785274436593829;

    [Test]
    public async Task ChecksumIsTheFetchedLatencyPlusTheCrunch()
    {
        await using var workload = new MixedWorkload(1);

        Assert.That(workload.Run(0), Is.EqualTo(1 + CrunchOfOneMillisecond));
        Assert.That(await workload.RunAsync(0, CancellationToken.None), Is.EqualTo(1 + CrunchOfOneMillisecond));
    }

    [Test]
    public async Task PhasesRunSeparatelyCombineToTheTask()
    {
        await using var workload = new MixedWorkload(1);

        long fetched = await workload.FetchAsync(0, CancellationToken.None);
        long crunched = WorkloadCatalog.Create(workload.CrunchSpec).Run(0);

        Assert.That(workload.Combine(fetched, crunched), Is.EqualTo(workload.Run(0)));
    }
}
