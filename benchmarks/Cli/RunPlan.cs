using Concurrency.Benchmarks.Configuration;

namespace Concurrency.Benchmarks.Cli;

/// <summary>What <see cref="RunCommand"/> hands BenchmarkDotNet: its arguments and the suite's options.</summary>
/// <param name="BenchmarkArgs">The tokens for BenchmarkDotNet's switcher, with the selection added when none was given.</param>
/// <param name="Options">The suite's options, from which <see cref="SuiteConfig"/> builds the config.</param>
/// <param name="ListingOnly">True when BenchmarkDotNet is only asked to print something (<c>--list</c>, <c>--help</c> …).</param>
internal sealed record RunPlan(IReadOnlyList<string> BenchmarkArgs, SuiteOptions Options, bool ListingOnly);
