using System.Diagnostics;
using System.Numerics;
using BenchmarkDotNet.Jobs;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// Cores as a hardware axis (<c>--cores</c>): every job the command line asks for, once per core count, pinned by
/// BenchmarkDotNet's job affinity to the first cores the suite may use.
/// </summary>
internal static class CoreAxis
{
    /// <summary>
    /// The jobs the command line names (<paramref name="commandLine"/>: <c>--job</c>, <c>--inProcess</c> …), crossed
    /// with <paramref name="coreCounts"/>; without one, <paramref name="fallback"/> (the first run's job) or the Scaling
    /// suite's job (<see cref="ScalingJobConfig"/>), since the core axis is the Scaling suite's. Options that
    /// only adjust a job (<c>--iterationTime</c> …) make BenchmarkDotNet mutators, which it applies to the pinned jobs
    /// itself. BenchmarkDotNet still adds its own unpinned copies; <see cref="Filters.PinnedJobFilter"/> drops them.
    /// </summary>
    public static IReadOnlyList<Job> Jobs(CommandLineJobs commandLine, IReadOnlyList<int> coreCounts, Job? fallback = null)
    {
        // Pinned copies of a default job would be several defaults, which BenchmarkDotNet refuses.
        IReadOnlyList<Job> baseJobs = commandLine.Named.Count > 0
            ? commandLine.Named
            : [(fallback ?? ScalingJobConfig.Job).AsDefault(false)];
        if (baseJobs.Any(job => job.HasValue(EnvironmentMode.AffinityCharacteristic)))
        {
            throw new UsageException("--cores sets each job's affinity itself; leave out BenchmarkDotNet's --affinity.");
        }

        // Linux affinity is per thread: pinning the host changes only the calling thread, while threads created under
        // an earlier job keep that job's mask, so in-process cases would not get the cores they claim.
        if (baseJobs.Any(job => job.Infrastructure.Toolchain?.IsInProcess == true))
        {
            throw new UsageException("--cores needs one benchmark process per case; leave out --inProcess.");
        }

        return Expand(baseJobs, coreCounts, AvailableMask());
    }

    /// <summary>One job per base job and core count, pinned to the lowest <c>n</c> cores set in <paramref name="availableMask"/>.</summary>
    public static IReadOnlyList<Job> Expand(IReadOnlyList<Job> baseJobs, IReadOnlyList<int> coreCounts, ulong availableMask)
    {
        int available = BitOperations.PopCount(availableMask);
        if (coreCounts.FirstOrDefault(count => count > available) is var tooMany and > 0)
        {
            throw new UsageException($"--cores {tooMany}: the suite may use only {available} core(s) on this machine.");
        }

        return [.. from job in baseJobs
                   from count in coreCounts.Distinct().Order()
                   select job.WithAffinity((nint)LowestBits(availableMask, count)).WithId($"{job.Id}-{count}Core{(count == 1 ? "" : "s")}")];
    }

    /// <summary>Every core count from 1 to the cores this process may use: what <c>--cores all</c> means.</summary>
    public static IReadOnlyList<int> All() => [.. Enumerable.Range(1, BitOperations.PopCount(AvailableMask()))];

    private static ulong AvailableMask()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            using var self = Process.GetCurrentProcess();
            return (ulong)self.ProcessorAffinity.ToInt64();
        }

        throw new UsageException("--cores needs CPU affinity, which BenchmarkDotNet supports on Linux and Windows only.");
    }

    private static ulong LowestBits(ulong mask, int count)
    {
        ulong chosen = 0;
        for (; count > 0; count--)
        {
            ulong lowest = mask & (~mask + 1);
            chosen |= lowest;
            mask &= ~lowest;
        }

        return chosen;
    }
}
