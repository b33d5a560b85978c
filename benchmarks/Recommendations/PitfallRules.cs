using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>
/// The pitfalls a run's figures show for one workload, each naming the case that shows it. A rule fires only when the
/// figures, intervals included, are beyond its threshold, so a pitfall that the run did not show is never written.
/// </summary>
internal static class PitfallRules
{
    /// <summary>
    /// A pool strategy counts as starved when even the top of its speedup interval stays more than a quarter below the
    /// bottom of dedicated threads' at the same worker count: far beyond noise, as starvation is (4.8× against 13.4×).
    /// </summary>
    public const double StarvationShortfall = 0.25;

    /// <summary>
    /// A speedup whose interval ends at or below 1.10 is no gain over Sequential: within the 10 % that <c>compare</c> is
    /// run to detect. The rules about strategies that do not parallelise fire only when the recommendation's interval
    /// lies above it, so that the machine could run the work in parallel.
    /// </summary>
    public const double NoGain = 1.10;

    public static IEnumerable<Pitfall> Find(IReadOnlyList<MeasuredCase> cases, MeasuredCase best, MeasuredCase? runnerUp) =>
        [.. Starvation(cases), .. NoParallelism(cases, best), .. ProcessCosts(cases, best), .. Warnings(cases, best, runnerUp)];

    /// <summary>A pool strategy with more workers than cores far below dedicated threads at the same worker count.</summary>
    private static IEnumerable<Pitfall> Starvation(IReadOnlyList<MeasuredCase> cases) =>
        from pool in cases
        where pool.Strategy.Describe().Pool is StrategyPool.ThisProcess && pool.Workers > pool.Figures.Cores
        let threads = cases.FirstOrDefault(measured => measured.Strategy == StrategyKind.Threads && measured.Workers == pool.Workers)
        where threads is not null && pool.SpeedupHigh < (1 - StarvationShortfall) * threads.SpeedupLow
        select new Pitfall(
            $"Blocking calls starve the shared thread pool: {FigureText.Configuration(pool)} reached {FigureText.Speedup(pool)} where "
            + $"dedicated {FigureText.Configuration(threads)} reached {FigureText.Speedup(threads)}. The pool starts with one thread "
            + "per core and adds threads slowly while all of them are blocked: use dedicated threads, asynchronous I/O, or raise "
            + "ThreadPool.SetMinThreads.",
            pool.Name,
            PitfallKinds.ThreadPoolStarvation);

    /// <summary>async/await or threads under a GIL that stay at Sequential's speed where the machine allowed more.</summary>
    private static IEnumerable<Pitfall> NoParallelism(IReadOnlyList<MeasuredCase> cases, MeasuredCase best)
    {
        if (best.SpeedupLow <= NoGain)
        {
            yield break;
        }

        string reached = $"while {FigureText.Configuration(best)} reached {FigureText.Speedup(best)}";
        foreach (var strategy in new[] { StrategyKind.TaskWhenAll, StrategyKind.GilThreads })
        {
            var stuck = cases.Where(measured => measured.Strategy == strategy && measured.Workers >= 2 && measured.SpeedupHigh <= NoGain)
                .MaxBy(measured => measured.Workers);
            if (stuck is null)
            {
                continue;
            }

            string ran = $"{FigureText.Configuration(stuck)} ran at {FigureText.Speedup(stuck)}, no faster than Sequential, {reached}";
            yield return (strategy, KindOfWork.IsCoreBound(KindOfWork.Of(stuck.Workload))) switch
            {
                (StrategyKind.GilThreads, _) => new Pitfall(
                    $"Threads under an interpreter lock take turns: {ran}. GilThreads emulates CPython's GIL; in Python this work "
                    + "needs processes, while .NET threads have no such lock.",
                    stuck.Name,
                    PitfallKinds.GilThreadsDoNotScale),
                (_, true) => new Pitfall(
                    $"async/await does not parallelise CPU work: {ran}. An async method that never awaits runs on its caller's "
                    + "thread; use threads, the pool or Parallel for CPU work.",
                    stuck.Name,
                    PitfallKinds.AsyncDoesNotParallelise),
                _ => new Pitfall(
                    $"async/await over a blocking call runs one task at a time: {ran}. A method that blocks instead of awaiting "
                    + "never gives its thread back; await asynchronous I/O, or block on dedicated threads.",
                    stuck.Name,
                    PitfallKinds.AsyncOverBlocking),
            };
        }
    }

    /// <summary>Per process strategy, its slowest case when even the top of its interval is slower than Sequential.</summary>
    private static IEnumerable<Pitfall> ProcessCosts(IReadOnlyList<MeasuredCase> cases, MeasuredCase best) =>
        from measured in cases
        where measured.Strategy.Describe().Model is StrategyModel.Processes && measured.SpeedupHigh < 1
        group measured by measured.Strategy into byStrategy
        let slowest = byStrategy.MinBy(measured => measured.Figures.Speedup)!
        select slowest.Strategy.Describe().Processes is StrategyProcesses.PerTask
            ? new Pitfall(
                $"A fresh process per task loses to its start-up: {FigureText.Configuration(slowest)} ran at {FigureText.Speedup(slowest)}, "
                + $"slower than one thread doing all the work, while {FigureText.Configuration(best)} reached {FigureText.Speedup(best)}. "
                + "Start worker processes once and reuse them (ProcessPool), or use threads.",
                slowest.Name,
                PitfallKinds.ProcessStartUp)
            : new Pitfall(
                $"Worker processes cost more than they save here: {FigureText.Configuration(slowest)} ran at {FigureText.Speedup(slowest)}, "
                + "slower than Sequential: sending tasks and results between processes outweighs tasks this short.",
                slowest.Name,
                PitfallKinds.ProcessOverhead);

    /// <summary>
    /// The plausibility warnings of the cases the guide rests on: the recommendation, the runner-up and the Sequential
    /// baseline that every ratio divides by. The other cases' warnings are in the reports.
    /// </summary>
    private static IEnumerable<Pitfall> Warnings(IReadOnlyList<MeasuredCase> cases, MeasuredCase best, MeasuredCase? runnerUp) =>
        from measured in new[] { best, runnerUp, cases.FirstOrDefault(candidate => candidate.Strategy == StrategyKind.Sequential) }.OfType<MeasuredCase>().Distinct()
        from warning in measured.Warnings
        select new Pitfall(WithoutCaseName(warning, measured.Name), measured.Name, PitfallKinds.Plausibility);

    /// <summary>A warning begins with the case's name, which the pitfall carries on its own.</summary>
    private static string WithoutCaseName(string warning, string name) =>
        warning.StartsWith(name + ": ", StringComparison.Ordinal) ? warning[(name.Length + 2)..] : warning;
}
