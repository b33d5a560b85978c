namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>
/// A fresh folder for the <c>timeline</c> command's output, and the command run through the real CLI (a child process)
/// with <c>--out</c> set to it; disposing deletes the folder.
/// </summary>
internal sealed class TimelineFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("timeline-").FullName;

    public (int ExitCode, string Output) Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <summary>Runs it with <paramref name="environment"/> set for the suite alone (see <see cref="SuiteProcess"/>).</summary>
    public (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        SuiteProcess.Run(environment, ["timeline", .. args, "--out", Path]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
