namespace Concurrency.Benchmarks.Articles;

/// <summary>One model × worker count of a Python run: every measured batch's wall time.</summary>
/// <param name="Model">e.g. <c>threading.Thread</c>.</param>
/// <param name="Workers">The worker count (1 for the sequential baseline).</param>
/// <param name="MeasurementsMs">Each measured batch's wall time in milliseconds (time.perf_counter).</param>
/// <param name="BatchChecksum">The last batch's checksums summed with wrapping, as .NET's strategies sum them.</param>
internal sealed record PythonModelRunRecord(string Model, int Workers, IReadOnlyList<double> MeasurementsMs, long? BatchChecksum);
