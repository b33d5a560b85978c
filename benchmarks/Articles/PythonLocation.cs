namespace Concurrency.Benchmarks.Articles;

/// <summary>The interpreter the Python side runs with, or why there is none.</summary>
/// <param name="Executable">The interpreter's path; null when none was found.</param>
/// <param name="Problem">Why the Python side cannot run, for the report's rows; null when an interpreter was found.</param>
internal sealed record PythonLocation(string? Executable, string? Problem)
{
    public static PythonLocation Found(string executable) => new(executable, null);

    public static PythonLocation Missing(string problem) => new(null, problem);
}
