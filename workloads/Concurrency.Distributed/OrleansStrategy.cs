using System.Collections.Concurrent;
using System.Diagnostics;
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
/// Faults: a task that throws fails the batch with its index. A failed call (its silo's process exited, the call was
/// lost with a gateway, or went unanswered for the response timeout) puts its tasks back, and its lane moves to a fresh
/// grain on a silo still standing, or tries again if its own silo still stands; running a task again is correct
/// because a task is a pure function of its index. A lane that keeps failing for 8 s, or finds no silo standing, fails
/// the batch naming the tasks and the silo. Cancellation stops handing out tasks at once; calls in flight finish in
/// their silos.
/// </para>
/// </summary>
public sealed class OrleansStrategy : Strategy
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromMinutes(1);

    /// <summary>How long a lane may keep failing before the batch fails: within the 10 s a batch that loses a silo may take.</summary>
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(8);

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MembershipReadTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Rounds of fresh keys a lane tries per silo: the client hands new grains to the gateways in turn.</summary>
    private const int GatewayAttempts = 4;

    private readonly OrleansOptions _options;
    private readonly SiloCluster? _cluster;
    private readonly ClusterConnection _connection;
    private readonly SiloAddress[] _silos;
    private readonly OrleansLane[] _lanes;
    private readonly ConcurrentDictionary<SiloAddress, int> _processes = new();
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

    /// <summary>The silos the lanes were spread over, each running several lanes' tasks.</summary>
    public override int Processes => _silos.Length;

    /// <summary>The local silos' process ids (none for a cluster found through Redis).</summary>
    public override IReadOnlyList<int> ChildProcessIds => _cluster?.ProcessIds ?? [];

    /// <summary>The silos the lanes' grains live in now, one entry per lane.</summary>
    public IReadOnlyList<SiloIdentity> LaneSilos => [.. _lanes.Select(lane => lane.Silo)];

    /// <summary>How many lanes' grains live in the silo whose gateway their calls enter by (<see cref="ActivateLanesAsync"/>).</summary>
    public int LanesAtTheirGateway => _lanes.Count(lane => lane.AtItsGateway);

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
        long? failingSince = null;
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
                catch (Exception failed) when (failed is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The tasks are pure functions of their index: whatever part of them ran before the failure runs again.
                    retries.Enqueue(run);
                    failingSince ??= Stopwatch.GetTimestamp();
                    await RecoverAsync(laneIndex, run, failed, failingSince.Value, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                failingSince = null;
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

    /// <summary>
    /// After a failed call: a lane whose silo still stands (the call was lost on the way, through a gateway that died)
    /// tries again; a lane whose silo is gone moves to a fresh grain on a silo still standing. A new grain may not be
    /// placeable until the cluster has declared the dead silo dead (its directory partition is there), so activation
    /// is retried. A lane that has failed for <see cref="RecoveryBudget"/> fails the batch, naming the tasks and the silo.
    /// </summary>
    private async Task RecoverAsync(int laneIndex, (int First, int Count) run, Exception failure, long failingSince, CancellationToken cancellationToken)
    {
        var lane = _lanes[laneIndex];
        Exception latest = failure;
        while (true)
        {
            var standing = await StandingSilosAsync().ConfigureAwait(false);
            if (Stopwatch.GetElapsedTime(failingSince) > RecoveryBudget || standing.Length == 0)
            {
                string tasks = run.Count == 1 ? $"task {run.First}" : $"tasks {run.First}–{run.First + run.Count - 1}";
                string survivors = standing.Length == 0 ? "no silo of the cluster is left" : $"no silo took them over within {RecoveryBudget.TotalSeconds:0} s";
                throw new TaskFailedException(run.First, new SiloLostException(
                    $"{tasks} could not run: {lane.Silo} in {_connection.Description} failed ({SiloConsole.Reasons(failure)}) and {survivors}; last error: {SiloConsole.Reasons(latest)}",
                    failure));
            }

            await Task.Delay(RetryPause, cancellationToken).ConfigureAwait(false);
            if (standing.Contains(lane.Silo.Address))
            {
                return;
            }

            var silo = standing[(laneIndex + Interlocked.Increment(ref _relocations)) % standing.Length];
            try
            {
                _lanes[laneIndex] = await ActivateAsync(laneIndex, $"{_runId}/{laneIndex}/moved/{_relocations}", silo).ConfigureAwait(false);
                return;
            }
            catch (Exception unplaced) when (unplaced is not OperationCanceledException)
            {
                latest = unplaced;
            }
        }
    }

    /// <summary>
    /// The silos that still stand: active in the cluster's membership, and, for a local cluster, with their process alive
    /// (which the membership learns only seconds later). If the membership cannot be read now, the process check alone.
    /// </summary>
    private async Task<SiloAddress[]> StandingSilosAsync()
    {
        IEnumerable<SiloAddress> active = _silos;
        try
        {
            var hosts = await _connection.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(MembershipReadTimeout).ConfigureAwait(false);
            active = _silos.Where(hosts.ContainsKey);
        }
        catch (Exception)
        {
            // Read through a gateway that just died, say: the next attempt reads it again.
        }

        return [.. active.Where(silo => !(_processes.TryGetValue(silo, out int pid) && _cluster?.WhenExited(pid) is { IsCompleted: true }))];
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

    /// <summary>
    /// Activates lane k's grain on silo k mod S, where the client's calls to it enter the cluster. A client sends all
    /// calls to a grain through one gateway, picked round robin when it first calls that grain; a gateway in another
    /// silo forwards every call and reply, through a silo whose cores are busy with its own lanes' tasks. Launches whose
    /// grains landed that way ran CPU work at 2 workers at 1.39–1.52 cores against 1.85–1.88, with the same CPU per
    /// batch.
    /// A grain is placed in the silo its first call enters (<see cref="Grains.TaskGrain"/>), so fresh keys are tried
    /// until one lands in the lane's silo; should none within <see cref="GatewayAttempts"/> rounds, a placement hint
    /// puts it there all the same, reached through another gateway. The grains whose keys landed elsewhere stay idle
    /// until Orleans collects them; none of them is ever sent a task.
    /// </summary>
    private async Task ActivateLanesAsync()
    {
        for (int lane = 0; lane < Workers; lane++)
        {
            var silo = _silos[lane % _silos.Length];
            _lanes[lane] = await ActivateAtItsGatewayAsync(lane, silo).ConfigureAwait(false)
                ?? await ActivateAsync(lane, $"{_runId}/{lane}/hinted", silo).ConfigureAwait(false);
        }
    }

    private async Task<OrleansLane?> ActivateAtItsGatewayAsync(int lane, SiloAddress silo)
    {
        for (int attempt = 0; attempt < GatewayAttempts * _silos.Length; attempt++)
        {
            var grain = _connection.Client.GetGrain<ITaskGrain>($"{_runId}/{lane}/{attempt}");
            var identity = await grain.PingAsync().ConfigureAwait(false);
            if (identity.Address.Equals(silo))
            {
                _processes[identity.Address] = identity.ProcessId;
                return new OrleansLane(lane, grain, identity, AtItsGateway: true);
            }
        }

        return null;
    }

    /// <summary>Activates a fresh grain on <paramref name="silo"/>: the placement hint is read only when a grain is placed.</summary>
    private async Task<OrleansLane> ActivateAsync(int lane, string key, SiloAddress silo)
    {
        var grain = _connection.Client.GetGrain<ITaskGrain>(key);
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            var identity = await grain.PingAsync().ConfigureAwait(false);
            _processes[identity.Address] = identity.ProcessId;
            return new OrleansLane(lane, grain, identity, AtItsGateway: false);
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }
}
