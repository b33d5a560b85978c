namespace Concurrency.Benchmarks.Articles;

/// <summary>How one <c>python -m articles</c> command ended.</summary>
/// <param name="ExitCode">The interpreter's exit code.</param>
/// <param name="Output">Everything on stdout: the command's JSON.</param>
/// <param name="ErrorTail">The last lines of stderr, for a message when it failed.</param>
internal sealed record PythonResult(int ExitCode, string Output, string ErrorTail);
