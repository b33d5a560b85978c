using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;
using Concurrency.Workloads;
using Perfolizer.Metrology;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Comparison;

public sealed class ResultComparerTests
{
    private static readonly Threshold TenPercent = Threshold.Parse(ResultComparer.DefaultThreshold);

    /// <summary>Base and head samples, the threshold, and the verdict; each case is named for the behaviour it shows.</summary>
    private static IEnumerable<TestCaseData> Judgements =>
    [
        Judgement("EqualSamplesAreTheSame", Sample(100, 0.02, seed: 1), Sample(100, 0.02, seed: 2), ResultComparer.DefaultThreshold, Verdict.Same),
        Judgement("HeadShiftedUpTwentyPercentIsSlower", Sample(100, 0.02), Sample(120, 0.02), ResultComparer.DefaultThreshold, Verdict.Slower),
        Judgement("HeadShiftedDownTwentyPercentIsFaster", Sample(100, 0.02), Sample(80, 0.02), ResultComparer.DefaultThreshold, Verdict.Faster),

        // ±30 % around the same centre: far noisier than the threshold, yet no shift.
        Judgement("NoisyButEqualSamplesAreTheSame", Sample(100, 0.30, seed: 3), Sample(100, 0.30, seed: 4), ResultComparer.DefaultThreshold, Verdict.Same),
        Judgement("ShiftBelowTheThresholdIsTheSame", Sample(100, 0.01), Sample(105, 0.01), ResultComparer.DefaultThreshold, Verdict.Same),
        Judgement("OneMeasurementASideIsInconclusive", [100], [300], ResultComparer.DefaultThreshold, Verdict.Inconclusive),

        // Mann–Whitney's smallest p-value for 3 against 3 is 1/20: it can never reach α = 0.01.
        Judgement("ThreeMeasurementsASideAreInconclusiveNotSame", Sample(100, 0.02, count: 3), Sample(130, 0.02, count: 3), ResultComparer.DefaultThreshold, Verdict.Inconclusive),

        // 1 ms against 1.5 ms: half a millisecond is below a 2 ms threshold.
        Judgement("AbsoluteThresholdIsInNanoseconds", Sample(1e6, 0.01), Sample(1.5e6, 0.01), "2ms", Verdict.Same),
    ];

    /// <summary>The verdict travels by name: <see cref="Verdict"/> is internal, and a public test cannot take it.</summary>
    [TestCaseSource(nameof(Judgements))]
    public void Judge_GivesTheVerdictTheSamplesShow(double[] baseValues, double[] headValues, string threshold, string verdict)
    {
        Assert.That(ResultComparer.Judge(baseValues, headValues, Threshold.Parse(threshold)), Is.EqualTo(Enum.Parse<Verdict>(verdict)));
    }

    [Test]
    public void CasesAreJoinedByKeyAndTheRestListedPerSide()
    {
        var baseSet = Set("base", Case("Workload=CpuCountdown&Workers=1", Sample(100, 0.02)), Case("Workload=IoSleep&Workers=1", Sample(100, 0.02)));
        var headSet = Set("head", Case("Workload=CpuCountdown&Workers=1", Sample(130, 0.02)), Case("Workload=IoDelay&Workers=1", Sample(100, 0.02)));

        var comparison = ResultComparer.Compare(baseSet, headSet, TenPercent);

        Assert.That(
            (comparison.Rows.Single().Verdict, comparison.OnlyInBase.Single().Key.Workload, comparison.OnlyInHead.Single().Key.Workload, comparison.HasRegression),
            Is.EqualTo((Verdict.Slower, WorkloadKind.IoSleep, WorkloadKind.IoDelay, true)));
    }

    [Test]
    public void NothingInCommonIsBadInput()
    {
        var baseSet = Set("base", Case("Workload=CpuCountdown&Workers=1", Sample(100, 0.02)));
        var headSet = Set("head", Case("Workload=IoSleep&Workers=1", Sample(100, 0.02)));

        var error = Assert.Throws<UsageException>(() => ResultComparer.Compare(baseSet, headSet, TenPercent));

        Assert.That(error!.Message, Does.Contain("no benchmark case in common"));
    }

    private static TestCaseData Judgement(string name, double[] baseValues, double[] headValues, string threshold, Verdict expected) =>
        new TestCaseData(baseValues, headValues, threshold, expected.ToString()).SetName(name);

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
