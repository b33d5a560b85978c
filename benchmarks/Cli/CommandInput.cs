using System.CommandLine;

namespace Concurrency.Benchmarks.Cli;

/// <summary>What the report-writing subcommands share: rejecting stray input, writing their markdown.</summary>
public static class CommandInput
{
    public static void RejectUnmatched(ParseResult parseResult)
    {
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            throw new UsageException($"{parseResult.CommandResult.Command.Name}: unexpected '{string.Join(" ", parseResult.UnmatchedTokens)}' (see --help).");
        }
    }

    /// <summary>Prints <paramref name="markdown"/>, and writes it to <paramref name="outputFile"/> too if one is given.</summary>
    public static void Emit(string markdown, string? outputFile)
    {
        Console.Write(markdown);
        if (outputFile is null)
        {
            return;
        }

        try
        {
            File.WriteAllText(outputFile, markdown);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output {outputFile}: cannot be written ({failure.Message})");
        }
    }
}
