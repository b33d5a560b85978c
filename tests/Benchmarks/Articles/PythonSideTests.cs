using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>
/// How the command treats an interpreter that cannot do the job: it says why in the rows, and never crashes. Stand-in
/// interpreters are shell scripts that answer as a real one would (Linux).
/// </summary>
public sealed class PythonSideTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("articles-python-").FullName;

    [TearDown]
    public void DeleteFolder() => ScratchFolders.Delete(_folder);

    [Test]
    public async Task Info_InterpreterCannotStart_SaysSo()
    {
        var side = Side(Path.Combine(_folder, "no-such-python"));

        var (_, problem) = await side.InfoAsync();

        Assert.That(problem, Does.Contain("no-such-python could not be started"));
    }

    [Test]
    [Category(TestCategories.Slow)]
    public async Task Run_NumPyMissing_IsUnavailableWithItsReason()
    {
        string reason = "numpy-add needs the module 'numpy', which /usr/bin/python3 (Python 3.11.2) cannot import";
        var side = Side(Script(3, $$"""{"unavailable": "{{reason}}", "python": {{Info}}}"""));

        var outcome = await side.RunAsync(Experiment("numpy-add"), ArticlesPlan.Quick, null, Path.Combine(_folder, "out.json"));

        Assert.That((outcome.NotRun, outcome.Failed), Is.EqualTo((reason, false)));
    }

    [Test]
    [Category(TestCategories.Slow)]
    public async Task Run_ProgramFails_IsAFailureWithItsLastErrorLine()
    {
        var side = Side(Script(1, "", "RuntimeError: task 3 returned checksum 7, expected 8"));

        var outcome = await side.RunAsync(Experiment("sleep"), ArticlesPlan.Quick, null, Path.Combine(_folder, "out.json"));

        Assert.That((outcome.NotRun, outcome.Failed), Is.EqualTo(("sleep failed in Python (exit code 1): RuntimeError: task 3 returned checksum 7, expected 8", true)));
    }

    private const string Info =
        """{"implementation": "CPython", "version": "3.11.2", "executable": "/usr/bin/python3", "numpy": null, "numpyError": "No module named 'numpy'", "startMethod": "fork", "cpuCount": 2}""";

    private static ArticleExperiment Experiment(string name) => ArticleExperiment.All.Single(experiment => experiment.Name == name);

    private PythonSide Side(string executable) => new(new PythonProcess(executable, _folder, TimeSpan.FromMinutes(1)));

    /// <summary>A stand-in interpreter that prints <paramref name="stdout"/> and <paramref name="stderr"/> and exits with <paramref name="exitCode"/>.</summary>
    private string Script(int exitCode, string stdout, string stderr = "")
    {
        string path = Path.Combine(_folder, "python3");
        if (!OperatingSystem.IsLinux() || !File.Exists("/bin/sh"))
        {
            Assert.Inconclusive("the stand-in interpreter is a shell script (Linux)");
            return path;
        }

        File.WriteAllText(path, $"#!/bin/sh\ncat <<'EOF'\n{stdout}\nEOF\necho '{stderr}' >&2\nexit {exitCode}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
