using Concurrency.Strategies.InProcess;

namespace Concurrency.Strategies.Gil;

/// <summary>
/// Python's <c>threading.Thread</c> with its GIL: W dedicated threads, each pulling the next task index, that
/// must hold one <see cref="GlobalInterpreterLock"/> to run. CPU work hands the lock over every switch interval,
/// so it does not scale; blocking I/O releases it, so I/O does. Tasks run in their synchronous form, as a Python
/// thread's do. The switch interval defaults to CPython's; the clock, to the system's.
/// </summary>
public sealed class GilThreadsStrategy(int workers, TimeSpan? switchInterval = null, TimeProvider? timeProvider = null) : Strategy(workers)
{
    private readonly GlobalInterpreterLock _gil = new(switchInterval, timeProvider);

    public override StrategyKind Kind => StrategyKind.GilThreads;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken) =>
        Task.FromResult(DedicatedThreads.Run(
            Workers,
            batch.Count,
            nameof(GilThreadsStrategy),
            taskIndex => Execute(batch, taskIndex, cancellationToken),
            // A Python thread holds the GIL from its first bytecode to its last, except where it blocks.
            enter: _gil.Acquire,
            exit: _gil.Release));
}
