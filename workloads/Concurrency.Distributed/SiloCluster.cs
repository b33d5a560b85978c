using System.Net;
using Concurrency.Distributed.Hosting;

namespace Concurrency.Distributed;

/// <summary>
/// S silos on this machine, each its own process, listening on 127.0.0.1 only, on ports picked free, with a cluster id
/// of their own so two clusters never merge. The first silo is the primary of Orleans' development clustering (it keeps
/// the membership table); it starts first, then the others join it together. Disposing stops them all.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private readonly SiloProcess[] _silos;

    private SiloCluster(string clusterId, SiloProcess[] silos)
    {
        ClusterId = clusterId;
        _silos = silos;
    }

    public string ClusterId { get; }

    public int Count => _silos.Length;

    /// <summary>The ports clients connect to, one per silo.</summary>
    public IReadOnlyList<int> GatewayPorts => [.. _silos.Select(silo => silo.Settings.GatewayPort)];

    /// <summary>The silo processes' ids, the primary first.</summary>
    public IReadOnlyList<int> ProcessIds => [.. _silos.Select(silo => silo.ProcessId)];

    /// <exception cref="SiloStartException">A silo did not start; none is left running.</exception>
    public static async Task<SiloCluster> StartAsync(int silos, SiloClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        options ??= SiloClusterOptions.Default;
        var ports = options.Ports ?? FreePorts.Take(2 * silos);
        if (ports.Count < 2 * silos)
        {
            throw new ArgumentException($"{silos} silos need {2 * silos} ports, not {ports.Count}.", nameof(options));
        }

        string executable = SiloLocator.Find();
        string clusterId = $"local-{Guid.NewGuid():N}";
        var timeout = options.StartTimeout ?? TimeSpan.FromMinutes(1);
        var started = new List<SiloProcess>(silos);
        try
        {
            SiloProcess Launch(int index)
            {
                var settings = new SiloSettings(clusterId, IPAddress.Loopback, ports[2 * index], ports[2 * index + 1], index == 0 ? null : ports[0]);
                string name = $"silo {index + 1} of {silos} (127.0.0.1:{settings.SiloPort}, gateway {settings.GatewayPort})";
                var silo = SiloProcess.Start(executable, settings, name, options.Environment);
                started.Add(silo);
                return silo;
            }

            await Launch(0).WaitReadyAsync(timeout, cancellationToken).ConfigureAwait(false);
            var joining = Enumerable.Range(1, silos - 1).Select(Launch).ToArray();
            await Task.WhenAll(joining.Select(silo => silo.WaitReadyAsync(timeout, cancellationToken))).ConfigureAwait(false);
            return new SiloCluster(clusterId, [.. started]);
        }
        catch
        {
            await Task.WhenAll(started.Select(silo => silo.DisposeAsync().AsTask())).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Completes when the silo process <paramref name="processId"/> has exited; null if it is none of this cluster's.</summary>
    public Task? WhenExited(int processId) => _silos.FirstOrDefault(silo => silo.ProcessId == processId)?.Exited;

    public async ValueTask DisposeAsync()
    {
        // Every silo is told at once: the whole cluster goes, so none waits for another to hand over its grains.
        await Task.WhenAll(_silos.Select(silo => silo.DisposeAsync().AsTask())).ConfigureAwait(false);
    }
}
