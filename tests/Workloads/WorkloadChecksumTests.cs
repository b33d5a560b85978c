using Concurrency.Workloads.Catalog;
using Concurrency.Workloads.Cpu;
using Concurrency.Workloads.Io;
using Concurrency.Workloads;

namespace Concurrency.Tests.Workloads;

/// <summary>Each workload's checksum against a value computed independently (closed forms, or by hand in Python).</summary>
public sealed class WorkloadChecksumTests
{
    [Test]
    public void CpuCountdownFoldsEveryStepIntoFnvHash()
    {
        // FNV-1a over 3, 2, 1 from the 64-bit offset basis, computed in Python.
        Assert.That(new CpuCountdownWorkload(3).Run(0), Is.EqualTo(-2166299485512046141));
    }

    [Test]
    public void CpuCountdownOfZeroIsTheOffsetBasis()
    {
        Assert.That(new CpuCountdownWorkload(0).Run(0), Is.EqualTo(unchecked((long)14695981039346656037)));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1_000)]
    [TestCase(3_000_000)]
    public void CpuRangeSumMatchesTheClosedForm(int size)
    {
        Assert.That(new CpuRangeSumWorkload(size).Run(0), Is.EqualTo((long)size * (size - 1) / 2));
    }

    [Test]
    public void CpuPrimesSumsThePrimesAmongTheCandidates()
    {
        // 1000000001 … 1000000019 (odd) hold exactly two primes: 1000000007 and 1000000009.
        Assert.That(new CpuPrimesWorkload(10).Run(0), Is.EqualTo(1_000_000_007L + 1_000_000_009L));
    }

    [Test]
    public void IoSleepReturnsTheMillisecondsSlept()
    {
        Assert.That(new IoSleepWorkload(3).Run(0), Is.EqualTo(3));
    }

    [Test]
    public async Task IoDelayReturnsTheMillisecondsAwaited()
    {
        Assert.That(await new IoDelayWorkload(3).RunAsync(0, CancellationToken.None), Is.EqualTo(3));
    }

    [TestCaseSource(nameof(AllKinds))]
    public async Task SyncAndAsyncFormsAgree(WorkloadKind kind)
    {
        var workload = WorkloadCatalog.Create(new WorkloadSpec(kind, 5));
        try
        {
            Assert.That(await workload.RunAsync(0, CancellationToken.None), Is.EqualTo(workload.Run(0)));
        }
        finally
        {
            await DisposeAsync(workload);
        }
    }

    [TestCaseSource(nameof(AllKinds))]
    public async Task CatalogRebuildsTheWorkloadFromItsSpec(WorkloadKind kind)
    {
        var spec = WorkloadCatalog.DefaultSpec(kind);
        var workload = WorkloadCatalog.Create(spec);
        try
        {
            Assert.That(workload.Spec, Is.EqualTo(spec));
        }
        finally
        {
            await DisposeAsync(workload);
        }
    }

    [Test]
    public void CatalogRejectsAnUnknownKindNamingTheValidOnes()
    {
        Assert.That(
            () => WorkloadCatalog.Create(new WorkloadSpec((WorkloadKind)999, 1)),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains(nameof(WorkloadKind.CpuCountdown)));
    }

    private static IEnumerable<WorkloadKind> AllKinds => Enum.GetValues<WorkloadKind>();

    private static ValueTask DisposeAsync(IWorkload workload) =>
        workload is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
