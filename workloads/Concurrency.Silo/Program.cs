using Concurrency.Distributed.Grains;
using Concurrency.Distributed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concurrency.Silo;

/// <summary>
/// One silo of a local cluster, started by <c>SiloCluster</c> with <see cref="SiloSettings"/> as arguments. It says
/// <see cref="SiloConsole.Ready"/> once it has joined, and exits at once when its stdin closes (the parent is done with
/// it, or died): the whole cluster is going away, so a graceful hand-over of grains would be wasted. Stdin is watched
/// from the first moment, so a parent that dies while this silo is still joining leaves no silo behind either.
/// </summary>
internal static class Program
{
    // Exit, not return: Orleans' threads would keep a returning process alive.
    private static async Task Main(string[] args) => Environment.Exit(await RunAsync(args));

    private static async Task<int> RunAsync(string[] args)
    {
        var parentGone = Console.OpenStandardInput().CopyToAsync(Stream.Null);
        SiloSettings settings;
        try
        {
            settings = SiloSettings.Parse(args);
        }
        catch (FormatException bad)
        {
            await Console.Error.WriteLineAsync($"silo pid {Environment.ProcessId}: {bad.Message}");
            return SiloConsole.BadArgumentsExitCode;
        }

        var host = SiloHost.Build(settings);
        var starting = host.StartAsync();
        if (await Task.WhenAny(starting, parentGone) == parentGone)
        {
            // Joining can take seconds (or retry for long against a cluster that is going away): nobody waits for it now.
            return 0;
        }

        try
        {
            await starting;
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"{settings} could not start: {SiloConsole.Reasons(exception)}");
            return SiloConsole.StartFailedExitCode;
        }

        await Console.Out.WriteLineAsync($"{SiloConsole.Ready} {Environment.ProcessId}");
        await Console.Out.FlushAsync();
        await parentGone;
        await host.Services.GetRequiredService<SiloWorkloads>().DisposeAsync();
        return 0;
    }
}
