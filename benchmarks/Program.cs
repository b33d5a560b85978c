using System.CommandLine;
using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks;

internal static class Program
{
    /// <summary>
    /// The one place bad input becomes exit code 2 with its message on stderr: parse errors (an unknown value, a missing
    /// argument), stray tokens for a command that passes none on, and a <see cref="UsageException"/> from a command.
    /// 1 stays "a benchmark failed / a regression", which System.CommandLine would otherwise use for parse errors too.
    /// </summary>
    public static int Main(string[] args)
    {
        try
        {
            var parseResult = CreateCommand().Parse(args);
            if (UsageErrors(parseResult) is [_, ..] errors)
            {
                PrintErrors(errors);
                Console.Error.WriteLine($"See '{parseResult.CommandResult.Command.Name} --help'.");
                return ExitCodes.BadInput;
            }

            // Exceptions reach the catch below; System.CommandLine's own handler would print a stack trace and exit 1.
            return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            PrintErrors([usage.Message]);
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Running benchmarks is the root command; every other command is a subcommand of it.</summary>
    private static RootCommand CreateCommand()
    {
        var root = RunCommand.Create();
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(GateCommand.Create());
        root.Subcommands.Add(GateCommand.CreatePlan());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(SiloCommand.Create());
        return root;
    }

    /// <summary>
    /// The parser's errors, and the tokens nothing matched unless the command hands them on (the root command passes
    /// them to BenchmarkDotNet). System.CommandLine asks only the root command whether stray tokens are errors.
    /// </summary>
    private static string[] UsageErrors(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        string[] stray = command.TreatUnmatchedTokensAsErrors && parseResult.UnmatchedTokens.Count > 0
            ? [$"{command.Name}: unexpected '{string.Join(" ", parseResult.UnmatchedTokens)}'."]
            : [];
        return [.. parseResult.Errors.Select(error => error.Message), .. stray];
    }

    private static void PrintErrors(IEnumerable<string> errors)
    {
        foreach (string error in errors)
        {
            Console.Error.WriteLine($"error: {error}");
        }
    }
}
