using System.Runtime.ExceptionServices;

namespace Concurrency.Workloads.Strategies;

/// <summary>
/// W dedicated threads, started for the batch and joined at its end, each pulling the next task index:
/// Python's <c>threading.Thread</c>, without a GIL.
/// </summary>
public sealed class ThreadsStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.Threads;

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
                long sum = 0;
                try
                {
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
            })
            {
                IsBackground = true,
                Name = $"{nameof(ThreadsStrategy)} worker {w}",
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
