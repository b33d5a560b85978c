using System.Numerics.Tensors;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Memory;

/// <summary>
/// NumPy's <c>x + y</c> on two float arrays of <c>Size</c> elements, far larger than the caches, with
/// <see cref="TensorPrimitives.Add(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>. The sum is produced
/// chunk by chunk into a cache-resident buffer and reduced, so memory traffic is the two input streams and no
/// task allocates. Like NumPy's ufuncs, it releases the GIL. The checksum is Σ (x[i] + y[i]).
/// </summary>
internal sealed class MemAddWorkload(int size) : IWorkload
{
    private readonly FloatOperands _operands = new(size);

    public WorkloadSpec Spec { get; } = new(WorkloadKind.MemAdd, size);

    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        Span<float> sums = stackalloc float[FloatOperands.ChunkLength];
        long checksum = 0;
        for (int start = 0; start < Spec.Size; start += FloatOperands.ChunkLength)
        {
            int length = Math.Min(FloatOperands.ChunkLength, Spec.Size - start);
            var chunk = sums[..length];
            TensorPrimitives.Add(_operands.X.AsSpan(start, length), _operands.Y.AsSpan(start, length), chunk);
            checksum += (long)TensorPrimitives.Sum<float>(chunk);
        }

        return checksum;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
