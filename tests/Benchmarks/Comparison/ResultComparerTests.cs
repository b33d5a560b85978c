using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;
using Perfolizer.Metrology;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Comparison;

public sealed class ResultComparerTests
{
    private static readonly Threshold TenPercent = Threshold.Parse(ResultComparer.DefaultThreshold);

    [Test]
    public void EqualSamplesAreTheSame()
    {
        Assert.That(ResultComparer.Judge(Sample(100, 0.02, seed: 1), Sample(100, 0.02, seed: 2), TenPercent), Is.EqualTo(Verdict.Same));
    }

    [Test]
    public void HeadShiftedUpTwentyPercentIsSlower()
    {
        Assert.That(ResultComparer.Judge(Sample(100, 0.02), Sample(120, 0.02), TenPercent), Is.EqualTo(Verdict.Slower));
    }

    [Test]
    public void HeadShiftedDownTwentyPercentIsFaster()
    {
        Assert.That(ResultComparer.Judge(Sample(100, 0.02), Sample(80, 0.02), TenPercent), Is.EqualTo(Verdict.Faster));
    }

    [Test]
    public void NoisyButEqualSamplesAreTheSame()
    {
        // ±30 % around the same centre: far noisier than the threshold, yet no shift.
        Assert.That(ResultComparer.Judge(Sample(100, 0.30, seed: 3), Sample(100, 0.30, seed: 4), TenPercent), Is.EqualTo(Verdict.Same));
    }

    [Test]
    public void ShiftBelowTheThresholdIsTheSame()
    {
        Assert.That(ResultComparer.Judge(Sample(100, 0.01), Sample(105, 0.01), TenPercent), Is.EqualTo(Verdict.Same));
    }

    [Test]
    public void OneMeasurementASideIsInconclusive()
    {
        Assert.That(ResultComparer.Judge([100], [300], TenPercent), Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void ThreeMeasurementsASideAreInconclusiveNotSame()
    {
        // Mann–Whitney's smallest p-value for 3 against 3 is 1/20: it can never reach α = 0.01.
        Assert.That(ResultComparer.Judge(Sample(100, 0.02, count: 3), Sample(130, 0.02, count: 3), TenPercent), Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void AbsoluteThresholdIsInNanoseconds()
    {
        // 1 ms against 1.5 ms: half a millisecond is below a 2 ms threshold.
        Assert.That(ResultComparer.Judge(Sample(1e6, 0.01), Sample(1.5e6, 0.01), Threshold.Parse("2ms")), Is.EqualTo(Verdict.Same));
    }

    [Test]
    public void CasesAreJoinedByKeyAndTheRestListedPerSide()
    {
        var baseSet = Set("base", Case("Workload=CpuCountdown&Workers=1", Sample(100, 0.02)), Case("Workload=IoSleep&Workers=1", Sample(100, 0.02)));
        var headSet = Set("head", Case("Workload=CpuCountdown&Workers=1", Sample(130, 0.02)), Case("Workload=IoDelay&Workers=1", Sample(100, 0.02)));

        var comparison = ResultComparer.Compare(baseSet, headSet, TenPercent);

        Assert.That(
            (comparison.Rows.Single().Verdict, comparison.OnlyInBase.Single().Parameters["Workload"], comparison.OnlyInHead.Single().Parameters["Workload"], comparison.HasRegression),
            Is.EqualTo((Verdict.Slower, "IoSleep", "IoDelay", true)));
    }

    [Test]
    public void NothingInCommonIsBadInput()
    {
        var baseSet = Set("base", Case("Workload=CpuCountdown&Workers=1", Sample(100, 0.02)));
        var headSet = Set("head", Case("Workload=IoSleep&Workers=1", Sample(100, 0.02)));

        var error = Assert.Throws<UsageException>(() => ResultComparer.Compare(baseSet, headSet, TenPercent));

        Assert.That(error!.Message, Does.Contain("no benchmark case in common"));
    }

    private static ResultSet Set(string name, params object[] cases)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"compare-{name}-{Guid.NewGuid():N}");
        try
        {
            Write(folder, cases);
            return ResultSetReader.Read(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
