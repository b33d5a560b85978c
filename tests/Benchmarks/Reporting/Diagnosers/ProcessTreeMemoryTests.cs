using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Processes;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The sampled resident memory of this test process's tree while child processes (the suite's own worker) each hold a
/// known allocation, the two arrays of a MemAdd workload they build and keep, and once they have exited. Checks
/// what is counted, never how fast.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ProcessTreeMemoryTests
{
    private const int Children = 2;
    private const int Floats = 4 * 1024 * 1024;

    /// <summary>What each child holds at least: two arrays of <see cref="Floats"/> floats, every element written (32 MiB).</summary>
    private const long HeldBytes = 2L * Floats * sizeof(float);

    private long _baseline;
    private long _peak;
    private long _afterExit;

    [OneTimeSetUp]
    public async Task HoldMemoryInChildProcesses()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsWindows(), "only Linux and Windows find a process's descendants");
        int self = Environment.ProcessId;
        _baseline = ProcessTreeMemory.ResidentBytes(self);
        var children = new List<WorkerProcess>();
        try
        {
            using var sampler = PeakSampler.Start(self);
            for (int i = 0; i < Children; i++)
            {
                children.Add(WorkerProcess.Start(WorkerLocator.Find()));
            }

            await Task.WhenAll(children.Select(child => child.RunTasksAsync(new WorkloadSpec(WorkloadKind.MemAdd, Floats), 0, 1)));
            _peak = sampler.Stop();
        }
        finally
        {
            foreach (var child in children)
            {
                await child.DisposeAsync();
            }
        }

        _afterExit = ProcessTreeMemory.ResidentBytes(self);
    }

    [Test]
    public void PeakWhileChildrenHoldMemory_GrowsByAtLeastTheirAllocations() =>
        Assert.That(_peak - _baseline, Is.GreaterThanOrEqualTo(Children * HeldBytes), $"baseline {_baseline:N0} B, peak {_peak:N0} B");

    [Test]
    public void ChildrenExited_TreeIsBackWithinOneChildsAllocationOfItsBaseline() =>
        Assert.That(_afterExit - _baseline, Is.LessThan(HeldBytes), $"baseline {_baseline:N0} B, after exit {_afterExit:N0} B");
}
