using Concurrency.Benchmarks.Reporting;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Tests.Benchmarks.Reporting;

public sealed class LimitModelTests
{
    // t1 = 10 ms, N = 16 tasks; expected values worked out by hand from docs/MEASUREMENT.md's formulas.
    [TestCase(WorkloadKind.CpuCountdown, 1, 2, 160.0, TestName = "Cpu_OneWorker_RunsAllTasksInTurn")]
    [TestCase(WorkloadKind.CpuCountdown, 2, 2, 80.0, TestName = "Cpu_TwoWorkersTwoCores_Halves")]
    [TestCase(WorkloadKind.CpuCountdown, 16, 2, 80.0, TestName = "Cpu_MoreWorkersThanCores_LimitedByCores")]
    [TestCase(WorkloadKind.CpuCountdown, 3, 4, 60.0, TestName = "Cpu_UnevenSplit_RoundsUpToWholeRounds")]
    [TestCase(WorkloadKind.CpuCountdown, 16, 1, 160.0, TestName = "Cpu_OneCore_NoGainFromWorkers")]
    [TestCase(WorkloadKind.IoSleep, 16, 2, 10.0, TestName = "IoLatency_SixteenWorkers_OneRoundWhateverTheCores")]
    [TestCase(WorkloadKind.IoSleep, 3, 1, 60.0, TestName = "IoLatency_UnevenSplit_RoundsUp")]
    [TestCase(WorkloadKind.MemAdd, 16, 2, 80.0, TestName = "Memory_UsesTheCpuFormula")]
    [TestCase(WorkloadKind.Mixed, 2, 2, 80.0, TestName = "LatencyThenCpu_FewWorkers_LimitedByWholeTasksPerWorker")]
    [TestCase(WorkloadKind.Mixed, 16, 2, 40.0, TestName = "LatencyThenCpu_ManyWorkers_LimitedByTheCpuHalfOnTheCores")]
    [TestCase(WorkloadKind.Mixed, 4, 2, 40.0, TestName = "LatencyThenCpu_Balanced_BothLimitsMeet")]
    public void IdealTime_MatchesHandComputedValue(WorkloadKind kind, int workers, int cores, double expectedMilliseconds)
    {
        double ideal = LimitModel.IdealTime(WorkloadCatalog.Describe(kind).CpuShare, singleTask: 10.0, tasks: 16, workers, cores);

        Assert.That(ideal, Is.EqualTo(expectedMilliseconds).Within(1e-9));
    }

    [Test]
    public void IdealTime_PartCpuShare_LimitedByTheCoresRunningThatShare()
    {
        // A quarter on the cores: 16 tasks on 16 workers and 2 cores take max(10, 0.25 × 80) = 20 ms.
        double ideal = LimitModel.IdealTime(0.25, singleTask: 10.0, tasks: 16, workers: 16, cores: 2);

        Assert.That(ideal, Is.EqualTo(20.0).Within(1e-9));
    }

    [Test]
    public void IdealTime_ZeroCores_IsRejected() =>
        Assert.That(() => LimitModel.IdealTime(1, 10.0, 16, 2, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [TestCase(-0.1)]
    [TestCase(1.1)]
    public void IdealTime_ShareOutsideZeroToOne_IsRejected(double share) =>
        Assert.That(() => LimitModel.IdealTime(share, 10.0, 16, 2, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [TestCase(0.45, 0.45, TestName = "MeasuredCpuShare_PartOfACore_IsTaken")]
    [TestCase(1.011, 1.0, TestName = "MeasuredCpuShare_AboveOneCore_IsCappedAtOne")]
    public void MeasuredCpuShare_FromTheSequentialCores(double cores, double expected) =>
        Assert.That(LimitModel.MeasuredCpuShare(cores), Is.EqualTo(expected).Within(1e-12));

    [TestCase(null)]
    [TestCase(double.NaN)]
    [TestCase(-1.0)]
    public void MeasuredCpuShare_NoUsableMeasurement_IsNull(double? cores) =>
        Assert.That(LimitModel.MeasuredCpuShare(cores), Is.Null);
}
