using Concurrency.Benchmarks;
using Concurrency.Benchmarks.Cli;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>The <c>articles</c> command's bad input, which stops it before anything runs.</summary>
public sealed class ArticlesCommandTests
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
    public void Main_PythonThatDoesNotExist_ExitsWithBadInput() =>
        Assert.That(Program.Main(["articles", "--quick", "--python", "/nowhere/python3"]), Is.EqualTo(ExitCodes.BadInput));

    [Test]
    public void Main_PythonThatDoesNotExist_SaysWhich()
    {
        Program.Main(["articles", "--quick", "--python", "/nowhere/python3"]);

        Assert.That(_captured.ToString(), Does.StartWith("error: --python: the Python interpreter '/nowhere/python3' does not exist"));
    }
}
