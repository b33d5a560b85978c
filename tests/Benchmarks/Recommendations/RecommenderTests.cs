using Concurrency.Benchmarks.Recommendations;
using Concurrency.Strategies;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Recommendations.SyntheticCases;

namespace Concurrency.Tests.Benchmarks.Recommendations;

/// <summary>Which case the guide recommends, and which it names as runner-up, from synthetic figures.</summary>
public sealed class RecommenderTests
{
    private const WorkloadKind Cpu = WorkloadKind.CpuCountdown;

    [Test]
    public void RecommendFor_ClearlyFastestCase_IsRecommended()
    {
        var recommendation = Recommender.RecommendFor(
        [
            Sequential(Cpu),
            Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95),
            Case(Cpu, StrategyKind.GilThreads, 2, 0.97, 0.96, 0.98),
        ]);

        Assert.That((recommendation.Strategy, recommendation.Workers), Is.EqualTo(("Threads", 2)));
    }

    [Test]
    public void RecommendFor_Recommendation_NamesItsCaseAndFigures()
    {
        var recommendation = Recommender.RecommendFor([Sequential(Cpu), Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95)]);

        Assert.That(
            (recommendation.Work, recommendation.Workload, recommendation.Case, recommendation.Speedup, recommendation.SpeedupInterval!.Low, recommendation.Efficiency),
            Is.EqualTo(("cpu", "CpuCountdown", NameOf(Cpu, StrategyKind.Threads, 2), 1.90, 1.85, 0.95)));
    }

    [Test]
    public void Pick_MoreWorkersThatBuyNothingMeasurable_TakesFewerWorkers()
    {
        var picked = Recommender.Pick([Case(Cpu, StrategyKind.Threads, 16, 1.93, 1.88, 1.98), Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95)]);

        Assert.That(picked.Workers, Is.EqualTo(2));
    }

    [Test]
    public void Pick_MoreWorkersClearlyFaster_TakesThem()
    {
        var picked = Recommender.Pick([Case(Cpu, StrategyKind.Threads, 2, 1.50, 1.45, 1.55), Case(Cpu, StrategyKind.Threads, 16, 1.90, 1.85, 1.95)]);

        Assert.That(picked.Workers, Is.EqualTo(16));
    }

    [Test]
    public void Pick_IndistinguishableAtTheSameWorkers_TakesTheLighterModel()
    {
        var picked = Recommender.Pick([Case(Cpu, StrategyKind.ProcessPool, 2, 1.91, 1.86, 1.95), Case(Cpu, StrategyKind.ThreadPool, 2, 1.88, 1.84, 1.93)]);

        Assert.That(picked.Strategy, Is.EqualTo(StrategyKind.ThreadPool));
    }

    [Test]
    public void Pick_NothingFasterThanSequential_TakesSequential()
    {
        var picked = Recommender.Pick([Sequential(WorkloadKind.IoFile), Case(WorkloadKind.IoFile, StrategyKind.Threads, 16, 1.02, 0.97, 1.06)]);

        Assert.That(picked.Strategy, Is.EqualTo(StrategyKind.Sequential));
    }

    [Test]
    public void Indistinguishable_WithoutIntervals_ComparesThePointsWithinTheTolerance()
    {
        Assert.That(
            (Recommender.Indistinguishable(WithoutInterval(Cpu, StrategyKind.Threads, 2, 1.90), WithoutInterval(Cpu, StrategyKind.ThreadPool, 2, 1.85)),
             Recommender.Indistinguishable(WithoutInterval(Cpu, StrategyKind.Threads, 2, 1.90), WithoutInterval(Cpu, StrategyKind.ThreadPool, 2, 1.70))),
            Is.EqualTo((true, false)));
    }

    [Test]
    public void RecommendFor_RunnerUp_IsTheBestOfTheOtherStrategies()
    {
        var recommendation = Recommender.RecommendFor(
        [
            Sequential(Cpu),
            Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95),
            Case(Cpu, StrategyKind.Threads, 16, 1.80, 1.75, 1.84),
            Case(Cpu, StrategyKind.ProcessPool, 2, 1.70, 1.65, 1.74),
            Case(Cpu, StrategyKind.TaskWhenAll, 2, 1.00, 0.99, 1.01),
        ]);

        Assert.That(
            (recommendation.RunnerUp!.Strategy, recommendation.RunnerUp.Workers, recommendation.RunnerUp.Case, recommendation.RunnerUp.Indistinguishable),
            Is.EqualTo(("ProcessPool", 2, NameOf(Cpu, StrategyKind.ProcessPool, 2), false)));
    }

    [Test]
    public void RecommendFor_RunnerUpWithinTheInterval_IsMarkedIndistinguishable()
    {
        var recommendation = Recommender.RecommendFor([Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95), Case(Cpu, StrategyKind.ProcessPool, 2, 1.89, 1.84, 1.93)]);

        Assert.That(recommendation.RunnerUp!.Indistinguishable, Is.True);
    }

    [Test]
    public void RecommendFor_OneStrategyOnly_HasNoRunnerUp()
    {
        Assert.That(Recommender.RecommendFor([Sequential(Cpu)]).RunnerUp, Is.Null);
    }

    [Test]
    public void Recommend_SeveralWorkloads_OneEachInTheOrderOfTheKindsOfWork()
    {
        var recommendations = Recommender.Recommend(
        [
            Sequential(WorkloadKind.Mixed),
            Sequential(WorkloadKind.IoHttp),
            Sequential(Cpu),
            Sequential(WorkloadKind.IoSleep),
        ]);

        Assert.That(recommendations.Select(recommendation => recommendation.Work), Is.EqualTo(new[] { "cpu", "blocking-io", "async-io", "mixed" }));
    }

    [Test]
    public void KindOfWork_EveryWorkload_HasOneOfTheGuidesKinds()
    {
        Assert.That(Enum.GetValues<WorkloadKind>().Select(KindOfWork.Of).Distinct(), Is.SubsetOf(KindOfWork.All));
    }
}
