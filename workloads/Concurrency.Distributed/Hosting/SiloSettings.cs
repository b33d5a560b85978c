using System.Globalization;
using System.Net;

namespace Concurrency.Distributed.Hosting;

/// <summary>
/// How one silo joins its cluster. Without <see cref="Redis"/> it uses Orleans' development clustering on 127.0.0.1,
/// where the silo without <see cref="PrimarySiloPort"/> is the primary that keeps the membership table; with it, the
/// table lives in Redis and the silo listens on <see cref="Address"/> only.
/// </summary>
/// <param name="ClusterId">Orleans' cluster and service id: silos and clients with the same id form one cluster.</param>
/// <param name="Address">The one address the silo listens on and advertises.</param>
/// <param name="SiloPort">The port for silo-to-silo traffic.</param>
/// <param name="GatewayPort">The port clients connect to.</param>
/// <param name="PrimarySiloPort">Development clustering: the primary silo's port on 127.0.0.1, or null for the primary itself.</param>
/// <param name="Redis">The Redis membership table, or null for development clustering.</param>
public sealed record SiloSettings(string ClusterId, IPAddress Address, int SiloPort, int GatewayPort, int? PrimarySiloPort = null, RedisAddress? Redis = null)
{
    /// <summary>The cluster id of silos and clients that meet through Redis, unless told otherwise.</summary>
    public const string DefaultClusterId = "concurrency-benchmarks";

    /// <summary>The command-line arguments <see cref="Parse"/> reads back.</summary>
    public IReadOnlyList<string> ToArguments()
    {
        List<string> arguments =
        [
            "--cluster-id", ClusterId, "--address", Address.ToString(),
            "--silo-port", SiloPort.ToString(CultureInfo.InvariantCulture), "--gateway-port", GatewayPort.ToString(CultureInfo.InvariantCulture),
        ];
        if (PrimarySiloPort is { } primary)
        {
            arguments.AddRange(["--primary-port", primary.ToString(CultureInfo.InvariantCulture)]);
        }

        if (Redis is { } redis)
        {
            arguments.AddRange(["--clustering", redis.ToUri()]);
        }

        return arguments;
    }

    /// <summary>Reads the arguments of <see cref="ToArguments"/>.</summary>
    /// <exception cref="FormatException">An argument is missing, unknown or malformed.</exception>
    public static SiloSettings Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < arguments.Count; i += 2)
        {
            if (i + 1 >= arguments.Count || !arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"silo arguments come in '--name value' pairs; '{arguments[i]}' has none");
            }

            values[arguments[i]] = arguments[i + 1];
        }

        string Required(string name) => values.Remove(name, out string? value) ? value : throw new FormatException($"silo argument {name} is missing");

        int Port(string value, string name) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65_535
            ? port
            : throw new FormatException($"silo argument {name}: '{value}' is no port");

        string clusterId = Required("--cluster-id");
        var address = IPAddress.TryParse(Required("--address"), out var parsed) ? parsed : throw new FormatException("silo argument --address is no IP address");
        int siloPort = Port(Required("--silo-port"), "--silo-port");
        int gatewayPort = Port(Required("--gateway-port"), "--gateway-port");
        int? primary = values.Remove("--primary-port", out string? primaryText) ? Port(primaryText, "--primary-port") : null;
        RedisAddress? redis = null;
        if (values.Remove("--clustering", out string? clustering))
        {
            redis = RedisAddress.TryParse(clustering, out var redisAddress, out string? error) ? redisAddress : throw new FormatException($"silo argument --clustering: {error}");
        }

        return values.Count == 0
            ? new SiloSettings(clusterId, address, siloPort, gatewayPort, primary, redis)
            : throw new FormatException($"unknown silo argument {values.Keys.First()}");
    }

    public override string ToString() => $"silo {Address}:{SiloPort} (gateway {GatewayPort}, {(Redis is { } redis ? $"membership in {redis}" : "development clustering")})";
}
