using System.Diagnostics;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The largest value of a reading (a process tree's resident bytes) taken every <see cref="Interval"/> on a thread of
/// its own, from <see cref="Start(Func{long}, TimeSpan)"/> until <see cref="Stop"/>, which takes one last reading itself.
/// A dedicated thread, not a timer: strategies that block the thread pool (ThreadPool with IoSleep) would delay a
/// timer's callbacks in process and leave the peak unsampled exactly when the pool is busiest.
/// </summary>
internal sealed class PeakSampler : IDisposable
{
    /// <summary>
    /// Ten readings a second: a 500 ms iteration gets five. The GC keeps the memory it grew into, and pool workers
    /// live through the whole run, so a peak lasts far longer than 100 ms; a shorter interval would walk the process
    /// table more often, on cores the benchmark needs.
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A reading that takes longer than 1/20 of the interval stretches it to 20 times its cost: sampling never takes
    /// more than 5 % of a core, even where walking the tree is slow (WMI on Windows).
    /// </summary>
    private const int CostShare = 20;

    private readonly Func<long> _read;
    private readonly TimeSpan _interval;
    private readonly ManualResetEventSlim _stopping = new();
    private readonly Thread _thread;
    private long _peak = long.MinValue;
    private Exception? _failure;

    private PeakSampler(Func<long> read, TimeSpan interval)
    {
        _read = read;
        _interval = interval;
        _thread = new Thread(Run) { IsBackground = true, Name = "Peak RSS sampler" };
    }

    /// <summary>Samples the resident memory of <paramref name="rootProcessId"/> and all its descendants.</summary>
    public static PeakSampler Start(int rootProcessId) => Start(() => ProcessTreeMemory.ResidentBytes(rootProcessId), Interval);

    public static PeakSampler Start(Func<long> read, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var sampler = new PeakSampler(read, interval);
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling and returns the largest reading; throws if a reading failed (the root exited, say).</summary>
    public long Stop()
    {
        Dispose();
        if (_failure is not null)
        {
            throw new InvalidOperationException($"Sampling the peak stopped early: {_failure.Message}", _failure);
        }

        Sample();
        return _peak;
    }

    /// <summary>Stops sampling; again is harmless. The event is never disposed: nothing ever asks for its wait handle.</summary>
    public void Dispose()
    {
        _stopping.Set();
        _thread.Join();
    }

    private void Run()
    {
        try
        {
            TimeSpan wait;
            do
            {
                long started = Stopwatch.GetTimestamp();
                Sample();
                var cost = Stopwatch.GetElapsedTime(started) * CostShare;
                wait = cost > _interval ? cost : _interval;
            }
            while (!_stopping.Wait(wait));
        }
        catch (Exception exception)
        {
            // Thrown on this thread it would end the host process: Stop reports it instead.
            _failure = exception;
        }
    }

    private void Sample() => _peak = Math.Max(_peak, _read());
}
