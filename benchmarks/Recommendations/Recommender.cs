using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>
/// The decision guide from a run's Scaling cases: per workload (and job), the case to use, the runner-up and the
/// pitfalls the run showed. Every line comes from a measured case and names it; nothing is assumed.
/// </summary>
internal static class Recommender
{
    /// <summary>
    /// Without intervals (fewer than 8 measurements), two speedups count as the same within 5 %: the tolerance the
    /// plausibility rules give a ratio without an interval.
    /// </summary>
    public const double PointTolerance = PlausibilityRules.LimitTolerance;

    /// <summary>One recommendation per workload and job that has figures, in the order of <see cref="KindOfWork.All"/>.</summary>
    public static IReadOnlyList<Recommendation> Recommend(IEnumerable<MeasuredCase> cases) =>
        [.. cases.GroupBy(measured => (measured.Workload, measured.Job))
            .OrderBy(group => KindOfWork.All.ToList().IndexOf(KindOfWork.Of(group.Key.Workload)))
            .ThenBy(group => group.Key.Workload)
            .ThenBy(group => group.Key.Job, StringComparer.Ordinal)
            .Select(group => RecommendFor([.. group]))];

    /// <summary>The recommendation for the cases of one workload and job.</summary>
    public static Recommendation RecommendFor(IReadOnlyList<MeasuredCase> cases)
    {
        var best = Pick(cases);
        MeasuredCase[] others = [.. cases.Where(measured => measured.Strategy != best.Strategy)];
        var runnerUp = others.Length > 0 ? Pick(others) : null;
        return new Recommendation(
            KindOfWork.Of(best.Workload),
            best.Workload.ToString(),
            best.Strategy.ToString(),
            best.Workers,
            best.Figures.Speedup,
            best.Figures.Efficiency,
            best.Figures.SpeedupInterval,
            best.Figures.EfficiencyInterval,
            best.Name,
            runnerUp is null
                ? null
                : new RecommendedAlternative(
                    runnerUp.Strategy.ToString(),
                    runnerUp.Workers,
                    runnerUp.Figures.Speedup,
                    runnerUp.Name,
                    runnerUp.Figures.SpeedupInterval,
                    Indistinguishable(runnerUp, best)),
            [.. PitfallRules.Find(cases, best, runnerUp)],
            best.RssPerWorker);
    }

    /// <summary>
    /// Among the cases the run cannot tell from the fastest, the one with the fewest workers, then the lightest
    /// strategy, then the fastest: more workers or a heavier model that buy nothing measurable are not worth having.
    /// </summary>
    public static MeasuredCase Pick(IReadOnlyList<MeasuredCase> cases)
    {
        var fastest = cases.MaxBy(measured => measured.Figures.Speedup)
            ?? throw new ArgumentException("There is no case to pick from.", nameof(cases));
        return cases.Where(measured => Indistinguishable(measured, fastest))
            .OrderBy(measured => measured.Workers)
            .ThenBy(measured => measured.Strategy.Describe().Weight)
            .ThenByDescending(measured => measured.Figures.Speedup)
            .First();
    }

    /// <summary>
    /// Whether the run cannot tell two speedups apart: their 99 % intervals overlap, or without both intervals, the
    /// points are within <see cref="PointTolerance"/>.
    /// </summary>
    public static bool Indistinguishable(MeasuredCase first, MeasuredCase second) =>
        first.Figures.SpeedupInterval is not null && second.Figures.SpeedupInterval is not null
            ? first.SpeedupLow <= second.SpeedupHigh && second.SpeedupLow <= first.SpeedupHigh
            : Math.Abs(first.Figures.Speedup - second.Figures.Speedup) <= PointTolerance * Math.Max(first.Figures.Speedup, second.Figures.Speedup);
}
