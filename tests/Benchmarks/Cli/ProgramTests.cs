using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>
/// The entry point's one rule for bad input: exit code 2 with the message on stderr, whether the parser, a stray
/// token or a command found it. Every case here fails before any benchmark runs.
/// </summary>
public sealed class ProgramTests
{
    private TextWriter _stderr = TextWriter.Null;
    private StringWriter _captured = new();

    [SetUp]
    public void CaptureStandardError()
    {
        _stderr = Console.Error;
        _captured = new StringWriter();
        Console.SetError(_captured);
    }

    [TearDown]
    public void RestoreStandardError()
    {
        Console.SetError(_stderr);
        _captured.Dispose();
    }

    [Test]
    public void Main_UnknownStrategy_ExitsWithBadInput()
    {
        Assert.That(Program.Main(["--strategies", "Fibers"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Main_UnknownStrategy_PrintsTheParsersMessage()
    {
        Program.Main(["--strategies", "Fibers"]);

        Assert.That(_captured.ToString(), Does.StartWith("error: --strategies: unknown value 'Fibers'. Valid: "));
    }

    [Test]
    public void Main_OptionGivenTwice_ExitsWithBadInput()
    {
        Assert.That(Program.Main(["--workers", "1", "--workers", "2"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Main_UnusableLabel_ExitsWithBadInput()
    {
        Assert.That(Program.Main(["--label", "///"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Main_MissingRequiredOption_ExitsWithBadInput()
    {
        Assert.That(Program.Main(["timeline", "--workload", "IoSleep", "--strategy", "Threads"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Main_StrayTokenOfASubcommand_NamesIt()
    {
        Program.Main(["compare", "base", "head", "extra"]);

        Assert.That(_captured.ToString(), Does.Contain("error: compare: unexpected 'extra'."));
    }

    [Test]
    public void Main_UsageErrorOfACommand_PrintsItsMessage()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}");

        Program.Main(["report", missing]);

        Assert.That(_captured.ToString(), Is.EqualTo($"error: {missing}: no such file or folder.{Environment.NewLine}"));
    }

    [Test]
    public void Main_ArticlesWithPythonThatDoesNotExist_ExitsWithBadInput() =>
        Assert.That(Program.Main(["articles", "--quick", "--python", "/nowhere/python3"]), Is.EqualTo(ExitCodes.BadInput));

    [Test]
    public void Main_ArticlesWithPythonThatDoesNotExist_SaysWhich()
    {
        Program.Main(["articles", "--quick", "--python", "/nowhere/python3"]);

        Assert.That(_captured.ToString(), Does.StartWith("error: --python: the Python interpreter '/nowhere/python3' does not exist"));
    }
}
