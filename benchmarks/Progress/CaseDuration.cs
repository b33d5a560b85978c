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
/// besides. Checked against full runs in docs/CALIBRATION.md ("The duration estimate").
/// A batch longer than the iteration time makes its iterations longer; <see cref="TimeLeft"/> corrects for that as
/// cases finish.
/// </summary>
internal static class CaseDuration
{
    /// <summary>
    /// Per case and launch, beyond its iterations: starting the benchmark process, the global setup (worker pools,
    /// arrays, the HTTP server) and the cleanup: about 1 s a case in the reference run (docs/CALIBRATION.md).
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
    /// grows; the compiler settles within that time (calibrated in docs/CALIBRATION.md).
    /// </summary>
    public static readonly TimeSpan PoolWarmUpCost = 2 * PoolWarmUp.Settle;

    /// <summary>
    /// What <see cref="CompilerWarmUp"/> adds to a case that warms up in its setup (<see cref="IWarmsUpInSetup"/>) and
    /// does not wait for a pool: one window for simple workloads, seconds for the HTTP stack and ProcessPerTask
    /// (calibrated in docs/CALIBRATION.md).
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
