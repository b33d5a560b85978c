namespace Concurrency.Distributed.Grains;

/// <summary>
/// A worker of the Orleans strategy: runs tasks of a workload it rebuilds from the spec it is sent, one call at a time
/// (a grain is single-threaded unless marked reentrant), so W grains run at most W tasks at once.
/// </summary>
public interface ITaskGrain : IGrainWithStringKey
{
    /// <summary>Activates the grain and says where it lives, so a batch never pays for an activation.</summary>
    Task<SiloIdentity> PingAsync();

    /// <summary>Runs tasks <see cref="TaskRunRequest.FirstIndex"/> … +<see cref="TaskRunRequest.Count"/>−1 in order.</summary>
    Task<TaskReply> RunAsync(TaskRunRequest request);
}
