using Concurrency.Workloads.Cpu;

namespace Concurrency.Tests.Workloads;

/// <summary>SHA-256 checksums against Python's <c>hashlib</c> (first 8 digest bytes, little-endian).</summary>
public sealed class CpuHashWorkloadTests
{
    [TestCase(3, -5823313861189416018)]
    [TestCase(1000, 6951562153527193512)]
    public void ChecksumIsTheStartOfTheSha256Digest(int size, long expected)
    {
        Assert.That(new CpuHashWorkload(size).Run(0), Is.EqualTo(expected));
    }
}
