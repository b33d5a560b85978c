using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Tests.Benchmarks.Gate;

/// <summary>
/// The gate's subset, as <c>.ci/regression-subset --list</c> prints it, guards every strategy the suite has: a strategy
/// added to <see cref="StrategyCatalog"/> without a case in the subset would pass every pull request unmeasured.
/// </summary>
public sealed partial class RegressionSubsetTests
{
    private static readonly Lazy<string[][]> Listed = new(List);

    [Test]
    public void Subset_EveryStrategyOfTheCatalog_HasAGuardingCase()
    {
        var guarded = Listed.Value.Select(fields => StrategyOf(fields[0])).OfType<StrategyKind>().ToHashSet();

        Assert.That(StrategyCatalog.All.Select(descriptor => descriptor.Kind).Where(kind => !guarded.Contains(kind)), Is.Empty,
            "strategies without a case in .ci/regression-subset");
    }

    [Test]
    public void Subset_EveryCase_NamesItsGroupAndThePathItGuards()
    {
        Assert.That(Listed.Value.Where(fields => fields.Length != 3 || fields[1] is not ("batch" or "tiny") || fields[2].Length < 10).Select(fields => string.Join(" | ", fields)),
            Is.Empty, "cases without a known group or a path");
    }

    [Test]
    public void Subset_EveryCase_IsASuiteMethodWithParameters()
    {
        Assert.That(Listed.Value.Select(fields => fields[0]).Where(name => !CaseName().IsMatch(name)), Is.Empty,
            "names BenchmarkDotNet would not give a case: Suite.Method(Name: value, …)");
    }

    private static StrategyKind? StrategyOf(string name) =>
        StrategyParameter().Match(name) is { Success: true } match ? Enum.Parse<StrategyKind>(match.Groups[1].Value) : null;

    /// <summary>Runs the script's <c>--list</c>, the form the gate itself reads.</summary>
    private static string[][] List()
    {
        var start = new ProcessStartInfo("bash", [Script(), "--list"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, errors);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t'))];
    }

    private static string Script([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".ci", "regression-subset"));

    [GeneratedRegex(@"Strategy: (\w+)")]
    private static partial Regex StrategyParameter();

    [GeneratedRegex(@"^\w+\.\w+\((\w+: [\w.]+)(, \w+: [\w.]+)*\)$")]
    private static partial Regex CaseName();
}
