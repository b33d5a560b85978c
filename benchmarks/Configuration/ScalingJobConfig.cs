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
    /// Iterations of 0.5 s (BenchmarkDotNet's default) hold several batches of all but the slowest cases, so one slow
    /// batch moves an iteration little. 10 to 15 of them: BenchmarkDotNet stops at 10 once the mean is known to ±2 %
    /// (99.9 % confidence), otherwise at 15, enough to estimate the coefficient of variation and to trim an outlier.
    /// 4 warm-up iterations follow <see cref="Suites.BatchSuite"/>'s own warm-up of worker processes.
    /// </summary>
    public static readonly Job Job = new Job("Scaling")
        .WithIterationTime(TimeInterval.FromMilliseconds(500))
        .WithWarmupCount(4)
        .WithMinIterationCount(10)
        .WithMaxIterationCount(15)
        .WithMaxRelativeError(0.02)
        .AsDefault();

    public ScalingJobConfig() => AddJob(Job);
}
