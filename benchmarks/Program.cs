using System.CommandLine;
using Concurrency.Benchmarks.Cli;

namespace Concurrency.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            // Our own handler below turns bad input into a one-line error; System.CommandLine's would print a stack trace.
            return CreateCommand().Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            Console.Error.WriteLine($"error: {usage.Message}");
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
        root.Subcommands.Add(ReportCommand.Create());
        return root;
    }
}
