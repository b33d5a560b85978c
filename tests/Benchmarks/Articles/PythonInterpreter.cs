using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>
/// The interpreter and programs the Python-driven tests use: the command's own default choice. Tests that need them
/// are skipped, not failed, on a machine without Python (see <see cref="Prerequisites"/>).
/// </summary>
internal static class PythonInterpreter
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static PythonProcess Require()
    {
        TestCategories.RequireSlow("Python");
        var location = PythonLocator.Locate(null);
        Prerequisites.Require("python3", location.Executable is not null, "the articles' Python programs run under it");
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
