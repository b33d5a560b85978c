namespace Concurrency.Strategies.InProcess;

/// <summary>Runs the tasks one after another on the calling thread. The baseline; it has one worker.</summary>
public sealed class SequentialStrategy() : Strategy(workers: 1)
{
    public override StrategyKind Kind => StrategyKind.Sequential;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        long checksum = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            checksum += Execute(batch, i, cancellationToken);
        }

        return Task.FromResult(checksum);
    }
}
