using System.CommandLine;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Cli;

/// <summary><c>report FOLDER…</c>: result sets of several machines (or core counts) side by side, with speedup and efficiency.</summary>
public static class ReportCommand
{
    private static readonly Argument<string[]> FoldersArgument = new("FOLDER")
    {
        Description = "Result folders (one run each: results/<label>/<timestamp>) or *-report-full.json files, one per machine.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> OutputOption = new("--output")
    {
        Description = "Also write the markdown to this file.",
    };

    public static Command Create()
    {
        var command = new Command("report", "Put the Scaling results of several machines or core counts side by side (markdown).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(FoldersArgument);
        command.Options.Add(OutputOption);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        CommandInput.RejectUnmatched(parseResult);
        string[] folders = parseResult.GetValue(FoldersArgument) ?? [];
        if (folders.Length == 0)
        {
            throw new UsageException("report: give at least one result folder.");
        }

        var sets = folders.Select(ResultSetReader.Read).ToArray();
        CommandInput.Emit(ScalingReportMarkdown.Write(sets), parseResult.GetValue(OutputOption));
        return ExitCodes.Success;
    }
}
