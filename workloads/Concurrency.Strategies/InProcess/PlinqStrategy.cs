namespace Concurrency.Strategies.InProcess;

/// <summary>
/// PLINQ over the task indices with <c>WithDegreeOfParallelism(W)</c>: a declarative query whose partitions
/// run on the thread pool and whose per-task checksums are summed by the query itself.
/// </summary>
public sealed class PlinqStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.Plinq;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        long checksum = ParallelEnumerable.Range(0, batch.Count)
            .WithDegreeOfParallelism(Workers)
            .WithCancellation(cancellationToken)
            .Select(taskIndex => Execute(batch, taskIndex, cancellationToken))
            .Aggregate(0L, (sum, result) => unchecked(sum + result));
        return Task.FromResult(checksum);
    }
}
