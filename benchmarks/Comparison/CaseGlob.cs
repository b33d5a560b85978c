using System.Text.RegularExpressions;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// A BenchmarkDotNet-style glob (<c>*</c> any text, <c>?</c> one character, case-insensitive) matched against a
/// case's full name (<c>Namespace.Type.Method(Name: value, …)</c>) and its display name (<c>Type.Method [Name=value, …]</c>).
/// </summary>
internal sealed class CaseGlob(string pattern)
{
    private readonly Regex _regex = new(
        "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The glob as the user wrote it.</summary>
    public string Pattern { get; } = pattern;

    public bool Matches(BenchmarkResult result) => _regex.IsMatch(result.FullName) || _regex.IsMatch(result.DisplayName);

    public ResultSet Apply(ResultSet set) => set with { Cases = [.. set.Cases.Where(Matches)] };
}
