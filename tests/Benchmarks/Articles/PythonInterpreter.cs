using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>
/// The interpreter and programs the Python-driven tests use: the command's own default choice. Tests that need them
/// are inconclusive, not failed, on a machine without Python (<c>.ci/install-prerequisites</c> installs it).
/// </summary>
internal static class PythonInterpreter
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static PythonProcess Require()
    {
        var location = PythonLocator.Locate(null);
        Assume.That(location.Executable, Is.Not.Null, location.Problem);
        string? programs = PythonPrograms.Folder();
        Assume.That(programs, Is.Not.Null, "the Python programs (python/articles) are found from inside a checkout");
        return new PythonProcess(location.Executable!, programs!, Limit);
    }

    /// <summary>Runs a command that must succeed and returns its stdout.</summary>
    public static string Output(this PythonProcess python, params string[] arguments)
    {
        var result = python.RunAsync(arguments).GetAwaiter().GetResult();
        Assert.That(result.ExitCode, Is.Zero, result.ErrorTail);
        return result.Output;
    }
}
