using System.Buffers.Binary;

namespace Concurrency.WorkerProtocol;

/// <summary>A checksum of a payload that touches every byte: the wrapping sum of its 8-byte words and its tail bytes.</summary>
public static class PayloadChecksum
{
    public static long Of(ReadOnlySpan<byte> payload)
    {
        long sum = payload.Length;
        int words = payload.Length / sizeof(long);
        for (int i = 0; i < words; i++)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadInt64LittleEndian(payload[(i * sizeof(long))..]));
        }

        for (int i = words * sizeof(long); i < payload.Length; i++)
        {
            sum = unchecked(sum + payload[i]);
        }

        return sum;
    }
}
