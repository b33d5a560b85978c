using System.Diagnostics;
using Concurrency.Workloads.Io;

namespace Concurrency.Tests.Workloads;

/// <summary>The file workload writes what it says and leaves nothing behind, even after its process was killed.</summary>
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

    [Test]
    public async Task Folder_IsNamedAfterThisProcess()
    {
        await using var workload = new IoFileWorkload(1);

        Assert.That(Path.GetFileName(workload.Folder), Does.StartWith($"{IoFileWorkload.FolderPrefix}{Environment.ProcessId}-"));
    }

    [Test]
    [Category(TestCategories.Slow)]
    public async Task NewWorkload_RemovesTheFolderOfAProcessThatExitedWithoutDisposing_AndKeepsTheOthers()
    {
        // A process that has exited stands for a worker killed mid-task: its folder still holds a task's file.
        using var exited = Process.Start("true")!;
        await exited.WaitForExitAsync();
        string orphan = Folder($"{exited.Id}-killed");
        string running = Folder($"{Environment.ProcessId}-running");
        string unnamed = Folder("no-owner");
        File.WriteAllText(Path.Combine(orphan, "task-0.txt"), "left behind");
        try
        {
            await using var workload = new IoFileWorkload(1);

            Assert.Multiple(() =>
            {
                Assert.That(Directory.Exists(orphan), Is.False);
                Assert.That(Directory.Exists(running), Is.True);
                Assert.That(Directory.Exists(unnamed), Is.True);
            });
        }
        finally
        {
            foreach (string folder in new[] { orphan, running, unnamed }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Folder(string suffix) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), IoFileWorkload.FolderPrefix + suffix)).FullName;
}
