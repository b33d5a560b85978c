using System.Buffers.Binary;
using System.Security.Cryptography;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Cpu;

/// <summary>
/// SHA-256 over a buffer of <c>Size</c> bytes (byte i = i mod 256), allocated once per workload: CPU work in
/// native code that, like Python's <c>hashlib</c>, releases the GIL while it hashes. The checksum is the digest's
/// first 8 bytes, little-endian.
/// </summary>
internal sealed class CpuHashWorkload : IWorkload
{
    private readonly byte[] _buffer;

    public CpuHashWorkload(int size)
    {
        Spec = new WorkloadSpec(WorkloadKind.CpuHash, size);
        _buffer = GC.AllocateUninitializedArray<byte>(size);
        for (int i = 0; i < _buffer.Length; i++)
        {
            _buffer[i] = unchecked((byte)i);
        }
    }

    public WorkloadSpec Spec { get; }

    public long Run(int taskIndex)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        using (InterpreterLock.AllowThreads())
        {
            SHA256.HashData(_buffer, digest);
        }

        return BinaryPrimitives.ReadInt64LittleEndian(digest);
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
