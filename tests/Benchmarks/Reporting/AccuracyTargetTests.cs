using BenchmarkDotNet.Mathematics;
using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Tests.Benchmarks.Reporting;

public sealed class AccuracyTargetTests
{
    [Test]
    public void IsMet_IterationsWithinThreePercent_IsTrue() => Assert.That(AccuracyTarget.IsMet(new Statistics(100, 102, 98, 101)), Is.True);

    [Test]
    public void IsMet_IterationsSpreadWider_IsFalse() => Assert.That(AccuracyTarget.IsMet(new Statistics(100, 110, 90, 105)), Is.False);

    [Test]
    public void IsMet_OneIteration_IsFalse() => Assert.That(AccuracyTarget.IsMet(new Statistics(100.0)), Is.False);

    [Test]
    public void IsMet_NoResult_IsFalse() => Assert.That(AccuracyTarget.IsMet((Statistics?)null), Is.False);
}
