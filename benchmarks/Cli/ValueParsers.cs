using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using Concurrency.Benchmarks.Results;
using Concurrency.Distributed.Hosting;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// The suite's <c>CustomParser</c>s: an option's one token becomes a typed value, or a parse error that names the
/// option (and the valid names), which the entry point turns into exit code 2. Lists are comma-separated:
/// <c>--workloads CpuCountdown,IoSleep</c>.
/// </summary>
internal static class ValueParsers
{
    /// <summary>Enum names, case-insensitive, each once. Numbers are no names, though <c>Enum.TryParse</c> takes them.</summary>
    public static IReadOnlyList<TEnum>? Names<TEnum>(ArgumentResult result)
        where TEnum : struct, Enum =>
        Items<TEnum>(
            result,
            item => !int.TryParse(item, CultureInfo.InvariantCulture, out _) && Enum.TryParse(item, ignoreCase: true, out TEnum value) ? value : null,
            item => $"unknown value '{item}'. Valid: {string.Join(", ", Enum.GetNames<TEnum>())}.");

    /// <summary>One enum name.</summary>
    public static TEnum Name<TEnum>(ArgumentResult result)
        where TEnum : struct, Enum =>
        Single(result, Names<TEnum>(result));

    /// <summary>Positive whole numbers, each once.</summary>
    public static IReadOnlyList<int>? PositiveIntegers(ArgumentResult result) =>
        Items<int>(
            result,
            item => int.TryParse(item, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : null,
            item => $"'{item}' is not a positive whole number.");

    /// <summary>One positive whole number.</summary>
    public static int PositiveInteger(ArgumentResult result) => Single(result, PositiveIntegers(result));

    /// <summary>A results-folder label, which must keep at least one character as a folder name.</summary>
    public static string? Label(ArgumentResult result)
    {
        string label = result.Tokens[0].Value;
        if (MachineLabel.TrySanitize(label, out _))
        {
            return label;
        }

        result.AddError($"{result.Argument.Name}: '{label}' has no usable character; use letters, digits, '.', '_' or '-'.");
        return null;
    }

    /// <summary>A Redis membership table's address, <c>redis://[:PASSWORD@]HOST:PORT</c>.</summary>
    public static RedisAddress? Redis(ArgumentResult result)
    {
        if (RedisAddress.TryParse(result.Tokens[0].Value, out var address, out string? error))
        {
            return address;
        }

        result.AddError($"{result.Argument.Name}: {error}.");
        return null;
    }

    /// <summary>An IP address (v4 or v6), not a host name: a silo listens on exactly the address it is given.</summary>
    public static IPAddress? IpAddress(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"{result.Argument.Name}: '{text}' is not an IP address.");
        return null;
    }

    /// <summary>A TCP port, 1 … 65535.</summary>
    public static int Port(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65_535)
        {
            return port;
        }

        result.AddError($"{result.Argument.Name}: '{text}' is not a port (1 to 65535).");
        return 0;
    }

    private static IReadOnlyList<T>? Items<T>(ArgumentResult result, Func<string, T?> parse, Func<string, string> invalid)
        where T : struct
    {
        string[] items = result.Tokens[0].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            result.AddError($"{result.Argument.Name}: give at least one value.");
            return null;
        }

        var values = new List<T>();
        foreach (string item in items)
        {
            if (parse(item) is not { } value)
            {
                result.AddError($"{result.Argument.Name}: {invalid(item)}");
                return null;
            }

            values.Add(value);
        }

        return [.. values.Distinct()];
    }

    /// <summary>The one value of a list; a list of several is an error, a list already in error stays one.</summary>
    private static T Single<T>(ArgumentResult result, IReadOnlyList<T>? values)
        where T : struct
    {
        if (values is [var value])
        {
            return value;
        }

        if (values is not null)
        {
            result.AddError($"{result.Argument.Name}: give exactly one value, not {values.Count}.");
        }

        return default;
    }
}
