namespace Concurrency.WorkerProtocol;

/// <summary>
/// Environment variables that make a worker fail on purpose, so tests can check how failures surface. A worker
/// reads them once at start; production runs never set them.
/// </summary>
public static class WorkerFaults
{
    /// <summary>Task index whose run throws <see cref="InvalidOperationException"/> inside the worker.</summary>
    public const string FailTask = "CONCURRENCY_WORKER_FAIL_TASK";

    /// <summary>Task index at which the worker writes a line to stderr and exits with <see cref="CrashExitCode"/>.</summary>
    public const string CrashTask = "CONCURRENCY_WORKER_CRASH_TASK";

    public const int CrashExitCode = 70;

    /// <summary>Exit code of a worker that received a malformed message.</summary>
    public const int MalformedInputExitCode = 3;
}
