using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// The Scaling suite's job when the command line names none: good enough by default for <see cref="Reporting.AccuracyTarget"/>
/// while the whole matrix stays within 90 minutes on 2 cores. Put on the suite with [Config] rather than into
/// <see cref="SuiteConfig"/>: BenchmarkDotNet takes a default job of the global config as the base of every job it
/// builds from the command line, so <c>--job short</c> would be ignored; a default job of one class is used only when
/// the command line gives no job, and options such as <c>--iterationTime</c> still apply to it.
/// </summary>
internal sealed class ScalingJobConfig : ManualConfig
{
    /// <summary>
    /// Iterations of 1 s hold two batches or more of every case (the slowest, ProcessPerTask's 16 process starts, take
    /// 0.36–0.48 s), so one slow batch, or a few hundred milliseconds of a neighbour's disk or memory traffic, moves an
    /// iteration half as much as at BenchmarkDotNet's 0.5 s. 8 of them, the fewest that give a median its 99 % interval
    /// (<see cref="Reporting.MedianRatio.MinimumMeasurements"/>). No warm-up iteration: <see cref="Suites.BatchSuite"/>'s
    /// setup has already run batches until the compiler and the thread pool settled, and the pilot stage runs about
    /// 1.5 s more; the iteration it saves pays for part of that wait. Calibrated over full runs in docs/CALIBRATION.md.
    /// </summary>
    public static readonly Job Job = new Job("Scaling")
        .WithIterationTime(TimeInterval.FromMilliseconds(1000))
        .WithWarmupCount(0)
        .WithIterationCount(8)
        .AsDefault();

    public ScalingJobConfig() => AddJob(Job);
}
