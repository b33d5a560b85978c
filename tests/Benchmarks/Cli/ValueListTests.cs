using Concurrency.Benchmarks.Cli;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Cli;

public sealed class ValueListTests
{
    [Test]
    public void NamesAreCaseInsensitiveAndTrimmed()
    {
        Assert.That(
            ValueList.ParseNames<WorkloadKind>("cpucountdown, IoSleep", "--workloads"),
            Is.EqualTo(new[] { WorkloadKind.CpuCountdown, WorkloadKind.IoSleep }));
    }

    [TestCase("Foo")]
    [TestCase("3")]
    public void AnUnknownNameListsTheValidOnes(string text)
    {
        Assert.That(
            () => ValueList.ParseNames<WorkloadKind>(text, "--workloads"),
            Throws.TypeOf<UsageException>().With.Message.Contains("--workloads").And.Message.Contains("CpuCountdown, CpuRangeSum"));
    }

    [TestCase("0")]
    [TestCase("two")]
    [TestCase(",")]
    public void WorkerCountsMustBePositiveNumbers(string text)
    {
        Assert.That(() => ValueList.ParsePositiveIntegers(text, "--workers"), Throws.TypeOf<UsageException>());
    }

    [Test]
    public void AnUnknownValueExitsWithBadInput()
    {
        Assert.That(Concurrency.Benchmarks.Program.Main(["--strategies", "Fibers"]), Is.EqualTo(ExitCodes.BadInput));
    }
}
