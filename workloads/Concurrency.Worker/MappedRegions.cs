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

    /// <summary>The checksum of the region a <see cref="SumMappedMessage"/> names.</summary>
    public long Checksum(SumMappedMessage region)
    {
        var (_, view, start) = Map(region.Path);
        if (region.Offset < 0 || region.Length < 0 || region.Offset + region.Length > view.Capacity)
        {
            throw new ArgumentOutOfRangeException(
                nameof(region), $"region {region.Offset}+{region.Length} is outside '{region.Path}' ({view.Capacity} bytes)");
        }

        return PayloadChecksum.Of(new ReadOnlySpan<byte>((byte*)start + region.Offset, region.Length));
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
