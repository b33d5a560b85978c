using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using StackExchange.Redis;

namespace Concurrency.Distributed.Hosting;

/// <summary>
/// Where the cluster's membership table lives: <c>redis://[:PASSWORD@]HOST:PORT</c>. The password is kept out of
/// <see cref="ToString"/>, so an address can be printed and logged.
/// </summary>
/// <param name="Host">The Redis server's host name or IP address.</param>
/// <param name="Port">Its TCP port.</param>
/// <param name="Password">Its password (Redis <c>requirepass</c>), or null.</param>
public sealed record RedisAddress(string Host, int Port, string? Password)
{
    private const string Scheme = "redis://";

    /// <summary>Reads an address; false with the reason when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out RedisAddress? address, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = null;
        if (!text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{Redacted(text)}' is not a Redis address; write redis://[:PASSWORD@]HOST:PORT";
            return false;
        }

        string rest = text[Scheme.Length..];
        string? password = null;
        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            string credentials = rest[..at];
            if (!credentials.StartsWith(':') || credentials.Length == 1)
            {
                error = "the password goes after a colon and before '@': redis://:PASSWORD@HOST:PORT";
                return false;
            }

            password = Uri.UnescapeDataString(credentials[1..]);
            rest = rest[(at + 1)..];
        }

        int colon = rest.LastIndexOf(':');
        if (colon < 0 || rest.EndsWith(']'))
        {
            error = $"'{Redacted(text)}' has no port; write redis://[:PASSWORD@]HOST:PORT";
            return false;
        }

        string host = rest[..colon].Trim('[', ']');
        if (host.Length == 0 || host.Contains('/'))
        {
            error = $"'{Redacted(text)}' names no host; write redis://[:PASSWORD@]HOST:PORT";
            return false;
        }

        if (!int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65_535)
        {
            error = $"'{Redacted(text)}' has no port between 1 and 65535; write redis://[:PASSWORD@]HOST:PORT";
            return false;
        }

        address = new RedisAddress(host, port, password);
        error = null;
        return true;
    }

    /// <summary>The client configuration: fail fast when Redis cannot be reached, so a dead Redis is an error, not a hang.</summary>
    public ConfigurationOptions ToConfiguration()
    {
        var configuration = new ConfigurationOptions
        {
            Password = Password,
            AbortOnConnectFail = true,
            ConnectTimeout = 5_000,
            ConnectRetry = 1,
        };
        configuration.EndPoints.Add(Host, Port);
        return configuration;
    }

    /// <summary>The address without its password.</summary>
    public override string ToString() => $"{Scheme}{(Password is null ? "" : ":***@")}{Host}:{Port}";

    /// <summary>The full address, password included, for handing to a child process.</summary>
    public string ToUri() => $"{Scheme}{(Password is null ? "" : $":{Uri.EscapeDataString(Password)}@")}{Host}:{Port}";

    private static string Redacted(string text) => text.Contains('@') ? Scheme + "***@" + text[(text.LastIndexOf('@') + 1)..] : text;
}
