using Concurrency.Distributed.Grains;
using Concurrency.Distributed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concurrency.Silo;

/// <summary>
/// One silo of a local cluster, started by <c>SiloCluster</c> with <see cref="SiloSettings"/> as arguments. It says
/// <see cref="SiloConsole.Ready"/> once it has joined, then reads stdin until it closes (the parent is done with it,
/// or died) and exits at once: the whole cluster is going away, so a graceful hand-over of grains would be wasted.
/// </summary>
internal static class Program
{
    // Exit, not return: Orleans' threads would keep a returning process alive.
    private static async Task Main(string[] args) => Environment.Exit(await RunAsync(args));

    private static async Task<int> RunAsync(string[] args)
    {
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
        try
        {
            await host.StartAsync();
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"{settings} could not start: {SiloConsole.Reasons(exception)}");
            return SiloConsole.StartFailedExitCode;
        }

        await Console.Out.WriteLineAsync($"{SiloConsole.Ready} {Environment.ProcessId}");
        await Console.Out.FlushAsync();
        await Console.OpenStandardInput().CopyToAsync(Stream.Null);
        await host.Services.GetRequiredService<SiloWorkloads>().DisposeAsync();
        return 0;
    }
}
