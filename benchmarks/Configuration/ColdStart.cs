using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// Whether a command line asks for cold starts only: BenchmarkDotNet's <see cref="RunStrategy.ColdStart"/>, which the
/// Dry job uses and <c>--strategy ColdStart</c> sets, measures the first invocations without a pilot or warm-up stage.
/// Such a run gets no <see cref="Suites.SetupWarmUp"/> either; it is also the quick check of every case, where waiting
/// for each case's compiler would triple the time.
/// </summary>
internal static class ColdStart
{
    public static bool IsAskedBy(IReadOnlyList<string> benchmarkArgs)
    {
        var (parsed, config, _) = ConfigParser.Parse([.. benchmarkArgs], NullLogger.Instance);
        if (!parsed)
        {
            return false;
        }

        var jobs = config.GetJobs().ToArray();
        var named = jobs.Where(job => !job.Meta.IsMutator).ToArray();
        // A mutator (--strategy ColdStart) changes every job; without a named job, the suites' own jobs are warm.
        return jobs.Any(job => job.Meta.IsMutator && IsColdStart(job)) || (named.Length > 0 && named.All(IsColdStart));
    }

    private static bool IsColdStart(Job job) =>
        job.HasValue(RunMode.RunStrategyCharacteristic) && job.Run.RunStrategy == RunStrategy.ColdStart;
}
