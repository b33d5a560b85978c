using System.CommandLine;
using Concurrency.Benchmarks.Cli;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>The custom parsers as System.CommandLine runs them: a typed value, or a parse error naming the option.</summary>
public sealed class ValueParsersTests
{
    [Test]
    public void Names_AreCaseInsensitiveAndTrimmed()
    {
        var option = new Option<IReadOnlyList<WorkloadKind>?>("--workloads") { CustomParser = ValueParsers.Names<WorkloadKind> };

        Assert.That(Parse(option, "cpucountdown, IoSleep").GetValue(option), Is.EqualTo(new[] { WorkloadKind.CpuCountdown, WorkloadKind.IoSleep }));
    }

    [TestCase("Foo")]
    [TestCase("3")]
    public void Names_UnknownName_IsAnErrorListingTheValidOnes(string text)
    {
        var option = new Option<IReadOnlyList<WorkloadKind>?>("--workloads") { CustomParser = ValueParsers.Names<WorkloadKind> };

        Assert.That(Errors(Parse(option, text)), Is.EqualTo(new[] { $"--workloads: unknown value '{text}'. Valid: {string.Join(", ", Enum.GetNames<WorkloadKind>())}." }));
    }

    [Test]
    public void PositiveIntegers_RepeatedValues_AreKeptOnce()
    {
        var option = new Option<IReadOnlyList<int>?>("--workers") { CustomParser = ValueParsers.PositiveIntegers };

        Assert.That(Parse(option, "1,2,2,16").GetValue(option), Is.EqualTo(new[] { 1, 2, 16 }));
    }

    [TestCase("0")]
    [TestCase("two")]
    [TestCase(",")]
    public void PositiveIntegers_NoPositiveWholeNumber_IsAnError(string text)
    {
        var option = new Option<IReadOnlyList<int>?>("--workers") { CustomParser = ValueParsers.PositiveIntegers };

        Assert.That(Errors(Parse(option, text)), Has.One.StartsWith("--workers: "));
    }

    [Test]
    public void PositiveInteger_SeveralValues_IsAnError()
    {
        var option = new Option<int>("--workers") { CustomParser = ValueParsers.PositiveInteger };

        Assert.That(Errors(Parse(option, "1,2")), Is.EqualTo(new[] { "--workers: give exactly one value, not 2." }));
    }

    [Test]
    public void Name_OneName_IsTheValue()
    {
        var option = new Option<WorkloadKind>("--workload") { CustomParser = ValueParsers.Name<WorkloadKind> };

        Assert.That(Parse(option, "ioSleep").GetValue(option), Is.EqualTo(WorkloadKind.IoSleep));
    }

    [Test]
    public void Label_WithNothingUsable_IsAnError()
    {
        var option = new Option<string?>("--label") { CustomParser = ValueParsers.Label };

        Assert.That(Errors(Parse(option, "///")), Has.One.StartsWith("--label: '///' has no usable character"));
    }

    private static ParseResult Parse(Option option, string value)
    {
        var command = new RootCommand { option };
        return command.Parse([option.Name, value]);
    }

    private static string[] Errors(ParseResult result) => [.. result.Errors.Select(error => error.Message)];
}
