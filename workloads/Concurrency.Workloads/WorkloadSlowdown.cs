using System.Globalization;

namespace Concurrency.Workloads;

/// <summary>
/// A deliberate slow-down of chosen workloads, read from <see cref="VariableName"/>
/// (e.g. <c>CpuCountdown=15,IoSleep=10</c>: 15 % and 10 % more work), so a regression gate can be tested end to end.
/// It scales the calibrated default size, where specs are made; a child process rebuilds the already scaled spec,
/// so the slow-down is applied exactly once.
/// </summary>
public sealed class WorkloadSlowdown
{
    public const string VariableName = "CONCURRENCY_BENCHMARKS_SLOWDOWN";

    private static readonly Lazy<WorkloadSlowdown> FromEnvironment = new(() => Parse(Environment.GetEnvironmentVariable(VariableName)));

    private readonly IReadOnlyDictionary<WorkloadKind, double> _percents;

    private WorkloadSlowdown(IReadOnlyDictionary<WorkloadKind, double> percents) => _percents = percents;

    /// <summary>The slow-down this process was started with; throws <see cref="FormatException"/> if the variable is invalid.</summary>
    public static WorkloadSlowdown Current => FromEnvironment.Value;

    /// <summary>The percent by which <paramref name="kind"/> is slowed (0 when it is not named).</summary>
    public double PercentOf(WorkloadKind kind) => _percents.GetValueOrDefault(kind);

    /// <summary><paramref name="size"/> grown by the workload's percent, rounded to a whole unit (at least 1 when slowed).</summary>
    public int Apply(WorkloadKind kind, int size)
    {
        double percent = PercentOf(kind);
        return percent == 0 ? size : Math.Max(1, checked((int)Math.Round(size * (1 + (percent / 100)), MidpointRounding.AwayFromZero)));
    }

    /// <summary>
    /// Parses <c>Kind=percent[,Kind=percent…]</c>: workload names are case-insensitive, percents are non-negative
    /// numbers. Null or blank means no slow-down.
    /// </summary>
    public static WorkloadSlowdown Parse(string? text)
    {
        var percents = new Dictionary<WorkloadKind, double>();
        foreach (string item in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw Invalid(text, $"'{item}' is not Workload=percent");
            }

            if (int.TryParse(parts[0], out _) || !Enum.TryParse(parts[0], ignoreCase: true, out WorkloadKind kind))
            {
                throw Invalid(text, $"unknown workload '{parts[0]}' (valid: {string.Join(", ", Enum.GetNames<WorkloadKind>())})");
            }

            if (!double.TryParse(parts[1].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double percent)
                || !double.IsFinite(percent) || percent < 0 || percent > 10_000)
            {
                throw Invalid(text, $"'{parts[1]}' for {kind} is not a percent between 0 and 10000");
            }

            if (!percents.TryAdd(kind, percent))
            {
                throw Invalid(text, $"{kind} is named twice");
            }
        }

        return new WorkloadSlowdown(percents);
    }

    private static FormatException Invalid(string? text, string reason) =>
        new($"{VariableName}='{text}': {reason}. Example: {VariableName}=\"CpuCountdown=15,IoSleep=10\" makes those workloads do 15 % and 10 % more work.");
}
