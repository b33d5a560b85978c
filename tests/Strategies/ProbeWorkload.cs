using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads.Interpreter;
using Concurrency.Workloads;

namespace Concurrency.Tests.Strategies;

/// <summary>
/// A workload that watches how a strategy drives it: how often each task ran, how many ran at once, and
/// optionally fails or triggers something when a chosen task starts. Task i returns i + 1. Its blocking waits
/// release the GIL, as a well-behaved I/O call does.
/// </summary>
internal sealed class ProbeWorkload(int taskCount, TimeSpan duration) : IWorkload
{
    private static readonly TimeSpan RendezvousTimeout = TimeSpan.FromSeconds(10);

    private readonly int[] _runs = new int[taskCount];
    private readonly TaskCompletionSource _rendezvous = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;
    private int _running;
    private int _maxRunning;

    /// <summary>
    /// The strategies that run the probe in this process, where it can watch them: those that start no processes, and
    /// Hybrid, whose async lanes run an I/O workload (the probe's spec says IoSleep) here. A child process would rebuild
    /// a plain IoSleep from the spec instead.
    /// </summary>
    public static IEnumerable<StrategyKind> InProcessStrategies =>
        Enum.GetValues<StrategyKind>().Where(kind => kind.Describe().Processes is StrategyProcesses.None || kind is StrategyKind.Hybrid);

    public int? FailAt { get; init; }

    public Action<int>? OnStart { get; init; }

    /// <summary>
    /// When set, each task waits (up to 10 s) until this many tasks have started, so "can they run side by side"
    /// is answered without depending on timing.
    /// </summary>
    public int? Rendezvous { get; init; }

    public WorkloadSpec Spec => new(WorkloadKind.IoSleep, (int)duration.TotalMilliseconds);


    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Started => _runs.Count(runs => runs > 0);

    public IReadOnlyList<int> Runs => _runs;

    public static long ExpectedChecksum(int taskCount) => (long)taskCount * (taskCount + 1) / 2;

    public long Run(int taskIndex)
    {
        Enter(taskIndex);
        try
        {
            using var released = InterpreterLock.AllowThreads();
            if (Rendezvous is not null)
            {
                _rendezvous.Task.Wait(RendezvousTimeout);
            }

            Thread.Sleep(duration);
            return taskIndex + 1;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public async ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken)
    {
        Enter(taskIndex);
        try
        {
            if (Rendezvous is not null)
            {
                await Task.WhenAny(_rendezvous.Task, Task.Delay(RendezvousTimeout, cancellationToken));
            }

            await Task.Delay(duration, cancellationToken);
            return taskIndex + 1;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private void Enter(int taskIndex)
    {
        Interlocked.Increment(ref _runs[taskIndex]);
        if (Interlocked.Increment(ref _entered) == Rendezvous)
        {
            _rendezvous.TrySetResult();
        }

        int running = Interlocked.Increment(ref _running);
        for (int max = Volatile.Read(ref _maxRunning); running > max; max = Volatile.Read(ref _maxRunning))
        {
            if (Interlocked.CompareExchange(ref _maxRunning, running, max) == max)
            {
                break;
            }
        }

        OnStart?.Invoke(taskIndex);
        if (taskIndex == FailAt)
        {
            Interlocked.Decrement(ref _running);
            throw new InvalidOperationException($"probe failure in task {taskIndex}");
        }
    }
}
