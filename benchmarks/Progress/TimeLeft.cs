namespace Concurrency.Benchmarks.Progress;

/// <summary>
/// The time a run has left: the estimate of the cases still to run (<see cref="CaseDuration"/>), scaled by how long
/// the finished cases took against their own estimate. The scale takes in what no job states: this machine's speed
/// and batches longer than an iteration. Before any case has finished it is the estimate itself.
/// </summary>
internal static class TimeLeft
{
    public static TimeSpan Estimate(TimeSpan elapsed, TimeSpan estimatedForFinished, TimeSpan estimatedForRest) =>
        estimatedForFinished <= TimeSpan.Zero || elapsed <= TimeSpan.Zero
            ? estimatedForRest
            : estimatedForRest * (elapsed / estimatedForFinished);
}
