using System.CommandLine.Parsing;
using System.CommandLine;
using System.Globalization;
using Concurrency.Benchmarks.Gate;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>gate-compare OUT_DIR</c>: judges the rounds that <c>.ci/regression-gate</c> ran into <c>OUT_DIR/rounds/</c>
/// (<c>01-base</c>, <c>02-head</c>, <c>03-head</c>, <c>04-base</c> …), writes <c>summary.md</c>, <c>verdicts.tsv</c>,
/// <c>pending.txt</c> (the cases more rounds could decide, by the names <c>.ci/regression-subset --only</c> takes) and a
/// strip plot per flagged case to OUT_DIR, prints the summary, and exits 1 on a regression, 2 on bad input.
/// </summary>
internal static class GateCommand
{
    public const string SummaryFile = "summary.md";
    public const string VerdictsFile = "verdicts.tsv";
    public const string PendingFile = "pending.txt";

    private static readonly Argument<string> OutArgument = new("OUT_DIR")
    {
        Description = "The gate's output folder: rounds/ holds its rounds; summary.md, verdicts.tsv and the strip plots are written beside it.",
        Arity = ArgumentArity.ExactlyOne,
    };

    private static readonly Option<double?> ThresholdOption = new("--threshold")
    {
        Description = $"The slowdown a case's rounds must rule out to be called the same, in percent (default {GateText.Percent(GatePolicy.Default.Threshold)}); "
            + "a case whose rounds ran out first is inconclusive.",
        CustomParser = ParseThreshold,
    };

    private static readonly Option<string[]> NoteOption = new("--note")
    {
        Description = "A line about the run for the summary (which trees, commits, environment); repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create()
    {
        var command = new Command("gate-compare", "Judge the regression gate's paired rounds; exit 1 on a regression, 2 on bad input.");
        command.Arguments.Add(OutArgument);
        command.Options.Add(ThresholdOption);
        command.Options.Add(NoteOption);
        command.SetAction(Run);
        return command;
    }

    /// <summary>
    /// <c>gate-plan</c>: the judge's round plan as shell assignments, so that <c>.ci/regression-gate</c> runs the rounds
    /// the judge's looks expect and no number lives in two places.
    /// </summary>
    public static Command CreatePlan()
    {
        var command = new Command("gate-plan", "Print the gate's round plan (pairs before the first look, pairs per further look, looks at most) as shell assignments.");
        command.SetAction(_ =>
        {
            var policy = GatePolicy.Default;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"initial_pairs={policy.InitialPairs}\npairs_per_step={policy.PairsPerStep}\nmax_looks={policy.MaxLooks}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        string outDir = parseResult.GetRequiredValue(OutArgument);
        var policy = parseResult.GetValue(ThresholdOption) is { } threshold ? GatePolicy.Default with { Threshold = threshold } : GatePolicy.Default;

        var input = GateInput.Match(RoundReader.Read(Path.Combine(outDir, "rounds")));
        var subset = GateSubset.Read(Path.Combine(outDir, GateSubset.FileName));
        if (subset.Unmeasured(input).Select(entry => entry.Name).ToArray() is { Length: > 0 } unmeasured)
        {
            throw new UsageException($"the subset's cases {string.Join("; ", unmeasured)} matched no benchmark in the rounds: is a name in .ci/regression-subset wrong?");
        }

        var report = GateJudge.Judge(input, policy);
        var pictures = DrawFlagged(report, outDir);
        string markdown = GateMarkdown.Write(report, subset, parseResult.GetValue(NoteOption) ?? [], pictures);
        Write(Path.Combine(outDir, SummaryFile), markdown);
        Write(Path.Combine(outDir, VerdictsFile), GateVerdictTable.Write(report));
        Write(Path.Combine(outDir, PendingFile), string.Concat(report.Pending.Select(judgement => subset.RoundName(judgement.Rounds.Case) + "\n")));
        Console.Write(markdown);
        return report.HasRegression ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>One strip plot per case that is not "same", named after its place in the table and its parameters.</summary>
    private static Dictionary<CaseJudgement, string> DrawFlagged(GateReport report, string outDir)
    {
        foreach (string stale in Directory.GetFiles(outDir, "strip-*.png"))
        {
            File.Delete(stale);
        }

        var pictures = new Dictionary<CaseJudgement, string>();
        for (int i = 0; i < report.Cases.Count; i++)
        {
            var judgement = report.Cases[i];
            if (judgement.Verdict == GateVerdict.Same)
            {
                continue;
            }

            string file = RoundStripPlot.FileName(i + 1, judgement);
            RoundStripPlot.Render(judgement, judgement.FlaggedBy ?? judgement.Deciding, Path.Combine(outDir, file));
            pictures[judgement] = file;
        }

        return pictures;
    }

    private static double? ParseThreshold(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        string number = text.Trim().TrimEnd('%').TrimEnd();
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && percent > 0 && percent < 100)
        {
            return percent / 100;
        }

        result.AddError($"--threshold: '{text}' is not a percent between 0 and 100 (e.g. 10%).");
        return null;
    }

    private static void Write(string file, string text)
    {
        try
        {
            File.WriteAllText(file, text);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot be written ({failure.Message})");
        }
    }

}
