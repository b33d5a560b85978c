using BenchmarkDotNet.Attributes;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// A suite that runs a batch of tasks through a strategy per invocation. <see cref="SetupAsync"/> builds both, warms
/// the strategy's worker processes, then runs batches until this process's compiler is done with them and the thread
/// pool that runs the tasks has grown where the tasks can starve it (<see cref="SetupWarmUp"/>);
/// <see cref="CleanupAsync"/> disposes both. BenchmarkDotNet runs the [GlobalSetup] and [GlobalCleanup] of a base
/// class for every suite derived from it.
/// </summary>
public abstract class BatchSuite : IWarmsUpInSetup
{
    /// <summary>
    /// Tasks each persistent worker process runs before BenchmarkDotNet's stages begin. The runtime recompiles a
    /// method after 30 calls, twice with tiered PGO (instrumented, then optimized): a worker that has run fewer is
    /// still compiling in the background, and that CPU would fall into the measured iterations and the gaps between
    /// them. The pool's start-up belongs to the pool (the <see cref="PoolStartup"/> suite), not to its batches.
    /// </summary>
    internal const int WarmUpTasksPerWorker = 64;

    private Strategy? _runner;
    private TaskBatch? _batch;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var batch = _batch = CreateBatch();
        var runner = _runner = CreateStrategy();
        for (int run = WarmUpBatches(runner.Kind, runner.Processes, batch.Count); run > 0; run--)
        {
            await runner.RunAsync(batch);
        }

        if (SetupWarmUp.IsSkipped)
        {
            return;
        }

        var signals = WarmUpSignals(runner, batch);
        var result = await new SetupWarmUp(signals, TimeProvider.System).RunAsync(() => runner.RunAsync(batch));
        // BenchmarkDotNet writes the benchmark process's output into the case's log.
        Console.WriteLine(
            $"// Setup warm-up ({string.Join(", ", signals.Select(signal => signal.Name))}): {result.Batches} batches in {result.Took.TotalSeconds:F1} s, {(result.Settled ? "settled" : "stopped at its limit, unsettled")}");
    }

    /// <summary>
    /// What the warm-up waits for: this process's compiler, always (it compiles the strategy's side of every case), and
    /// the pool that runs the tasks, this process's or the silos', where the tasks can starve it.
    /// </summary>
    private static List<WarmUpSignal> WarmUpSignals(Strategy runner, TaskBatch batch)
    {
        List<WarmUpSignal> signals = [CompilerWarmUp.OfThisProcess()];
        var bound = WorkloadCatalog.BoundOf(batch.Workload.Spec.Kind);
        if (PoolWarmUp.IsNeeded(runner.Kind, bound, runner.Workers, PoolWarmUp.ThreadsAtHand()))
        {
            // The pools of a cluster it joined are out of sight: nothing to wait for.
            signals.AddRange((runner.Kind.Describe().Pool, runner.ChildProcessIds) switch
            {
                (StrategyPool.ChildProcesses, { Count: > 0 } children) => [PoolWarmUp.OfProcesses(children)],
                (StrategyPool.ChildProcesses, _) => [],
                _ => [PoolWarmUp.OfThisProcess()],
            });
        }

        return signals;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }

        // Some workloads own a server or a temporary folder.
        if (_batch?.Workload is IAsyncDisposable workload)
        {
            await workload.DisposeAsync();
        }
    }

    /// <summary>
    /// How many batches of <paramref name="tasks"/> <see cref="SetupAsync"/> runs first: enough for each of the
    /// <paramref name="processes"/> persistent child processes (a pool's workers, a cluster's silos) to run
    /// <see cref="WarmUpTasksPerWorker"/> tasks (the strategies deal them out about evenly). A process started per task
    /// is gone with its task: no warm-up can warm it.
    /// </summary>
    internal static int WarmUpBatches(StrategyKind strategy, int processes, int tasks) =>
        strategy.Describe().Processes is StrategyProcesses.Persistent && tasks > 0
            ? (WarmUpTasksPerWorker * processes + tasks - 1) / tasks
            : 0;

    protected abstract TaskBatch CreateBatch();

    protected abstract Strategy CreateStrategy();

    /// <summary>Runs the batch once and returns its checksum, which BenchmarkDotNet consumes.</summary>
    protected Task<long> RunBatchAsync() => _runner!.RunAsync(_batch!);
}
