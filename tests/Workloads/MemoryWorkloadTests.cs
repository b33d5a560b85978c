using Concurrency.Workloads.Catalog;
using Concurrency.Workloads.Memory;
using Concurrency.Workloads;

namespace Concurrency.Tests.Workloads;

/// <summary>
/// The memory-bound workloads against sums computed in Python over x[i] = i mod 7, y[i] = i mod 5 for 20,000
/// elements (several chunks and a partial one).
/// </summary>
public sealed class MemoryWorkloadTests
{
    [Test]
    public void MemAddSumsTheElementWiseSum()
    {
        // sum(i % 7 + i % 5 for i in range(20000))
        Assert.That(new MemAddWorkload(20_000).Run(0), Is.EqualTo(99_997));
    }

    [Test]
    public void MemDotIsTheDotProduct()
    {
        // sum((i % 7) * (i % 5) for i in range(20000))
        Assert.That(new MemDotWorkload(20_000).Run(0), Is.EqualTo(119_989));
    }

    [TestCase(WorkloadKind.MemAdd)]
    [TestCase(WorkloadKind.MemDot)]
    public void MemoryWorkloadsAreMemoryBound(WorkloadKind kind)
    {
        Assert.That(WorkloadCatalog.BoundOf(kind), Is.EqualTo(WorkloadBound.Memory));
    }
}
