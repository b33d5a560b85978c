using System.Text;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Io;

/// <summary>
/// The articles' "write a big string to a file": each task writes a <c>Size</c>-KiB ASCII string to its own file
/// and flushes it to disk (fsync), in a temporary folder this workload creates and removes on dispose (or, if its
/// process is killed first, the next one removes: <see cref="OwnedTempFolder"/>). The GIL is
/// released while writing, as Python's file I/O does. The checksum is the file's length after the flush.
/// </summary>
internal sealed class IoFileWorkload : IWorkload, IAsyncDisposable
{
    /// <summary>The name every folder of this workload starts with, before its owner's process id.</summary>
    internal const string FolderPrefix = "concurrency-iofile-";

    private const int BufferSize = 64 * 1024;

    private readonly string _text;

    public IoFileWorkload(int size)
    {
        Spec = new WorkloadSpec(WorkloadKind.IoFile, size);
        _text = string.Create(checked(size * 1024), 0, static (chars, _) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('a' + (i % 26));
            }
        });
        Folder = OwnedTempFolder.Create(FolderPrefix);
    }

    public WorkloadSpec Spec { get; }

    /// <summary>The temporary folder the files are written to; gone once the workload is disposed.</summary>
    public string Folder { get; }

    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        using var stream = Create(taskIndex, FileOptions.None);
        using (var writer = new StreamWriter(stream, Encoding.ASCII, BufferSize, leaveOpen: true))
        {
            writer.Write(_text);
        }

        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    public async ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken)
    {
        await using var stream = Create(taskIndex, FileOptions.Asynchronous);
        await using (var writer = new StreamWriter(stream, Encoding.ASCII, BufferSize, leaveOpen: true))
        {
            await writer.WriteAsync(_text.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        // .NET has no asynchronous fsync; Flush(true) is the only way to reach the disk.
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private FileStream Create(int taskIndex, FileOptions options) =>
        new(Path.Combine(Folder, $"task-{taskIndex}.txt"), FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, options);
}
