namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// Runs batches before BenchmarkDotNet's stages begin, until every <see cref="WarmUpSignal"/> has settled: the compiler
/// has stopped recompiling the case's code (<see cref="CompilerWarmUp"/>) and the thread pool has stopped adding threads
/// (<see cref="PoolWarmUp"/>). BenchmarkDotNet's own warm-up runs a fixed number of iterations, whatever is still
/// changing; this one waits for what the case's figures depend on, and for no longer than that.
/// </summary>
internal sealed class SetupWarmUp(IReadOnlyList<WarmUpSignal> signals, TimeProvider clock)
{
    /// <summary>
    /// Set to 1 by the suite's command line for a run without the warm-up (<see cref="Configuration.SuiteOptions.SetupWarmUp"/>);
    /// the benchmark processes inherit it, and under <c>--inProcess</c> the cases read it in the same process.
    /// </summary>
    public const string SkipVariable = "CONCURRENCY_SKIP_SETUP_WARMUP";

    public static bool IsSkipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>The most one case spends here, whatever its signals do.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="runBatch"/> until every signal is quiet over its window, or for <see cref="Limit"/>.</summary>
    public async Task<SetupWarmUpResult> RunAsync(Func<Task> runBatch)
    {
        long start = clock.GetTimestamp();
        var histories = signals.Select(signal => new List<(long At, long Value)> { (start, signal.Read()) }).ToArray();
        int batches = 0;
        while (!AllQuiet() && clock.GetElapsedTime(start) < Limit)
        {
            await runBatch();
            batches++;
            long now = clock.GetTimestamp();
            for (int i = 0; i < signals.Count; i++)
            {
                histories[i].Add((now, Math.Max(histories[i][^1].Value, signals[i].Read())));
            }
        }

        return new SetupWarmUpResult(batches, clock.GetElapsedTime(start), AllQuiet());

        bool AllQuiet() => Enumerable.Range(0, signals.Count).All(i => IsQuiet(signals[i], histories[i]));
    }

    /// <summary>Whether the signal grew by at most its tolerance since its last reading a whole window before the latest.</summary>
    private bool IsQuiet(WarmUpSignal signal, List<(long At, long Value)> history)
    {
        var (lastAt, lastValue) = history[^1];
        for (int i = history.Count - 1; i >= 0; i--)
        {
            if (clock.GetElapsedTime(history[i].At, lastAt) >= signal.Window)
            {
                return lastValue - history[i].Value <= signal.Tolerance;
            }
        }

        return false;
    }
}
