namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// Something that keeps changing while the process is not yet in the state its iterations should measure: a running
/// figure that grows during the warm-up (threads a pool has added, time the compiler has spent) and counts as settled
/// once it has grown by at most <paramref name="Tolerance"/> over the last <paramref name="Window"/>.
/// </summary>
/// <param name="Name">What it watches, as the benchmark log shows it.</param>
/// <param name="Read">Its current value; <see cref="SetupWarmUp"/> keeps the highest seen, so a value that falls back does not count as quiet.</param>
/// <param name="Window">How long it must stay quiet.</param>
/// <param name="Tolerance">How much it may grow within the window and still count as quiet.</param>
internal sealed record WarmUpSignal(string Name, Func<long> Read, TimeSpan Window, long Tolerance);
