using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>The failures a test asked for through <see cref="WorkerFaults"/>; none unless those variables are set.</summary>
internal sealed class Faults(int? failTask, int? crashTask, TextWriter error)
{
    /// <summary>The faults the environment asks for.</summary>
    public static Faults FromEnvironment(TextWriter error) => new(ReadIndex(WorkerFaults.FailTask), ReadIndex(WorkerFaults.CrashTask), error);

    public void Check(int taskIndex)
    {
        if (taskIndex == crashTask)
        {
            error.WriteLine($"worker pid {Environment.ProcessId}: injected crash in task {taskIndex}");
            error.Flush();
            Environment.Exit(WorkerFaults.CrashExitCode);
        }

        if (taskIndex == failTask)
        {
            throw new InvalidOperationException($"injected failure in task {taskIndex}");
        }
    }

    private static int? ReadIndex(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out int index) ? index : null;
}
