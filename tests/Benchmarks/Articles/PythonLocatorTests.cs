using Concurrency.Benchmarks.Articles;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>Which interpreter the <c>articles</c> command picks, with the machine's files and PATH made up.</summary>
public sealed class PythonLocatorTests
{
    private static readonly string PathVariable = string.Join(Path.PathSeparator, "/opt/bin", "/usr/local/bin");

    [Test]
    public void Locate_OptionNamesMissingInterpreter_IsBadInput() =>
        Assert.That(
            () => PythonLocator.Locate("/nowhere/python3", null, PathVariable, linux: true, Exists()),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("--python: the Python interpreter '/nowhere/python3' does not exist; name one, e.g. /usr/bin/python3."));

    [Test]
    public void Locate_VariableNamesMissingInterpreter_IsBadInputNamingTheVariable() =>
        Assert.That(
            () => PythonLocator.Locate(null, "/nowhere/python3", PathVariable, linux: true, Exists()),
            Throws.TypeOf<UsageException>().With.Message.StartWith(PythonLocator.Variable + ":"));

    [Test]
    public void Locate_OptionOverridesTheVariable() =>
        Assert.That(
            PythonLocator.Locate("/opt/python/bin/python3", "/elsewhere/python3", PathVariable, linux: true, Exists("/opt/python/bin/python3", "/elsewhere/python3")).Executable,
            Is.EqualTo(Path.GetFullPath("/opt/python/bin/python3")));

    [Test]
    public void Locate_DebianPythonOnLinux_ComesBeforePath() =>
        Assert.That(
            PythonLocator.Locate(null, null, PathVariable, linux: true, Exists(PythonLocator.DebianPython, OnPath("/opt/bin", "python3"))).Executable,
            Is.EqualTo(PythonLocator.DebianPython));

    [Test]
    public void Locate_NoDebianPython_TakesPython3FromPath() =>
        Assert.That(
            PythonLocator.Locate(null, null, PathVariable, linux: true, Exists(OnPath("/usr/local/bin", "python3"), OnPath("/opt/bin", "python"))).Executable,
            Is.EqualTo(OnPath("/usr/local/bin", "python3")));

    [Test]
    public void Locate_NoInterpreterAnywhere_SaysSoWithoutThrowing() =>
        Assert.That(
            PythonLocator.Locate(null, null, PathVariable, linux: true, Exists()).Problem,
            Does.StartWith("no Python interpreter found").And.Contain("--python PATH"));

    private static string OnPath(string folder, string name) => Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private static Func<string, bool> Exists(params string[] files) => file => files.Contains(file);
}
