using Concurrency.Workloads.Interpreter;
using Concurrency.Workloads;

namespace Concurrency.Tests.Strategies;

/// <summary>
/// CPU work in slices with a GIL checkpoint between them, as the CPU workloads run; counts how many threads are
/// inside a slice at once and which threads ran it. Each task returns <see cref="Slices"/>.
/// </summary>
internal sealed class SliceCountingWorkload : IWorkload
{
    public const int Slices = 200;

    private readonly HashSet<int> _threads = [];
    private int _inside;
    private int _maxInside;

    public WorkloadSpec Spec => new(WorkloadKind.CpuCountdown, Slices);

    public int MaxInside => Volatile.Read(ref _maxInside);

    public int Threads
    {
        get
        {
            lock (_threads)
            {
                return _threads.Count;
            }
        }
    }

    public long Run(int taskIndex)
    {
        lock (_threads)
        {
            _threads.Add(Environment.CurrentManagedThreadId);
        }

        for (int slice = 0; slice < Slices; slice++)
        {
            int now = Interlocked.Increment(ref _inside);
            for (int max = Volatile.Read(ref _maxInside); now > max; max = Volatile.Read(ref _maxInside))
            {
                if (Interlocked.CompareExchange(ref _maxInside, now, max) == max)
                {
                    break;
                }
            }

            Thread.SpinWait(500);
            Interlocked.Decrement(ref _inside);
            InterpreterLock.Checkpoint();
        }

        return Slices;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
