namespace Concurrency.Benchmarks.Cli;

/// <summary>Parses the comma-separated values of options like <c>--workloads CpuCountdown,IoSleep</c>.</summary>
public static class ValueList
{
    /// <summary>Enum names, case-insensitive; an unknown name is a <see cref="UsageException"/> that lists the valid ones.</summary>
    public static IReadOnlyList<TEnum> ParseNames<TEnum>(string text, string option)
        where TEnum : struct, Enum =>
        Split(text, option).Select(item =>
            !int.TryParse(item, out _) && Enum.TryParse(item, ignoreCase: true, out TEnum value)
                ? value
                : throw new UsageException($"{option}: unknown value '{item}'. Valid: {string.Join(", ", Enum.GetNames<TEnum>())}."))
        .Distinct()
        .ToArray();

    /// <summary>Positive integers; anything else is a <see cref="UsageException"/>.</summary>
    public static IReadOnlyList<int> ParsePositiveIntegers(string text, string option) =>
        Split(text, option).Select(item =>
            int.TryParse(item, out int value) && value > 0
                ? value
                : throw new UsageException($"{option}: '{item}' is not a positive whole number."))
        .Distinct()
        .ToArray();

    private static string[] Split(string text, string option)
    {
        string[] items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length > 0 ? items : throw new UsageException($"{option}: give at least one value.");
    }
}
