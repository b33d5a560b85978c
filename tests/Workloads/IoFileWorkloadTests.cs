using Concurrency.Workloads.Io;

namespace Concurrency.Tests.Workloads;

/// <summary>The file workload writes what it says and leaves nothing behind.</summary>
public sealed class IoFileWorkloadTests
{
    [Test]
    public async Task ChecksumIsTheBytesWrittenToTheTasksFile()
    {
        await using var workload = new IoFileWorkload(3);

        long checksum = workload.Run(1);

        Assert.That(checksum, Is.EqualTo(3 * 1024));
        Assert.That(new FileInfo(Path.Combine(workload.Folder, "task-1.txt")).Length, Is.EqualTo(3 * 1024));
    }

    [Test]
    public async Task AsyncFormWritesTheSameFile()
    {
        await using var workload = new IoFileWorkload(2);

        long checksum = await workload.RunAsync(0, CancellationToken.None);

        Assert.That(checksum, Is.EqualTo(2 * 1024));
        Assert.That(File.ReadAllText(Path.Combine(workload.Folder, "task-0.txt")), Does.StartWith("abcdefghijklmnopqrstuvwxyzabc"));
    }

    [Test]
    public async Task DisposeRemovesTheTemporaryFolder()
    {
        var workload = new IoFileWorkload(1);
        workload.Run(0);
        await workload.RunAsync(1, CancellationToken.None);

        await workload.DisposeAsync();

        Assert.That(Directory.Exists(workload.Folder), Is.False);
    }
}
