using System.CommandLine.Parsing;
using System.CommandLine;
using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;
using Perfolizer.Metrology;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>compare BASE HEAD</c>: the regression gate. Prints the comparison as markdown and exits with
/// <see cref="ExitCodes.Failure"/> if any case is significantly slower in HEAD.
/// </summary>
internal static class CompareCommand
{
    private static readonly Argument<string> BaseArgument = new("BASE")
    {
        Description = "The base result folder (one run: results/<label>/<timestamp>) or a *-report-full.json file.",
        Arity = ArgumentArity.ExactlyOne,
    };

    private static readonly Argument<string> HeadArgument = new("HEAD")
    {
        Description = "The head result folder or *-report-full.json file, compared against BASE.",
        Arity = ArgumentArity.ExactlyOne,
    };

    private static readonly Option<Threshold> ThresholdOption = new("--threshold")
    {
        Description = $"The smallest change that counts, relative (5%) or absolute (2ms). Default {ResultComparer.DefaultThreshold}.",
        DefaultValueFactory = _ => Threshold.Parse(ResultComparer.DefaultThreshold),
        CustomParser = ParseThreshold,
    };

    private static readonly Option<CaseGlob?> FilterOption = new("--filter")
    {
        Description = "Only cases whose name matches this glob, e.g. '*Scaling*' or '*Workload=CpuCountdown*'.",
        CustomParser = result => new CaseGlob(result.Tokens[0].Value),
    };

    private static readonly Option<string?> OutputOption = new("--output")
    {
        Description = "Also write the markdown to this file (e.g. $GITHUB_STEP_SUMMARY).",
    };

    public static Command Create()
    {
        var command = new Command("compare", "Compare two result sets case by case; exit 1 on a significant slowdown, 2 on bad input.");
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
        string basePath = parseResult.GetRequiredValue(BaseArgument);
        string headPath = parseResult.GetRequiredValue(HeadArgument);
        var baseSet = ResultSetReader.Read(basePath);
        var headSet = ResultSetReader.Read(headPath);
        if (parseResult.GetValue(FilterOption) is { } glob)
        {
            (baseSet, headSet) = (glob.Apply(baseSet), glob.Apply(headSet));
            if (baseSet.Cases.Count == 0 && headSet.Cases.Count == 0)
            {
                throw new UsageException($"--filter '{glob.Pattern}' matches no case in {basePath} or {headPath}.");
            }
        }

        var comparison = ResultComparer.Compare(baseSet, headSet, parseResult.GetRequiredValue(ThresholdOption));
        MarkdownOutput.Emit(ComparisonMarkdown.Write(comparison), parseResult.GetValue(OutputOption));
        return comparison.HasRegression ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>A positive relative or absolute threshold; Perfolizer would also take a negative one, which gates nothing.</summary>
    private static Threshold? ParseThreshold(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (!text.TrimStart().StartsWith('-') && Threshold.TryParse(text, out var threshold))
        {
            return threshold;
        }

        result.AddError($"{result.Argument.Name}: '{text}' is not a threshold; use a positive percent like 10% or a time like 2ms.");
        return null;
    }
}
