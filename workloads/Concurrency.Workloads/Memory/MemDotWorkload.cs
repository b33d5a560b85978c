using System.Numerics.Tensors;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Memory;

/// <summary>
/// NumPy's <c>x.dot(y)</c> on two float arrays of <c>Size</c> elements, far larger than the caches, with
/// <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>, chunk by chunk so each partial
/// result stays exact. Like NumPy's BLAS call, it releases the GIL. The checksum is Σ x[i]·y[i].
/// </summary>
internal sealed class MemDotWorkload(int size) : IWorkload
{
    private readonly FloatOperands _operands = new(size);

    public WorkloadSpec Spec { get; } = new(WorkloadKind.MemDot, size);

    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        long checksum = 0;
        for (int start = 0; start < Spec.Size; start += FloatOperands.ChunkLength)
        {
            int length = Math.Min(FloatOperands.ChunkLength, Spec.Size - start);
            checksum += (long)TensorPrimitives.Dot(_operands.X.AsSpan(start, length), _operands.Y.AsSpan(start, length));
        }

        return checksum;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
