using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Gate;

using static Concurrency.Tests.Benchmarks.Gate.SyntheticRounds;

namespace Concurrency.Tests.Benchmarks.Gate;

public sealed class GateInputTests
{
    private static readonly Figures Steady = new(100, 100, 144);

    [Test]
    public void Match_CaseInEveryRound_IsComparedWithOneResultPerPairAndSide()
    {
        var input = GateInput.Match(Pairs(3, (_, _) => [Result(CpuSequential, Steady)]));

        Assert.That(input.Cases.Select(rounds => (rounds.Base.Count, rounds.Head.Count)), Is.EqualTo(new[] { (3, 3) }));
    }

    [Test]
    public void Match_CaseOnlyInBaseRounds_IsListedAndNotCompared()
    {
        var input = GateInput.Match(Pairs(3, (_, side) => side == GateSide.Base
            ? [Result(CpuSequential, Steady), Result(IoWhenAll, Steady)]
            : [Result(CpuSequential, Steady)]));

        Assert.That(input.OnlyInBase.Select(result => result.Key), Is.EqualTo(new[] { Result(IoWhenAll, Steady).Key }));
    }

    [Test]
    public void Match_CaseMissingFromOneHeadRound_IsBadInput()
    {
        var pairs = Pairs(3, (pair, side) => side == GateSide.Head && pair == 1
            ? [Result(CpuSequential, Steady)]
            : [Result(CpuSequential, Steady), Result(IoWhenAll, Steady)]);

        Assert.That(() => GateInput.Match(pairs), Throws.TypeOf<UsageException>().With.Message.Contains("missing from rounds 03-head"));
    }

    [Test]
    public void Match_CaseTheLaterRoundsDropped_KeepsItsFirstPairs()
    {
        var input = GateInput.Match(Pairs(3, (pair, _) => pair == 0
            ? [Result(CpuSequential, Steady), Result(IoWhenAll, Steady)]
            : [Result(IoWhenAll, Steady)]));

        Assert.That(input.Cases.Select(rounds => rounds.Pairs), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public void Match_CaseBackAfterAPairWithoutIt_IsBadInput()
    {
        var pairs = Pairs(3, (pair, _) => pair == 1
            ? [Result(CpuSequential, Steady)]
            : [Result(CpuSequential, Steady), Result(IoWhenAll, Steady)]);

        Assert.That(() => GateInput.Match(pairs), Throws.TypeOf<UsageException>().With.Message.Contains("yet measured in 05-base, 06-head"));
    }

    [Test]
    public void Match_NoCaseInCommon_IsBadInput()
    {
        var pairs = Pairs(3, (_, side) => [Result(side == GateSide.Base ? CpuSequential : IoWhenAll, Steady)]);

        Assert.That(() => GateInput.Match(pairs), Throws.TypeOf<UsageException>().With.Message.Contains("no benchmark case in common"));
    }
}
