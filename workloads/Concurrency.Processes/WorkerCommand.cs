namespace Concurrency.Processes;

/// <summary>What starts a worker: an executable, its arguments and extra environment variables.</summary>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="Environment">Variables set for the child only, e.g. <see cref="WorkerFaults"/> for tests.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>The same command with one more environment variable.</summary>
    public WorkerCommand With(string variable, string value) =>
        this with { Environment = new Dictionary<string, string>(Environment ?? new Dictionary<string, string>()) { [variable] = value } };

    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
