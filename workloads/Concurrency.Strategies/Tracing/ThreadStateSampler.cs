using System.Diagnostics;

namespace Concurrency.Strategies.Tracing;

/// <summary>
/// The "live" timeline: a thread that, every <see cref="Interval"/>, reads each running task's thread's CPU-time
/// clock (Linux) and records the fraction of the interval the thread spent on a core. That shows threads taking turns (one on a core while the others wait) as
/// well as overlap, without touching the workloads' loops. Only tasks run in this process are seen.
/// </summary>
public sealed class ThreadStateSampler : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(1);

    private readonly TimelineRecorder _recorder;
    private readonly List<TimelineSample> _samples = new(capacity: 64 * 1024);
    private readonly (int OsThreadId, long Timestamp, long CpuNanoseconds)[] _previous;
    private readonly Thread _thread;
    private volatile bool _stopping;

    public ThreadStateSampler(TimelineRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        if (!IsSupported)
        {
            throw new PlatformNotSupportedException("Live timelines read other threads' CPU-time clocks, which only Linux offers.");
        }

        _recorder = recorder;
        _previous = new (int, long, long)[recorder.TaskCount];
        _thread = new Thread(Sample) { IsBackground = true, Name = nameof(ThreadStateSampler) };
        _thread.Start();
    }

    /// <summary>True where another thread's CPU time can be read (Linux).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The samples taken; read after <see cref="Dispose"/>, which stops the sampling thread.</summary>
    public IReadOnlyList<TimelineSample> Samples => _thread.IsAlive ? throw new InvalidOperationException("Dispose the sampler before reading its samples.") : _samples;

    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stopping)
        {
            for (int task = 0; task < _previous.Length; task++)
            {
                SampleTask(task);
            }

            Thread.Sleep(Interval);
        }
    }

    private void SampleTask(int task)
    {
        int tid = _recorder.RunningOn(task);
        if (tid == 0 || OsThread.CpuTimeNanoseconds(tid) is not { } cpu)
        {
            _previous[task] = default;
            return;
        }

        long now = Stopwatch.GetTimestamp();
        var previous = _previous[task];
        if (previous.OsThreadId == tid)
        {
            double wallNanoseconds = Stopwatch.GetElapsedTime(previous.Timestamp, now).TotalNanoseconds;
            double onCpu = Math.Clamp((cpu - previous.CpuNanoseconds) / wallNanoseconds, 0, 1);
            _samples.Add(new TimelineSample(task, tid, previous.Timestamp, now, onCpu));
        }

        _previous[task] = (tid, now, cpu);
    }
}
