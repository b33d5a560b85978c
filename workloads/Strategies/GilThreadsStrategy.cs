using System.Runtime.ExceptionServices;
using Concurrency.Workloads.Strategies.Gil;

namespace Concurrency.Workloads.Strategies;

/// <summary>
/// Python's <c>threading.Thread</c> with its GIL: W dedicated threads, each pulling the next task index, that
/// must hold one <see cref="GlobalInterpreterLock"/> to run. CPU work hands the lock over every switch interval,
/// so it does not scale; blocking I/O releases it, so I/O does. Tasks run in their synchronous form, as a Python
/// thread's do.
/// </summary>
public sealed class GilThreadsStrategy(int workers, TimeSpan? switchInterval = null) : Strategy(workers)
{
    private readonly GlobalInterpreterLock _gil = new(switchInterval);

    public override StrategyKind Kind => StrategyKind.GilThreads;

    /// <summary>The interval after which a waiting thread forces the holder to drop the lock.</summary>
    public TimeSpan SwitchInterval => _gil.SwitchInterval;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var dispenser = new TaskIndexDispenser(batch.Count);
        var partialSums = new long[Workers];
        ExceptionDispatchInfo? firstFailure = null;

        var threads = new Thread[Math.Min(Workers, Math.Max(batch.Count, 1))];
        for (int w = 0; w < threads.Length; w++)
        {
            int worker = w;
            threads[w] = new Thread(() =>
            {
                // A Python thread holds the GIL from its first bytecode to its last, except where it blocks.
                _gil.Acquire();
                try
                {
                    long sum = 0;
                    while (dispenser.TryTake(out int taskIndex))
                    {
                        sum += Execute(batch, taskIndex, cancellationToken);
                    }

                    partialSums[worker] = sum;
                }
                catch (Exception exception)
                {
                    dispenser.Stop();
                    Interlocked.CompareExchange(ref firstFailure, ExceptionDispatchInfo.Capture(exception), null);
                }
                finally
                {
                    _gil.Release();
                }
            })
            {
                IsBackground = true,
                Name = $"{nameof(GilThreadsStrategy)} worker {w}",
            };
        }

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        firstFailure?.Throw();
        return Task.FromResult(Checksums.Sum(partialSums));
    }
}
