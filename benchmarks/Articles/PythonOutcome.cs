namespace Concurrency.Benchmarks.Articles;

/// <summary>The Python side of one experiment: its run, or why there is none.</summary>
/// <param name="Run">The measurements; null when the experiment did not run.</param>
/// <param name="NotRun">Why it did not run (no interpreter, no NumPy, a failure); null when it ran.</param>
/// <param name="Failed">True when it should have run and did not: the command then exits 1.</param>
internal sealed record PythonOutcome(PythonRunRecord? Run, string? NotRun, bool Failed)
{
    public static PythonOutcome Measured(PythonRunRecord run) => new(run, null, Failed: false);

    public static PythonOutcome Unavailable(string reason) => new(null, reason, Failed: false);

    public static PythonOutcome Failure(string reason) => new(null, reason, Failed: true);
}
