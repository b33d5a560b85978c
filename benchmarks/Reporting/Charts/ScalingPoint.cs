using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>One case of a scaling chart, its figures read from the summary.</summary>
/// <param name="Strategy">The case's strategy: one line each.</param>
/// <param name="Workers">The case's worker count: the x axis.</param>
/// <param name="Speedup">Sequential median ÷ this case's median, or null where <see cref="ScalingFigures"/> has none.</param>
/// <param name="IdealSpeedup">Sequential median ÷ the limit model's ideal time for this case, or null likewise.</param>
/// <param name="CoresBusy">The CPU-usage diagnoser's cores busy, or null where the run did not measure it.</param>
/// <param name="UsableCores">C of the limit model for this case.</param>
/// <param name="RssPerWorker">Resident memory per worker in bytes (<see cref="MemoryFigures"/>), or null where the run has none.</param>
internal sealed record ScalingPoint(
    StrategyKind Strategy, int Workers, double? Speedup, double? IdealSpeedup, double? CoresBusy, int UsableCores, double? RssPerWorker = null);
