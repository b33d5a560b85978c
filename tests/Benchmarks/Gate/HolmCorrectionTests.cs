using Concurrency.Benchmarks.Gate;

namespace Concurrency.Tests.Benchmarks.Gate;

public sealed class HolmCorrectionTests
{
    [Test]
    public void Reject_StopsAtTheFirstPValueAboveItsBound()
    {
        // Ascending: 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, then 0.03 > 0.05/2 stops it; 0.04 is not even tried.
        Assert.That(HolmCorrection.Reject([0.01, 0.04, 0.03, 0.005], 0.05), Is.EqualTo(new[] { true, false, false, true }));
    }

    [Test]
    public void Reject_LaterSteps_UseLooserBoundsThanBonferroni()
    {
        // Bonferroni would keep 0.04 (above 0.05/2); Holm's second step compares it with 0.05/1.
        Assert.That(HolmCorrection.Reject([0.04, 0.001], 0.05), Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public void Reject_PValuesJustBelowAlphaAmongManyTests_RejectsNone()
    {
        Assert.That(HolmCorrection.Reject([.. Enumerable.Repeat(0.009, 10)], 0.01), Has.None.True);
    }

    [Test]
    public void Reject_SingleTest_UsesAlphaItself()
    {
        Assert.That(HolmCorrection.Reject([0.009], 0.01), Is.EqualTo(new[] { true }));
    }
}
