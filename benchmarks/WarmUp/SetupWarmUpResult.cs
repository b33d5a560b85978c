namespace Concurrency.Benchmarks.WarmUp;

/// <summary>What <see cref="SetupWarmUp"/> did: the batches it ran, for how long, and whether every signal settled before its limit.</summary>
internal sealed record SetupWarmUpResult(int Batches, TimeSpan Took, bool Settled);
