using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Cases;

/// <summary>
/// What identifies a benchmark case, read the same way from a live case and from its saved report: its method, the
/// three parameters that filters, figures and readers ask about (typed), every other parameter as text, and its job.
/// A typed parameter is null where the case's suite has none (only Scaling has all three); a value that is no known
/// workload or strategy, or no worker count, is a <see cref="FormatException"/>, never a case silently read as another.
/// </summary>
/// <param name="Benchmark"><c>Type.Method</c>, e.g. <c>Scaling.RunBatch</c>.</param>
/// <param name="Workload">The <c>Workload</c> parameter, or null.</param>
/// <param name="Strategy">The <c>Strategy</c> parameter, or null.</param>
/// <param name="Workers">The <c>Workers</c> parameter (1 or more), or null.</param>
/// <param name="Others">Every other parameter as <c>Name=value&amp;…</c>, in ordinal order of that text; empty without any.</param>
/// <param name="Job">The job as BenchmarkDotNet displays it, a generated id read as <c>Job</c>: <c>ShortRun(IterationCount=3, …)</c>.</param>
internal sealed partial record CaseKey(string Benchmark, WorkloadKind? Workload, StrategyKind? Strategy, int? Workers, string Others, string Job)
{
    // Filters, columns and figures ask for the same case's key again and again; a case never changes.
    private static readonly ConditionalWeakTable<BenchmarkCase, CaseKey> LiveKeys = new();

    /// <summary>The workload, strategy and workers of a Scaling case, or null for a case of another suite.</summary>
    public (WorkloadKind Workload, StrategyKind Strategy, int Workers)? Scaling =>
        (Workload, Strategy, Workers) is ({ } workload, { } strategy, { } workers) ? (workload, strategy, workers) : null;

    /// <summary>
    /// The saved form of the parameters, <c>Workload=…&amp;Strategy=…&amp;Workers=…&amp;</c> then the others:
    /// <see cref="Parse"/> reads it back to an equal key.
    /// </summary>
    public string Parameters => string.Join('&', Pairs().Select(pair => $"{pair.Key}={pair.Value}"));

    /// <summary>
    /// A live case's key, read from what its report will save (BenchmarkDotNet's parameter string and display info),
    /// so that it equals the key of its saved result.
    /// </summary>
    public static CaseKey Of(BenchmarkCase benchmarkCase) =>
        LiveKeys.GetValue(benchmarkCase, live => Read(
            $"{live.Descriptor.Type.Name}.{live.Descriptor.WorkloadMethod.Name}", live.Parameters.PrintInfo, live.DisplayInfo));

    /// <summary>A saved case's key, from the full JSON report's <c>Type</c>, <c>Method</c>, <c>Parameters</c> and <c>DisplayInfo</c>.</summary>
    public static CaseKey Of(BenchmarkRecord record) =>
        Read($"{record.Type}.{record.Method}", record.Parameters ?? "", record.DisplayInfo);

    /// <summary>The key of <paramref name="benchmark"/> with <paramref name="parameters"/> in the saved form (<c>Name=value&amp;…</c>, any order) on <paramref name="job"/>.</summary>
    public static CaseKey Parse(string benchmark, string parameters, string job)
    {
        WorkloadKind? workload = null;
        StrategyKind? strategy = null;
        int? workers = null;
        var others = new List<string>();
        foreach (var (name, value) in Split(parameters))
        {
            switch (name)
            {
                case nameof(Workload):
                    workload = Known<WorkloadKind>(name, value, "workload");
                    break;
                case nameof(Strategy):
                    strategy = Known<StrategyKind>(name, value, "strategy");
                    break;
                case nameof(Workers):
                    workers = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1
                        ? count
                        : throw new FormatException($"{name}={value}: not a worker count (a whole number from 1).");
                    break;
                default:
                    others.Add($"{name}={value}");
                    break;
            }
        }

        return new CaseKey(benchmark, workload, strategy, workers, string.Join('&', others.Order(StringComparer.Ordinal)), job);
    }

    /// <summary>
    /// <c>Name=value&amp;…</c> as pairs in their order; a pair without a name or <c>=</c>, or a name twice, is a
    /// <see cref="FormatException"/>. Readers that show a case as its report named it keep this order.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Split(string parameters)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (string pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 1)
            {
                throw new FormatException($"'{pair}' in '{parameters}': a parameter is written Name=value.");
            }

            string name = pair[..equals];
            if (pairs.Any(known => known.Key == name))
            {
                throw new FormatException($"'{parameters}' gives {name} twice.");
            }

            pairs.Add(new(name, pair[(equals + 1)..]));
        }

        return pairs;
    }

    /// <summary>
    /// BenchmarkDotNet writes <c>Type.Method: Job(…) [Name=value, …]</c>; the job is between the colon and the parameters.
    /// A job built from command-line options gets a random id each run (<c>Job-QECIFD(IterationCount=3, …)</c>): only
    /// its characteristics identify it, so the id becomes <c>Job</c> and two runs of the same command match.
    /// </summary>
    internal static string JobOf(string displayInfo, bool hasParameters)
    {
        int start = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        int end = hasParameters ? displayInfo.LastIndexOf(" [", StringComparison.Ordinal) : -1;
        start = start < 0 ? 0 : start + 2;
        string job = (end > start ? displayInfo[start..end] : displayInfo[start..]).Trim();
        return GeneratedJobId().Replace(job, "Job", 1);
    }

    /// <summary><c>Scaling.RunBatch [Workload=CpuCountdown, Strategy=Threads, Workers=2] — ShortRun(…)</c>.</summary>
    public override string ToString()
    {
        string parameters = string.Join(", ", Pairs().Select(pair => $"{pair.Key}={pair.Value}"));
        return parameters.Length == 0 ? $"{Benchmark} — {Job}" : $"{Benchmark} [{parameters}] — {Job}";
    }

    private static CaseKey Read(string benchmark, string parameters, string displayInfo) =>
        Parse(benchmark, parameters, JobOf(displayInfo, parameters.Length > 0));

    /// <summary>The enum member named exactly <paramref name="value"/>: no number, no other case, no list of flags.</summary>
    private static TEnum Known<TEnum>(string name, string value, string what)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out TEnum member) && member.ToString() == value
            ? member
            : throw new FormatException($"{name}={value}: not a {what} of this build (known: {string.Join(", ", Enum.GetNames<TEnum>())}).");

    private IEnumerable<KeyValuePair<string, string>> Pairs()
    {
        if (Workload is { } workload)
        {
            yield return new(nameof(Workload), workload.ToString());
        }

        if (Strategy is { } strategy)
        {
            yield return new(nameof(Strategy), strategy.ToString());
        }

        if (Workers is { } workers)
        {
            yield return new(nameof(Workers), workers.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var other in Split(Others))
        {
            yield return other;
        }
    }

    /// <summary>The id BenchmarkDotNet's JobIdGenerator gives an unnamed job: "Job-" and six random letters or digits.</summary>
    [GeneratedRegex(@"^Job-[A-Z0-9]{6}(?=\(|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedJobId();
}
