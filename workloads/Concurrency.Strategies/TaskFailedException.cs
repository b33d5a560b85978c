namespace Concurrency.Strategies;

/// <summary>A task of a batch failed; <see cref="TaskIndex"/> says which, the inner exception says why.</summary>
public sealed class TaskFailedException(int taskIndex, Exception innerException)
    : Exception($"Task {taskIndex} failed: {innerException.Message}", innerException)
{
    public int TaskIndex { get; } = taskIndex;
}
