using System.Diagnostics;
using Orleans.Placement;

namespace Concurrency.Distributed.Grains;

/// <summary>
/// Runs tasks in the silo that hosts it, on the workload its silo keeps for the spec (<see cref="SiloWorkloads"/>).
/// Placement: random, which honours a placement hint, and the strategy hints each of its grains onto the silos in turn
/// when it activates them (grain k on silo k mod S), so W grains spread evenly over the cluster. A [StatelessWorker]
/// would activate wherever the client's gateway connection happens to land, which can leave a silo idle.
/// </summary>
[RandomPlacement]
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
