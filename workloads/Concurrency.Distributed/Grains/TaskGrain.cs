using System.Diagnostics;
using Orleans.Placement;

namespace Concurrency.Distributed.Grains;

/// <summary>
/// Runs tasks in the silo that hosts it, on the workload its silo keeps for the spec (<see cref="SiloWorkloads"/>).
/// Placement: in the silo whose gateway its first call enters, so the client's calls reach it without a forwarding
/// hop; the strategy picks keys until grain k lands in silo k mod S, so W grains spread evenly over the cluster
/// (OrleansStrategy.ActivateLanesAsync). A placement hint, which this placement honours, places a grain elsewhere.
/// </summary>
[PreferLocalPlacement]
internal sealed class TaskGrain(SiloWorkloads workloads, ILocalSiloDetails silo) : Grain, ITaskGrain
{
    private SiloIdentity Identity => new(Environment.ProcessId, silo.SiloAddress);

    public Task<SiloIdentity> PingAsync() => Task.FromResult(Identity);

    public async Task<TaskReply> RunAsync(TaskRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tasks = new List<TaskTiming>(request.Count);
        int taskIndex = request.FirstIndex;
        try
        {
            var workload = workloads.Get(request.Spec);
            for (; taskIndex < request.FirstIndex + request.Count; taskIndex++)
            {
                if (taskIndex == SiloFaults.FailingTask)
                {
                    throw new InvalidOperationException($"injected failure in task {taskIndex}");
                }

                int threadId = Environment.CurrentManagedThreadId;
                long start = Stopwatch.GetTimestamp();
                long checksum = await workload.RunAsync(taskIndex, CancellationToken.None);
                tasks.Add(new TaskTiming(taskIndex, threadId, checksum, start, Stopwatch.GetTimestamp()));
            }
        }
        catch (Exception exception)
        {
            return new TaskReply(Identity, [.. tasks], taskIndex, $"{exception.GetType().Name}: {exception.Message}");
        }

        return new TaskReply(Identity, [.. tasks]);
    }
}
