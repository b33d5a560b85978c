using System.Runtime.ExceptionServices;

namespace Concurrency.Strategies.InProcess;

/// <summary>
/// W dedicated threads, started for a batch and joined at its end, each pulling the next task index. The first
/// failure stops the hand-out and is rethrown once every thread has finished. Shared by the strategies that differ
/// only in what a thread holds while it runs (nothing, or an emulated GIL).
/// </summary>
internal static class DedicatedThreads
{
    /// <summary>
    /// Runs tasks 0 … <paramref name="taskCount"/>−1 through <paramref name="runTask"/> and returns the sum of their
    /// checksums; each thread calls <paramref name="enter"/> before its first task and <paramref name="exit"/> after
    /// its last, whatever happens.
    /// </summary>
    public static long Run(int workers, int taskCount, string name, Func<int, long> runTask, Action? enter = null, Action? exit = null)
    {
        var dispenser = new TaskIndexDispenser(taskCount);
        var partialSums = new long[workers];
        ExceptionDispatchInfo? firstFailure = null;

        var threads = new Thread[Math.Min(workers, Math.Max(taskCount, 1))];
        for (int w = 0; w < threads.Length; w++)
        {
            int worker = w;
            threads[w] = new Thread(() =>
            {
                enter?.Invoke();
                try
                {
                    partialSums[worker] = dispenser.RunUntilEmpty(runTask);
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref firstFailure, ExceptionDispatchInfo.Capture(exception), null);
                }
                finally
                {
                    exit?.Invoke();
                }
            })
            {
                IsBackground = true,
                Name = $"{name} worker {w}",
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
        return Checksums.Sum(partialSums);
    }
}
