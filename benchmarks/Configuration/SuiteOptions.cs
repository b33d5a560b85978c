using BenchmarkDotNet.Jobs;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>The suite's own run options, beside BenchmarkDotNet's; null means "not sliced".</summary>
/// <param name="Workloads">Only these workloads (<c>--workloads</c>).</param>
/// <param name="Strategies">Only these strategies (<c>--strategies</c>).</param>
/// <param name="Workers">Only these worker counts (<c>--workers</c>).</param>
/// <param name="ArtifactsPath">Where BenchmarkDotNet writes; null leaves it to <c>--artifacts</c>.</param>
/// <param name="CoreJobs">The pinned jobs of <c>--cores</c> (<see cref="CoreAxis"/>), which replace the command line's.</param>
/// <param name="Trace">The profiler <c>--trace</c> turns on.</param>
/// <param name="FirstRun">Only the first run's curated cases (<see cref="Filters.FirstRunFilter"/>): no selection and no <c>--all</c>.</param>
/// <param name="ReplacementJob">A job that replaces the suites' default jobs: the first run's, unless the command line names one.</param>
/// <param name="SetupWarmUp">
/// Whether the cases of a <see cref="Suites.BatchSuite"/> warm up in their setup: not when every job measures a cold
/// start (<see cref="CommandLineJobs.AreColdStartOnly"/>), nor under <c>--no-setup-warm-up</c>. One decision for the whole run, which the cases and the
/// estimate of its duration both follow.
/// </param>
internal sealed record SuiteOptions(
    IReadOnlyList<WorkloadKind>? Workloads,
    IReadOnlyList<StrategyKind>? Strategies,
    IReadOnlyList<int>? Workers,
    string? ArtifactsPath,
    IReadOnlyList<Job>? CoreJobs = null,
    TraceKind? Trace = null,
    bool FirstRun = false,
    Job? ReplacementJob = null,
    bool SetupWarmUp = true);
