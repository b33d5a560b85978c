using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Concurrency.Workloads.Http;

/// <summary>
/// A Kestrel server on 127.0.0.1 and an ephemeral port that answers <c>GET /delay/{milliseconds}</c> after waiting
/// that long (without holding a thread) with the milliseconds as text: a remote API of known latency.
/// </summary>
internal sealed class LatencyServer : IAsyncDisposable
{
    private const string DelayPrefix = "/delay/";

    private readonly WebApplication _app;

    private LatencyServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The path that makes the server wait <paramref name="milliseconds"/> before answering.</summary>
    public static string DelayPath(int milliseconds) => FormattableString.Invariant($"delay/{milliseconds}");

    public static async Task<LatencyServer> StartAsync()
    {
        // The empty builder reads no configuration, environment or appsettings, so nothing outside can move the port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(AnswerAsync);
        await app.StartAsync().ConfigureAwait(false);
        return new LatencyServer(app, new Uri(app.Urls.Single() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith(DelayPrefix, StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan(DelayPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await Task.Delay(milliseconds, context.RequestAborted).ConfigureAwait(false);
        await context.Response.WriteAsync(milliseconds.ToString(CultureInfo.InvariantCulture), context.RequestAborted).ConfigureAwait(false);
    }
}
