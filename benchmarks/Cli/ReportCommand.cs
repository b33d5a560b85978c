using System.CommandLine;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Cli;

/// <summary>
/// <c>report FOLDER…</c>: hardware configurations side by side, with the speedup and efficiency each run saved. Every
/// job of every result set is one: machines, or the core counts of one <c>--cores</c> run.
/// </summary>
internal static class ReportCommand
{
    private static readonly Argument<string[]> FoldersArgument = new("FOLDER")
    {
        Description = "Result folders (one run each: results/<label>/<timestamp>) or *-report-full.json files: one per machine, or one run with --cores.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> OutputOption = new("--output")
    {
        Description = "Also write the markdown to this file.",
    };

    public static Command Create()
    {
        var command = new Command("report", "Put the Scaling results of several machines or core counts side by side (markdown).");
        command.Arguments.Add(FoldersArgument);
        command.Options.Add(OutputOption);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        var sets = parseResult.GetRequiredValue(FoldersArgument).Select(ResultSetReader.Read).ToArray();
        MarkdownOutput.Emit(ScalingReportMarkdown.Write(sets), parseResult.GetValue(OutputOption));
        return ExitCodes.Success;
    }
}
