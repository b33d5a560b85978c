using System.Diagnostics;
using System.Globalization;

namespace Concurrency.Workloads.Tracing;

/// <summary>
/// The "live" timeline: a thread that, every <see cref="Interval"/>, reads from Linux's
/// <c>/proc/self/task/&lt;tid&gt;/schedstat</c> how long each running task's thread has been on a core, and records
/// the fraction of the interval it got. That shows threads taking turns (one on a core while the others wait) as
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
            throw new PlatformNotSupportedException("Live timelines read /proc/self/task/<tid>/schedstat, which only Linux has.");
        }

        _recorder = recorder;
        _previous = new (int, long, long)[recorder.TaskCount];
        _thread = new Thread(Sample) { IsBackground = true, Name = nameof(ThreadStateSampler) };
        _thread.Start();
    }

    /// <summary>True where the operating system reports per-thread CPU time (Linux with scheduler statistics).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() && File.Exists($"/proc/self/task/{Environment.ProcessId}/schedstat");

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
        if (tid == 0 || ReadCpuNanoseconds(tid) is not { } cpu)
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

    /// <summary>The thread's total time on a core (first field of schedstat), or null if it has just exited.</summary>
    private static long? ReadCpuNanoseconds(int tid)
    {
        try
        {
            string text = File.ReadAllText($"/proc/self/task/{tid}/schedstat");
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            return long.Parse(space < 0 ? text : text[..space], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null;
        }
    }
}
