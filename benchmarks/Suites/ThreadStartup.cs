using BenchmarkDotNet.Attributes;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// What starting and finishing one in-process unit of work costs: a dedicated <see cref="System.Threading.Thread"/>
/// started and joined, against a work item on the warm thread pool. <see cref="ProcessStartup"/> is the same for a
/// worker process; the two are separate classes because they differ by a thousand times.
/// </summary>
[BenchmarkCategory(Categories.Startup)]
public class ThreadStartup
{
    private long _seed;

    [Benchmark(Baseline = true)]
    public long Thread()
    {
        long result = 0;
        var thread = new Thread(() => result = Interlocked.Increment(ref _seed));
        thread.Start();
        thread.Join();
        return result;
    }

    [Benchmark]
    public long PoolWorkItem()
    {
        using var done = new ManualResetEventSlim();
        long result = 0;
        ThreadPool.UnsafeQueueUserWorkItem(
            _ =>
            {
                result = Interlocked.Increment(ref _seed);
                done.Set();
            },
            null);
        done.Wait();
        return result;
    }
}
