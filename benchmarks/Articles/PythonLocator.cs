using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// Picks the interpreter: <c>--python</c>, else <see cref="Variable"/>, else Debian's <see cref="DebianPython"/> on Linux
/// (the one Debian's python3-numpy installs NumPy for; a pyenv or venv <c>python3</c> earlier on PATH usually has no
/// NumPy), else <c>python3</c> or <c>python</c> on PATH. A named interpreter that does not exist is bad input; finding
/// none at all is not: the Python rows say so and the .NET side runs.
/// </summary>
internal static class PythonLocator
{
    public const string Variable = "CONCURRENCY_BENCHMARKS_PYTHON";

    public const string DebianPython = "/usr/bin/python3";

    private static readonly string[] Names = ["python3", "python"];

    public static PythonLocation Locate(string? option) => Locate(
        option,
        Environment.GetEnvironmentVariable(Variable),
        Environment.GetEnvironmentVariable("PATH"),
        OperatingSystem.IsLinux(),
        File.Exists);

    /// <summary>The same, with the environment given: testable without touching the machine's interpreters.</summary>
    internal static PythonLocation Locate(string? option, string? variable, string? path, bool linux, Func<string, bool> exists)
    {
        if (option is not null)
        {
            return Named(option, "--python", path, exists);
        }

        if (!string.IsNullOrWhiteSpace(variable))
        {
            return Named(variable, Variable, path, exists);
        }

        if (linux && exists(DebianPython))
        {
            return PythonLocation.Found(DebianPython);
        }

        return Names.Select(name => OnPath(name, path, exists)).FirstOrDefault(found => found is not null) is { } onPath
            ? PythonLocation.Found(onPath)
            : PythonLocation.Missing(
                $"no Python interpreter found (looked for {(linux ? DebianPython + ", " : "")}python3 and python on PATH): "
                + $"install python3 (Debian: apt-get install python3 python3-numpy), or name one with --python PATH or {Variable}");
    }

    /// <summary>A path, or a bare name looked up on PATH; one that is not there is the user's mistake.</summary>
    private static PythonLocation Named(string name, string source, string? path, Func<string, bool> exists)
    {
        bool bare = name.IndexOfAny(['/', '\\']) < 0;
        string? found = exists(name) ? Path.GetFullPath(name) : bare ? OnPath(name, path, exists) : null;
        return found is not null
            ? PythonLocation.Found(found)
            : throw new UsageException($"{source}: the Python interpreter '{name}' does not exist; name one, e.g. {DebianPython}.");
    }

    private static string? OnPath(string name, string? path, Func<string, bool> exists)
    {
        string file = OperatingSystem.IsWindows() ? name + ".exe" : name;
        return (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, file))
            .FirstOrDefault(exists);
    }
}
