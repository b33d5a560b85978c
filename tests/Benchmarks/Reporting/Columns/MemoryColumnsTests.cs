using System.Globalization;
using Concurrency.Benchmarks.Reporting.Columns;

namespace Concurrency.Tests.Benchmarks.Reporting.Columns;

public sealed class MemoryColumnsTests
{
    [TestCase(3.5 * 1024 * 1024, "3.50 MB")]
    [TestCase(-0.5 * 1024 * 1024, "-0.50 MB")]
    [TestCase(2000.0 * 1024 * 1024, "2000.00 MB")]
    [TestCase(-2048.0, "0.00 MB")]
    public void Megabytes_BinaryMegabytesWithTwoDecimalsAndNoThousandsSeparator(double bytes, string shown) =>
        Assert.That(MemoryColumn.Megabytes(bytes, CultureInfo.InvariantCulture), Is.EqualTo(shown));

    [Test]
    public void PeakRssLegend_SaysWhatIsCountedAndTheUnit() =>
        Assert.That(PeakRssColumn.Default.Legend, Does.Contain("every process it started").And.Contain("once per process").And.Contain("MB = 1,048,576 bytes"));

    [Test]
    public void RssPerWorkerLegend_NamesItsBaseline() =>
        Assert.That(RssPerWorkerColumn.Default.Legend, Does.Contain("Sequential case's Peak RSS").And.Contain("÷ Workers"));
}
