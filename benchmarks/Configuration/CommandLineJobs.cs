using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using Concurrency.Benchmarks.WarmUp;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// The jobs a command line asks BenchmarkDotNet for, parsed once by its own parser: named jobs (<c>--job</c>,
/// <c>--inProcess</c>, <c>--runtimes</c> …), which replace the suites' own, and mutators (<c>--iterationTime</c>,
/// <c>--strategy</c> …), which BenchmarkDotNet applies to every job. Arguments it cannot parse give neither; it reports
/// them itself when it runs.
/// </summary>
internal sealed record CommandLineJobs(IReadOnlyList<Job> Named, IReadOnlyList<Job> Mutators)
{
    public static CommandLineJobs Parse(IReadOnlyList<string> benchmarkArgs)
    {
        var (parsed, config, _) = ConfigParser.Parse([.. benchmarkArgs], NullLogger.Instance);
        Job[] jobs = parsed ? [.. config.GetJobs()] : [];
        return new([.. jobs.Where(job => !job.Meta.IsMutator)], [.. jobs.Where(job => job.Meta.IsMutator)]);
    }

    /// <summary>
    /// Whether every job measures a cold start: BenchmarkDotNet's <see cref="RunStrategy.ColdStart"/>, which the Dry job
    /// uses and <c>--strategy ColdStart</c> sets, measures the first invocations without a pilot or warm-up stage. Such a
    /// run gets no <see cref="Suites.SetupWarmUp"/> either; it is also the quick check of every case, where waiting for
    /// each case's compiler would triple the time. Without a named job the suites' own jobs are warm.
    /// </summary>
    public bool AreColdStartOnly => Mutators.Any(IsColdStart) || (Named.Count > 0 && Named.All(IsColdStart));

    private static bool IsColdStart(Job job) =>
        job.HasValue(RunMode.RunStrategyCharacteristic) && job.Run.RunStrategy == RunStrategy.ColdStart;
}
