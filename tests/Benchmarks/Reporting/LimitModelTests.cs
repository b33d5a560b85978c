using Concurrency.Benchmarks.Reporting;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting;

public sealed class LimitModelTests
{
    // t1 = 10 ms, N = 16 tasks; expected values worked out by hand from DESIGN.md's formulas.
    [TestCase(WorkloadBound.Cpu, 1, 2, 160.0, TestName = "Cpu_OneWorker_RunsAllTasksInTurn")]
    [TestCase(WorkloadBound.Cpu, 2, 2, 80.0, TestName = "Cpu_TwoWorkersTwoCores_Halves")]
    [TestCase(WorkloadBound.Cpu, 16, 2, 80.0, TestName = "Cpu_MoreWorkersThanCores_LimitedByCores")]
    [TestCase(WorkloadBound.Cpu, 3, 4, 60.0, TestName = "Cpu_UnevenSplit_RoundsUpToWholeRounds")]
    [TestCase(WorkloadBound.Cpu, 16, 1, 160.0, TestName = "Cpu_OneCore_NoGainFromWorkers")]
    [TestCase(WorkloadBound.IoLatency, 16, 2, 10.0, TestName = "IoLatency_SixteenWorkers_OneRoundWhateverTheCores")]
    [TestCase(WorkloadBound.IoLatency, 3, 1, 60.0, TestName = "IoLatency_UnevenSplit_RoundsUp")]
    [TestCase(WorkloadBound.Memory, 16, 2, 80.0, TestName = "Memory_UsesTheCpuFormula")]
    [TestCase(WorkloadBound.LatencyThenCpu, 2, 2, 80.0, TestName = "LatencyThenCpu_FewWorkers_LimitedByWholeTasksPerWorker")]
    [TestCase(WorkloadBound.LatencyThenCpu, 16, 2, 40.0, TestName = "LatencyThenCpu_ManyWorkers_LimitedByTheCpuHalfOnTheCores")]
    [TestCase(WorkloadBound.LatencyThenCpu, 4, 2, 40.0, TestName = "LatencyThenCpu_Balanced_BothLimitsMeet")]
    public void IdealTime_MatchesHandComputedValue(WorkloadBound bound, int workers, int cores, double expectedMilliseconds)
    {
        double ideal = LimitModel.IdealTime(bound, singleTask: 10.0, tasks: 16, workers, cores);

        Assert.That(ideal, Is.EqualTo(expectedMilliseconds).Within(1e-9));
    }

    [Test]
    public void IdealTime_ZeroCores_IsRejected() =>
        Assert.That(() => LimitModel.IdealTime(WorkloadBound.Cpu, 10.0, 16, 2, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
