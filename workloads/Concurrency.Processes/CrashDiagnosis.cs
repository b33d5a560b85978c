using System.Diagnostics;

namespace Concurrency.Processes;

/// <summary>Explains a worker whose replies ended while it owed some: its exit code and the tail of its stderr.</summary>
internal static class CrashDiagnosis
{
    public static WorkerCrashedException Diagnose(Process process, int processId, StderrTail stderr, TimeSpan exitGrace)
    {
        int? exitCode = null;

        // Its stdout can close a moment before it exits; one still running after the grace has no code to report.
        if (process.WaitForExit(exitGrace))
        {
            // The parameterless wait also drains the stderr reader, so the tail is complete.
            process.WaitForExit();
            exitCode = process.ExitCode;
        }

        return new WorkerCrashedException(processId, exitCode, stderr.Text);
    }
}
