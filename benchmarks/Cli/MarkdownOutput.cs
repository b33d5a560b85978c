using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Cli;

/// <summary>Where the report-writing commands put their markdown: the console, and a file if <c>--output</c> names one.</summary>
internal static class MarkdownOutput
{
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
