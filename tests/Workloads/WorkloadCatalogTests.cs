using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Tests.Workloads;

/// <summary>The catalog covers every kind once, and what a descriptor says matches the workload it builds.</summary>
public sealed class WorkloadCatalogTests
{
    [Test]
    public void All_DescribesEveryKindOnceInKindOrder()
    {
        Assert.That(WorkloadCatalog.All.Select(descriptor => descriptor.Kind), Is.EqualTo(Enum.GetValues<WorkloadKind>()));
    }

    [TestCaseSource(nameof(LatencyThenCpuKinds))]
    public async Task Create_LatencyThenCpuKind_SplitsIntoPhasesWithTheDescribedCpuShare(WorkloadKind kind)
    {
        var workload = WorkloadCatalog.Create(new WorkloadSpec(kind, 1));
        try
        {
            Assert.That(
                workload,
                Is.InstanceOf<IFetchThenCrunchWorkload>()
                    .With.Property(nameof(IFetchThenCrunchWorkload.CpuShare)).EqualTo(WorkloadCatalog.Describe(kind).CpuShare));
        }
        finally
        {
            await DisposeAsync(workload);
        }
    }

    [TestCaseSource(nameof(SinglePhaseKinds))]
    public async Task Create_SinglePhaseKind_IsNotSplit(WorkloadKind kind)
    {
        var workload = WorkloadCatalog.Create(new WorkloadSpec(kind, 1));
        try
        {
            Assert.That(workload, Is.Not.InstanceOf<IFetchThenCrunchWorkload>());
        }
        finally
        {
            await DisposeAsync(workload);
        }
    }

    [TestCase(WorkloadBound.Cpu, 1.0)]
    [TestCase(WorkloadBound.Memory, 1.0)]
    [TestCase(WorkloadBound.IoLatency, 0.0)]
    public void CpuShare_SinglePhaseBound_IsImpliedByTheBound(WorkloadBound bound, double expected)
    {
        Assert.That(new StubDescriptor(bound).CpuShare, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void Descriptor_LatencyThenCpuWithoutAShareStrictlyBetweenZeroAndOne_IsRejected(double? cpuShare)
    {
        Assert.That(() => new StubDescriptor(WorkloadBound.LatencyThenCpu, cpuShare), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Descriptor_SinglePhaseBoundWithAShare_IsRejected()
    {
        Assert.That(() => new StubDescriptor(WorkloadBound.Cpu, cpuShare: 0.5), Throws.ArgumentException.With.Message.Contains("implies its CPU share"));
    }

    private static IEnumerable<WorkloadKind> LatencyThenCpuKinds =>
        WorkloadCatalog.All.Where(descriptor => descriptor.Bound == WorkloadBound.LatencyThenCpu).Select(descriptor => descriptor.Kind);

    private static IEnumerable<WorkloadKind> SinglePhaseKinds =>
        WorkloadCatalog.All.Where(descriptor => descriptor.Bound != WorkloadBound.LatencyThenCpu).Select(descriptor => descriptor.Kind);

    private static ValueTask DisposeAsync(IWorkload workload) =>
        workload is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
