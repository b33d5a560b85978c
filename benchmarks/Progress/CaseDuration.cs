using BenchmarkDotNet.Jobs;

namespace Concurrency.Benchmarks.Progress;

/// <summary>
/// How long one case should take, from its job alone (before anything has run): the iterations the job asks for times
/// its iteration time, plus what every case costs besides. Checked against the 2026-11-26 reference run (Scaling job,
/// 188 cases in 33 minutes: 10.5 s a case; this gives 10.75 s) and the short job (6.2 s measured; this gives 5.5 s).
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

    public static TimeSpan Estimate(Job job)
    {
        var run = job.Run;
        var iterationTime = job.HasValue(RunMode.IterationTimeCharacteristic)
            ? TimeSpan.FromMilliseconds(run.IterationTime.ToMilliseconds())
            : DefaultIterationTime;
        double warmups = job.HasValue(RunMode.WarmupCountCharacteristic)
            ? run.WarmupCount
            : Between(
                job.HasValue(RunMode.MinWarmupIterationCountCharacteristic) ? run.MinWarmupIterationCount : null,
                job.HasValue(RunMode.MaxWarmupIterationCountCharacteristic) ? run.MaxWarmupIterationCount : null,
                DefaultWarmupCount);
        double measured = job.HasValue(RunMode.IterationCountCharacteristic)
            ? run.IterationCount
            : Between(
                job.HasValue(RunMode.MinIterationCountCharacteristic) ? run.MinIterationCount : null,
                job.HasValue(RunMode.MaxIterationCountCharacteristic) ? run.MaxIterationCount : null,
                DefaultIterationCount);
        int launches = job.HasValue(RunMode.LaunchCountCharacteristic) ? run.LaunchCount : 1;
        return launches * (PerCaseOverhead + (StageIterations + warmups + measured) * iterationTime);
    }

    /// <summary>Halfway between a job's minimum and maximum count where it sets both (it stops anywhere between), else the minimum.</summary>
    private static double Between(int? min, int? max, int fallback) => (min, max) switch
    {
        ({ } low, { } high) => (low + high) / 2.0,
        ({ } low, null) => low,
        _ => fallback,
    };
}
