using Concurrency.Distributed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Concurrency.Distributed;

/// <summary>
/// An Orleans client in this process, connected to a local cluster's gateways or to the silos a Redis membership
/// table lists. Its calls fail after <paramref name="ResponseTimeout"/> without an answer, not Orleans' 30 s.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly IHost _host;

    private ClusterConnection(IHost host, string description)
    {
        _host = host;
        Description = description;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>"the local cluster local-…" or "the cluster in redis://host:port": how errors name it.</summary>
    public string Description { get; }

    public static Task<ClusterConnection> ConnectAsync(SiloCluster cluster, TimeSpan responseTimeout, CancellationToken cancellationToken) =>
        ConnectAsync(
            client => client.UseLocalhostClustering([.. cluster.GatewayPorts], cluster.ClusterId, cluster.ClusterId),
            $"the local cluster {cluster.ClusterId}",
            responseTimeout,
            cancellationToken);

    public static Task<ClusterConnection> ConnectAsync(RedisAddress redis, string clusterId, TimeSpan responseTimeout, CancellationToken cancellationToken) =>
        ConnectAsync(
            client => client
                .UseRedisClustering(options => options.ConfigurationOptions = redis.ToConfiguration())
                .Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (clusterId, clusterId)),
            $"the cluster '{clusterId}' in {redis}",
            responseTimeout,
            cancellationToken);

    /// <summary>The silos the cluster counts as active, once there are at least <paramref name="expected"/>.</summary>
    /// <exception cref="ClusterUnavailableException">Fewer joined within <paramref name="timeout"/>.</exception>
    public async Task<SiloAddress[]> ActiveSilosAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        SiloAddress[] active = [];
        try
        {
            while (true)
            {
                active = [.. (await management.GetHosts(onlyActive: true).WaitAsync(deadline.Token).ConfigureAwait(false)).Keys.Order()];
                if (active.Length >= expected)
                {
                    return active;
                }

                await Task.Delay(PollInterval, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterUnavailableException(
                $"{Description} has {active.Length} active silos after {timeout.TotalSeconds:0} s; {expected} expected.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await _host.StopAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A client whose silos are gone cannot say goodbye; it is disposed all the same.
        }

        _host.Dispose();
    }

    private static async Task<ClusterConnection> ConnectAsync(
        Action<IClientBuilder> clustering, string description, TimeSpan responseTimeout, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            clustering(client);
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = responseTimeout);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return new ClusterConnection(host, description);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"Cannot connect to {description}: {SiloConsole.Reasons(exception)}", exception);
        }
    }
}
