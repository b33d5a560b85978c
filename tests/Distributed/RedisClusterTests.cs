using System.Net;
using Concurrency.Distributed;
using Concurrency.Distributed.Hosting;
using Concurrency.Strategies;
using Concurrency.Strategies.Tracing;

using static Concurrency.Tests.Processes.TestWorkloads;

namespace Concurrency.Tests.Distributed;

/// <summary>
/// The multi-machine path on one machine: silo processes that find each other through a real Redis membership table,
/// and the strategy that finds them there, as <c>silo --clustering</c> and <c>run --cluster</c> do across machines.
/// </summary>
[Category(TestCategories.Slow)]
[NonParallelizable]
public sealed class RedisClusterTests
{
    private const string Password = "test-only-password";

    private RedisServer? _redis;

    [OneTimeSetUp]
    public void StartRedis() => _redis = RedisServer.Start(Password);

    [OneTimeTearDown]
    public void StopRedis() => _redis?.Dispose();

    private RedisServer Redis => _redis ?? throw new InvalidOperationException("redis-server did not start");

    [Test]
    public async Task TwoSilosJoinThroughRedis_ABatchRunsAcrossThem()
    {
        var ports = FreePorts.Take(4);
        await using var first = await StartSiloAsync(ports[0], ports[1]);
        await using var second = await StartSiloAsync(ports[2], ports[3]);
        await using var strategy = await OrleansStrategy.StartAsync(2, new OrleansOptions(Cluster: Redis.Address));
        var timeline = new TimelineRecorder(16);

        await strategy.RunAsync(new TaskBatch(TinyCpu, 16, timeline));

        Assert.That(SiloTimelines.ProcessesOf(timeline.Entries), Is.EquivalentTo(new[] { first.ProcessId, second.ProcessId }));
    }

    [Test]
    public async Task RedisDown_IsAnErrorNamingTheAddress()
    {
        var nobody = new RedisAddress("127.0.0.1", FreePorts.Take(1)[0], null);

        var failure = await Assert.ThrowsAsync<ClusterUnavailableException>(() => OrleansStrategy.StartAsync(1, new OrleansOptions(Cluster: nobody)));

        Assert.That(failure!.Message, Does.Contain($"127.0.0.1:{nobody.Port}"));
    }

    [Test]
    public async Task WrongPassword_IsAnError()
    {
        var intruder = Redis.Address with { Password = "wrong" };

        await Assert.ThrowsAsync<ClusterUnavailableException>(() => OrleansStrategy.StartAsync(1, new OrleansOptions(Cluster: intruder)));
    }

    private async Task<SiloProcess> StartSiloAsync(int siloPort, int gatewayPort)
    {
        var settings = new SiloSettings(SiloSettings.DefaultClusterId, IPAddress.Loopback, siloPort, gatewayPort, Redis: Redis.Address);
        var silo = SiloProcess.Start(SiloLocator.Find(), settings, $"redis silo {siloPort}", null);
        try
        {
            await silo.WaitReadyAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }
}
