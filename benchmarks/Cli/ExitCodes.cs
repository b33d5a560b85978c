namespace Concurrency.Benchmarks.Cli;

/// <summary>The suite's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A benchmark case failed, or (for <c>compare</c>) a regression was found.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an unknown name, a missing or corrupt file, nothing to do.</summary>
    public const int BadInput = 2;
}
