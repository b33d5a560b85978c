namespace Concurrency.Strategies.InProcess;

/// <summary><see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> with MaxDegreeOfParallelism = W; the caller's thread takes part.</summary>
public sealed class ParallelForStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.ParallelFor;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken };
        long checksum = 0;
        Parallel.For(
            0,
            batch.Count,
            options,
            localInit: () => 0L,
            body: (taskIndex, _, partial) => partial + Execute(batch, taskIndex, cancellationToken),
            localFinally: partial => Interlocked.Add(ref checksum, partial));
        return Task.FromResult(checksum);
    }
}
