using Concurrency.Processes;

namespace Concurrency.Tests.Processes;

public sealed class StderrTailTests
{
    [Test]
    public void Add_MoreLinesThanKept_KeepsTheLastOnesInOrder()
    {
        var tail = new StderrTail();

        for (int line = 1; line <= StderrTail.Lines + 5; line++)
        {
            tail.Add($"line {line}");
        }

        Assert.That(tail.Text.Split(Environment.NewLine), Is.EqualTo(Enumerable.Range(6, StderrTail.Lines).Select(line => $"line {line}")));
    }

    [Test]
    public void Add_Null_KeepsNothing()
    {
        var tail = new StderrTail();

        tail.Add(null);

        Assert.That(tail.Text, Is.Empty);
    }
}
