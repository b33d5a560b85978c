using System.Collections.Concurrent;
using Concurrency.Distributed.Grains;
using Concurrency.Distributed.Hosting;
using Concurrency.Strategies;
using Concurrency.Strategies.Tracing;
using Orleans.Runtime.Placement;

namespace Concurrency.Distributed;

/// <summary>
/// A batch as grain calls on an Orleans cluster, submitted and gathered like Ray's <c>ray.get([f.remote(i) …])</c>: W
/// lanes, each a grain placed on silo k mod S, each keeping one call in flight and taking the next task (or run of
/// <see cref="OrleansOptions.TasksPerCall"/> tasks) when it returns, so at most W tasks run at once across the cluster.
/// The cluster is S local silo processes started here, or a running cluster found through Redis. Every grain is
/// activated before the first batch, so a batch never pays for an activation.
/// <para>
/// Faults: a task that throws fails the batch with its index. A silo that stops answering (its process exits, or a call
/// goes unanswered for the response timeout) is dropped and its lanes move to the survivors; its unfinished tasks run
/// again there, which is correct because a task is a pure function of its index. With no silo left, the batch fails
/// naming the tasks and the silo. Cancellation stops handing out tasks at once; calls in flight finish in their silos.
/// </para>
/// </summary>
public sealed class OrleansStrategy : Strategy
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(1);

    private readonly OrleansOptions _options;
    private readonly SiloCluster? _cluster;
    private readonly ClusterConnection _connection;
    private readonly SiloAddress[] _silos;
    private readonly OrleansLane[] _lanes;
    private readonly ConcurrentDictionary<SiloAddress, string> _lost = new();
    private readonly string _runId = Guid.NewGuid().ToString("N");
    private int _relocations;

    private OrleansStrategy(int workers, OrleansOptions options, SiloCluster? cluster, ClusterConnection connection, SiloAddress[] silos)
        : base(workers)
    {
        _options = options;
        _cluster = cluster;
        _connection = connection;
        _silos = silos;
        _lanes = new OrleansLane[workers];
    }

    public override StrategyKind Kind => StrategyKind.Orleans;

    /// <summary>How many silos the lanes were spread over.</summary>
    public int Silos => _silos.Length;

    /// <summary>The local silos' process ids (none for a cluster found through Redis).</summary>
    public IReadOnlyList<int> SiloProcessIds => _cluster?.ProcessIds ?? [];

    /// <summary>The silos the lanes' grains live in now, one entry per lane.</summary>
    public IReadOnlyList<SiloIdentity> LaneSilos => [.. _lanes.Select(lane => lane.Silo)];

    /// <summary>Starts the strategy with the options the environment sets (<see cref="OrleansOptions.FromEnvironment"/>).</summary>
    public static OrleansStrategy Start(int workers) => Start(workers, OrleansOptions.FromEnvironment());

    /// <summary>Starts (or joins) the cluster, activates W grains and returns once every one answered.</summary>
    public static OrleansStrategy Start(int workers, OrleansOptions options) => StartAsync(workers, options).GetAwaiter().GetResult();

    /// <inheritdoc cref="Start(int, OrleansOptions)"/>
    /// <exception cref="SiloStartException">A local silo did not start (a port taken, say); none is left running.</exception>
    /// <exception cref="ClusterUnavailableException">The cluster cannot be reached (Redis down) or has no silo.</exception>
    public static async Task<OrleansStrategy> StartAsync(int workers, OrleansOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var responseTimeout = options.ResponseTimeout ?? ClusterTimeouts.Response;
        SiloCluster? cluster = null;
        ClusterConnection? connection = null;
        try
        {
            SiloAddress[] silos;
            if (options.Cluster is { } redis)
            {
                connection = await ClusterConnection.ConnectAsync(redis, SiloSettings.DefaultClusterId, responseTimeout, cancellationToken).ConfigureAwait(false);
                silos = await connection.ActiveSilosAsync(1, JoinTimeout, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                cluster = await SiloCluster.StartAsync(options.SiloCount, options.SiloOptions, cancellationToken).ConfigureAwait(false);
                connection = await ClusterConnection.ConnectAsync(cluster, responseTimeout, cancellationToken).ConfigureAwait(false);
                silos = await connection.ActiveSilosAsync(cluster.Count, JoinTimeout, cancellationToken).ConfigureAwait(false);
            }

            var strategy = new OrleansStrategy(workers, options, cluster, connection, silos);
            await strategy.ActivateLanesAsync().ConfigureAwait(false);
            return strategy;
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            if (cluster is not null)
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var dispenser = new TaskChunkDispenser(batch.Count, _options.TasksPerCall);
        var retries = new ConcurrentQueue<(int First, int Count)>();
        var feeders = new Task<long>[Workers];
        for (int lane = 0; lane < Workers; lane++)
        {
            feeders[lane] = FeedAsync(lane, batch, dispenser, retries, cancellationToken);
        }

        long[] sums = await Task.WhenAll(feeders).ConfigureAwait(false);
        return Checksums.Sum(sums);
    }

    private async Task<long> FeedAsync(
        int laneIndex, TaskBatch batch, TaskChunkDispenser dispenser, ConcurrentQueue<(int First, int Count)> retries, CancellationToken cancellationToken)
    {
        long sum = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested && (retries.TryDequeue(out var run) || dispenser.TryTake(out run.First, out run.Count)))
            {
                var lane = _lanes[laneIndex];
                TaskReply reply;
                try
                {
                    reply = await CallAsync(lane, TaskRunRequest.For(batch.Workload.Spec, run.First, run.Count), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception lost) when (lost is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The tasks are pure functions of their index: whatever part of them ran on the lost silo runs again.
                    retries.Enqueue(run);
                    _lost.TryAdd(lane.Silo.Address, $"{lane.Silo} stopped answering: {SiloConsole.Reasons(lost)}");
                    await RelocateAsync(laneIndex, run, lost).ConfigureAwait(false);
                    continue;
                }

                sum = unchecked(sum + Collect(reply, batch));
            }

            cancellationToken.ThrowIfCancellationRequested();
            return sum;
        }
        catch
        {
            dispenser.Stop();
            throw;
        }
    }

    /// <summary>Calls the lane's grain; a local silo whose process exits fails the call at once rather than at the timeout.</summary>
    private async Task<TaskReply> CallAsync(OrleansLane lane, TaskRunRequest request, CancellationToken cancellationToken)
    {
        var call = lane.Grain.RunAsync(request);
        if (_cluster?.WhenExited(lane.Silo.ProcessId) is not { } exited)
        {
            return await call.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var first = await Task.WhenAny(call, exited).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (first == call)
        {
            return await call.ConfigureAwait(false);
        }

        // Nobody awaits the abandoned call: observe its failure so it is not reported as unobserved.
        _ = call.ContinueWith(static abandoned => abandoned.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        throw new SiloLostException($"{lane.Silo} exited while it ran tasks {request.FirstIndex}–{request.FirstIndex + request.Count - 1}");
    }

    /// <summary>Adds the reply's tasks to the timeline and returns their checksum, or fails with the task that threw.</summary>
    private static long Collect(TaskReply reply, TaskBatch batch)
    {
        long sum = 0;
        foreach (var task in reply.Tasks)
        {
            sum = unchecked(sum + task.Checksum);
            batch.Timeline?.Record(new TimelineEntry(task.TaskIndex, reply.Silo.ProcessId, task.ThreadId, task.StartTimestamp, task.EndTimestamp));
        }

        return reply.Failure is null
            ? sum
            : throw new TaskFailedException(reply.FailedIndex, new SiloTaskException($"{reply.Silo}: {reply.Failure}"));
    }

    private async Task ActivateLanesAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async lane =>
            _lanes[lane] = await ActivateAsync(lane, $"{_runId}/{lane}", _silos[lane % _silos.Length]).ConfigureAwait(false))).ConfigureAwait(false);
    }

    /// <summary>Activates a fresh grain on <paramref name="silo"/>: the placement hint is read only when a grain is placed.</summary>
    private async Task<OrleansLane> ActivateAsync(int lane, string key, SiloAddress silo)
    {
        var grain = _connection.Client.GetGrain<ITaskGrain>(key);
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            return new OrleansLane(lane, grain, await grain.PingAsync().ConfigureAwait(false));
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    /// <summary>Moves a lane whose silo was lost to a fresh grain on a silo still standing, or fails the batch if none is.</summary>
    private async Task RelocateAsync(int laneIndex, (int First, int Count) run, Exception reason)
    {
        while (true)
        {
            var standing = _silos.Where(silo => !_lost.ContainsKey(silo)).ToArray();
            if (standing.Length == 0)
            {
                string tasks = run.Count == 1 ? $"task {run.First}" : $"tasks {run.First}–{run.First + run.Count - 1}";
                throw new TaskFailedException(run.First, new SiloLostException(
                    $"{tasks} could not run: every silo of {_connection.Description} was lost ({string.Join("; ", _lost.Values)})", reason));
            }

            int relocation = Interlocked.Increment(ref _relocations);
            var silo = standing[(laneIndex + relocation) % standing.Length];
            try
            {
                _lanes[laneIndex] = await ActivateAsync(laneIndex, $"{_runId}/{laneIndex}/{relocation}", silo).ConfigureAwait(false);
                return;
            }
            catch (Exception unreachable) when (unreachable is not OperationCanceledException)
            {
                _lost.TryAdd(silo, $"silo {silo.Endpoint} did not answer: {SiloConsole.Reasons(unreachable)}");
            }
        }
    }
}
