using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>
/// Files the parent shares by path, each mapped once and kept: a request then names only an offset and a length,
/// and the worker reads the parent's bytes in place, without a copy.
/// </summary>
internal sealed unsafe class MappedRegions : IDisposable
{
    private readonly Dictionary<string, (MemoryMappedFile File, MemoryMappedViewAccessor View, nint Start)> _maps = [];

    /// <summary>The checksum of the region a <see cref="MessageType.SumMapped"/> request names.</summary>
    public long Checksum(ReadOnlySpan<byte> fields)
    {
        long offset = BinaryPrimitives.ReadInt64LittleEndian(fields);
        int length = BinaryPrimitives.ReadInt32LittleEndian(fields[8..]);
        string path = WireFormat.ReadString(fields[12..]);
        var (_, view, start) = Map(path);
        if (offset < 0 || length < 0 || offset + length > view.Capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(fields), $"region {offset}+{length} is outside '{path}' ({view.Capacity} bytes)");
        }

        return PayloadChecksum.Of(new ReadOnlySpan<byte>((byte*)start + offset, length));
    }

    public void Dispose()
    {
        foreach (var (file, view, _) in _maps.Values)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }

    private (MemoryMappedFile File, MemoryMappedViewAccessor View, nint Start) Map(string path)
    {
        if (!_maps.TryGetValue(path, out var map))
        {
            var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            map = _maps[path] = (file, view, (nint)(pointer + view.PointerOffset));
        }

        return map;
    }
}
