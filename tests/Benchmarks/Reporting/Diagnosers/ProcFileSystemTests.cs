using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

public sealed class ProcFileSystemTests
{
    [Test]
    public void ResidentPages_StatmLine_IsItsSecondField() =>
        Assert.That(ProcFileSystem.ResidentPages("2590 414 371 5 0 81 0\n"), Is.EqualTo(414));

    [Test]
    public void ResidentPages_NotAStatmLine_IsNull() => Assert.That(ProcFileSystem.ResidentPages("no such thing"), Is.Null);
}
