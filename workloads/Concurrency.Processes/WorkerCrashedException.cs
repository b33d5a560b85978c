namespace Concurrency.Processes;

/// <summary>A worker process ended while it owed replies; carries its exit code and the tail of its stderr.</summary>
internal sealed class WorkerCrashedException(int processId, int? exitCode, string stderrTail)
    : Exception($"worker pid {processId} exited with code {(exitCode is { } code ? code.ToString() : "unknown")}"
        + (stderrTail.Length > 0 ? $"; its stderr ends:{Environment.NewLine}{stderrTail}" : "; its stderr was empty"))
{
    public int ProcessId { get; } = processId;

    public int? ExitCode { get; } = exitCode;

    public string StderrTail { get; } = stderrTail;
}
