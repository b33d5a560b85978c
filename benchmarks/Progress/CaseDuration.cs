using BenchmarkDotNet.Characteristics;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Progress;

/// <summary>
/// How long one case should take, from its job and parameters (before anything has run): the iterations the job asks
/// for times its iteration time, the setup's warm-up where the case has one, plus what every case costs
/// besides. Checked against a 2026-11-26 run of the Scaling job of the day (500 ms iterations, 10 to 15 measured: 188
/// cases in 33 minutes, 10.5 s a case; this gave 10.75 s), the short job (6.2 s measured; this gives 5.5 s), the run
/// 20261126T190548Z (1:28:14 for 351 cases; the estimate of the day gave 1:27:33), the run 20261126T223447Z, the first
/// with the compiler's warm-up (1:34:32; this gives 1:31:32), and the reference run 20261127T005915Z (1:29:25 for 337
/// cases; this gave 1:28:09).
/// A batch longer than the iteration time makes its iterations longer; <see cref="TimeLeft"/> corrects for that as
/// cases finish.
/// </summary>
internal static class CaseDuration
{
    /// <summary>
    /// Per case and launch, beyond its iterations: starting the benchmark process, the global setup (worker pools,
    /// arrays, the HTTP server) and the cleanup. The reference run spent about 1 s a case outside its iterations.
    /// </summary>
    public static readonly TimeSpan PerCaseOverhead = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Iterations besides warm-up and measurement: the jitting stage (one invocation of a batch, up to an iteration),
    /// the pilot that sizes an iteration, and the extra one the memory and threading diagnosers take.
    /// </summary>
    public const int StageIterations = 3;

    /// <summary>BenchmarkDotNet's iteration time where the job sets none.</summary>
    private static readonly TimeSpan DefaultIterationTime = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Where the job sets no count, BenchmarkDotNet's minima: it stops as soon as the error is small, which for
    /// batches of 10 ms tasks is near them.
    /// </summary>
    private const int DefaultWarmupCount = 6;

    private const int DefaultIterationCount = 15;

    /// <summary>
    /// What <see cref="PoolWarmUp"/> adds to a case that needs it: the settle, and about as long again while the pool
    /// grows. In the run 20261126T162939Z, which warmed every pool, pool and Orleans cases with blocking tasks at 4 workers and more
    /// took 6–7 s longer than the other cases. The compiler settles within that time.
    /// </summary>
    public static readonly TimeSpan PoolWarmUpCost = 2 * PoolWarmUp.Settle;

    /// <summary>
    /// What <see cref="CompilerWarmUp"/> adds to a case that warms up in its setup (<see cref="IWarmsUpInSetup"/>) and does not wait for a pool. In
    /// the reference run 20261126T223447Z those 236 cases waited 2.7 s on average (median 2.1 s): one window for simple
    /// workloads, 3–4 s for the HTTP stack, 4.6–14.9 s for ProcessPerTask, whose process starts keep the compiler busy.
    /// </summary>
    public static readonly TimeSpan CompilerWarmUpCost = 5 * CompilerWarmUp.Window;

    /// <summary>
    /// The job's estimate, plus the setup's warm-up where the case has one (a case of an <see cref="IWarmsUpInSetup"/> suite in a run with
    /// <paramref name="setupWarmUp"/>): the pool's where a Scaling case's pool can starve (its benchmark process has not
    /// started yet, so its pool's threads at hand are the default minimum, one per core), else the compiler's.
    /// </summary>
    public static TimeSpan Estimate(BenchmarkCase benchmarkCase, bool setupWarmUp)
    {
        bool warmsUp = setupWarmUp && benchmarkCase.Descriptor.Type.IsAssignableTo(typeof(IWarmsUpInSetup));
        return Estimate(benchmarkCase.Job) + (warmsUp, CaseKey.Of(benchmarkCase).Scaling) switch
        {
            (true, { } scaling) when PoolWarmUp.IsNeeded(scaling.Strategy, WorkloadCatalog.BoundOf(scaling.Workload), scaling.Workers, Environment.ProcessorCount) => PoolWarmUpCost,
            (true, _) => CompilerWarmUpCost,
            _ => TimeSpan.Zero,
        };
    }

    public static TimeSpan Estimate(Job job)
    {
        var run = job.Run;
        var iterationTime = job.HasValue(RunMode.IterationTimeCharacteristic)
            ? TimeSpan.FromMilliseconds(run.IterationTime.ToMilliseconds())
            : DefaultIterationTime;
        double warmups = Count(job, RunMode.WarmupCountCharacteristic, RunMode.MinWarmupIterationCountCharacteristic, RunMode.MaxWarmupIterationCountCharacteristic, DefaultWarmupCount);
        double measured = Count(job, RunMode.IterationCountCharacteristic, RunMode.MinIterationCountCharacteristic, RunMode.MaxIterationCountCharacteristic, DefaultIterationCount);
        int launches = job.HasValue(RunMode.LaunchCountCharacteristic) ? run.LaunchCount : 1;
        return launches * (PerCaseOverhead + (StageIterations + warmups + measured) * iterationTime);
    }

    /// <summary>
    /// The count the job sets; else halfway between its minimum and maximum where it sets both (it stops anywhere
    /// between), else its minimum, else <paramref name="fallback"/>.
    /// </summary>
    private static double Count(Job job, Characteristic<int> count, Characteristic<int> min, Characteristic<int> max, int fallback) =>
        (Value(job, count), Value(job, min), Value(job, max)) switch
        {
            ({ } exact, _, _) => exact,
            (null, { } low, { } high) => (low + high) / 2.0,
            (null, { } low, null) => low,
            _ => fallback,
        };

    private static int? Value(Job job, Characteristic<int> characteristic) => job.HasValue(characteristic) ? characteristic[job.Run] : null;
}
