namespace Concurrency.Benchmarks.Articles;

/// <summary>One runtime's model at one worker count: every measured batch's wall time.</summary>
/// <param name="Runtime"><see cref="Runtimes.CPython"/> or <see cref="Runtimes.DotNet"/>.</param>
/// <param name="Model">The runtime's name for the model.</param>
/// <param name="Workers">The worker count (1 for the baseline).</param>
/// <param name="BatchMs">Each measured batch's wall time in milliseconds.</param>
internal sealed record ModelMeasurements(string Runtime, string Model, int Workers, IReadOnlyList<double> BatchMs);
