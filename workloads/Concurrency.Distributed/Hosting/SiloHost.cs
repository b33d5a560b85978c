using System.Net;
using Concurrency.Distributed.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Concurrency.Distributed.Hosting;

/// <summary>
/// Builds one silo: the silo executable (a local cluster's member) and the suite's <c>silo</c> command (a member for
/// other machines) share it. Orleans logs warnings and errors to stderr only: stdout is the silo executable's channel
/// to its parent.
/// </summary>
public static class SiloHost
{
    public static IHost Build(SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<SiloWorkloads>();
        builder.UseOrleans(silo =>
        {
            if (settings.Redis is { } redis)
            {
                silo.UseRedisClustering(options => options.ConfigurationOptions = redis.ToConfiguration());
                silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
                silo.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (settings.ClusterId, settings.ClusterId));
            }
            else
            {
                var primary = settings.PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primary, settings.ClusterId, settings.ClusterId);
            }

            silo.Configure<ClusterMembershipOptions>(ClusterTimeouts.Shorten);
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ClusterTimeouts.Response);
        });
        return builder.Build();
    }
}
