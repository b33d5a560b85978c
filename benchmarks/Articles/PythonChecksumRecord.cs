namespace Concurrency.Benchmarks.Articles;

/// <summary>What <c>python3 -m articles checksum</c> prints: one task's checksum for a size, untimed.</summary>
/// <param name="Experiment">e.g. <c>sha256</c>.</param>
/// <param name="Size">The size asked for.</param>
/// <param name="Checksum">The task's checksum, as a signed 64-bit integer like .NET's.</param>
internal sealed record PythonChecksumRecord(string Experiment, long Size, long Checksum);
