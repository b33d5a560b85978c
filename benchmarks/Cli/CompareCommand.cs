using System.CommandLine;
using Concurrency.Benchmarks.Comparison;
using Perfolizer.Metrology;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>compare BASE HEAD</c>: the regression gate. Prints the comparison as markdown and exits with
/// <see cref="ExitCodes.Failure"/> if any case is significantly slower in HEAD.
/// </summary>
public static class CompareCommand
{
    // Optional arity and our own checks, so that missing or stray input exits with BadInput (2), not the parser's 1,
    // which the gate reserves for a regression.
    private static readonly Argument<string?> BaseArgument = new("BASE")
    {
        Description = "The base result folder (one run: results/<label>/<timestamp>) or a *-report-full.json file.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Argument<string?> HeadArgument = new("HEAD")
    {
        Description = "The head result folder or *-report-full.json file, compared against BASE.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string> ThresholdOption = new("--threshold")
    {
        Description = $"The smallest change that counts, relative (5%) or absolute (2ms). Default {ResultComparer.DefaultThreshold}.",
        DefaultValueFactory = _ => ResultComparer.DefaultThreshold,
    };

    private static readonly Option<string?> FilterOption = new("--filter")
    {
        Description = "Only cases whose name matches this glob, e.g. '*Scaling*' or '*Workload=CpuCountdown*'.",
    };

    private static readonly Option<string?> OutputOption = new("--output")
    {
        Description = "Also write the markdown to this file (e.g. $GITHUB_STEP_SUMMARY).",
    };

    public static Command Create()
    {
        var command = new Command("compare", "Compare two result sets case by case; exit 1 on a significant slowdown, 2 on bad input.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(BaseArgument);
        command.Arguments.Add(HeadArgument);
        command.Options.Add(ThresholdOption);
        command.Options.Add(FilterOption);
        command.Options.Add(OutputOption);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        CommandInput.RejectUnmatched(parseResult);
        string basePath = parseResult.GetValue(BaseArgument) ?? throw new UsageException("compare: give BASE and HEAD (result folders or full-JSON files).");
        string headPath = parseResult.GetValue(HeadArgument) ?? throw new UsageException("compare: give HEAD too (a result folder or full-JSON file).");
        string thresholdText = parseResult.GetValue(ThresholdOption)!;
        if (thresholdText.TrimStart().StartsWith('-') || !Threshold.TryParse(thresholdText, out var threshold))
        {
            throw new UsageException($"--threshold: '{thresholdText}' is not a threshold; use a positive percent like 10% or a time like 2ms.");
        }

        var baseSet = ResultSetReader.Read(basePath);
        var headSet = ResultSetReader.Read(headPath);
        if (parseResult.GetValue(FilterOption) is { } pattern)
        {
            var glob = new CaseGlob(pattern);
            (baseSet, headSet) = (glob.Apply(baseSet), glob.Apply(headSet));
            if (baseSet.Cases.Count == 0 && headSet.Cases.Count == 0)
            {
                throw new UsageException($"--filter '{pattern}' matches no case in {basePath} or {headPath}.");
            }
        }

        var comparison = ResultComparer.Compare(baseSet, headSet, threshold);
        CommandInput.Emit(ComparisonMarkdown.Write(comparison), parseResult.GetValue(OutputOption));
        return comparison.HasRegression ? ExitCodes.Failure : ExitCodes.Success;
    }
}
