using System.CommandLine;
using System.Net;
using Concurrency.Distributed.Hosting;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>silo</c>: hosts one Orleans silo for a suite on another machine (<c>run --cluster</c>). Silos and the suite find
/// each other through a Redis membership table. The silo listens on the one address it is given, on the silo and
/// gateway ports, and runs whatever workload spec a client sends: those ports must stay inside the cluster's machines.
/// Ctrl-C stops it.
/// </summary>
internal static class SiloCommand
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private static readonly Option<RedisAddress> ClusteringOption = new("--clustering")
    {
        Description = "The Redis that holds the cluster's membership table: redis://[:PASSWORD@]HOST:PORT.",
        Required = true,
        CustomParser = result => ValueParsers.Redis(result)!,
    };

    private static readonly Option<IPAddress> AddressOption = new("--address")
    {
        Description = "The one IP address the silo listens on and gives the cluster (default 127.0.0.1: this machine only).",
        DefaultValueFactory = _ => IPAddress.Loopback,
        CustomParser = result => ValueParsers.IpAddress(result)!,
    };

    private static readonly Option<int> SiloPortOption = new("--silo-port")
    {
        Description = "The port for silo-to-silo traffic (default 11111).",
        DefaultValueFactory = _ => 11_111,
        CustomParser = ValueParsers.Port,
    };

    private static readonly Option<int> GatewayPortOption = new("--gateway-port")
    {
        Description = "The port the suite's client connects to (default 30000).",
        DefaultValueFactory = _ => 30_000,
        CustomParser = ValueParsers.Port,
    };

    public static Command Create()
    {
        var command = new Command("silo", "Hosts one Orleans silo that joins the cluster in Redis, for 'run --cluster' on another machine; Ctrl-C stops it.");
        command.Options.Add(ClusteringOption);
        command.Options.Add(AddressOption);
        command.Options.Add(SiloPortOption);
        command.Options.Add(GatewayPortOption);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = new SiloSettings(
            SiloSettings.DefaultClusterId,
            parseResult.GetRequiredValue(AddressOption),
            parseResult.GetRequiredValue(SiloPortOption),
            parseResult.GetRequiredValue(GatewayPortOption),
            Redis: parseResult.GetRequiredValue(ClusteringOption));
        using var host = SiloHost.Build(settings);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: {settings} could not start: {SiloConsole.Reasons(exception)}");
            return ExitCodes.Failure;
        }

        Console.WriteLine($"{settings} joined cluster '{settings.ClusterId}'; Ctrl-C stops it.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: leave the cluster in good order.
        }

        // Leaving takes a membership update; with Redis gone it could wait forever, so it gets a bound.
        using var leaving = new CancellationTokenSource(StopTimeout);
        await host.StopAsync(leaving.Token);
        return ExitCodes.Success;
    }
}
