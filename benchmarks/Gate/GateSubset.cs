using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// The subset a gate run measured (<c>OUT_DIR/subset.tsv</c>, written by <c>.ci/regression-gate</c> from the base's
/// <c>.ci/regression-subset --list</c>): which case guards which code path, and the names that select a case for
/// further rounds. Without the file (rounds copied from elsewhere) the cases go by their full names and guard no path.
/// </summary>
internal sealed class GateSubset(IReadOnlyList<SubsetCase> cases)
{
    public const string FileName = "subset.tsv";

    public static GateSubset Empty { get; } = new([]);

    /// <summary>Reads <paramref name="file"/>: one case per line, name, group and path, tab-separated.</summary>
    public static GateSubset Read(string file)
    {
        if (!File.Exists(file))
        {
            return Empty;
        }

        var parsed = new List<SubsetCase>();
        foreach (var (line, number) in File.ReadAllLines(file).Select((line, index) => (line, index + 1)).Where(entry => entry.line.Length > 0))
        {
            string[] fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(string.IsNullOrWhiteSpace))
            {
                throw new UsageException($"{file}:{number}: expected name, group and path, tab-separated (.ci/regression-subset --list), got '{line}'.");
            }

            parsed.Add(new SubsetCase(fields[0], fields[1], fields[2]));
        }

        return new GateSubset(parsed);
    }

    /// <summary>The subset's entry for <paramref name="result"/>, or null if the subset does not list it.</summary>
    public SubsetCase? Find(BenchmarkResult result) => cases.FirstOrDefault(entry => entry.Matches(result));

    /// <summary>What selects <paramref name="result"/> for a round: its subset name, else its full name.</summary>
    public string RoundName(BenchmarkResult result) => Find(result)?.Name ?? result.FullName;

    /// <summary>The subset's cases that <paramref name="input"/>'s first pair did not measure: a filter that matched nothing.</summary>
    public IEnumerable<SubsetCase> Unmeasured(GateInput input) =>
        cases.Where(entry => !input.Cases.Any(rounds => entry.Matches(rounds.Case)) && !input.OnlyInBase.Concat(input.OnlyInHead).Any(entry.Matches));
}
