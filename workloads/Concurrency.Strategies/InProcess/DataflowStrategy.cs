using System.Threading.Tasks.Dataflow;

namespace Concurrency.Strategies.InProcess;

/// <summary>
/// TPL Dataflow: every task index is posted to one <see cref="ActionBlock{TInput}"/> with MaxDegreeOfParallelism = W
/// that awaits each task's asynchronous form. A failing task faults the block, which drops what is still queued.
/// </summary>
public sealed class DataflowStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.Dataflow;

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        long checksum = 0;
        var block = new ActionBlock<int>(
            async taskIndex =>
            {
                long result = await ExecuteAsync(batch, taskIndex, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref checksum, result);
            },
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken });

        for (int taskIndex = 0; taskIndex < batch.Count; taskIndex++)
        {
            block.Post(taskIndex);
        }

        block.Complete();
        await block.Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (block.Completion.Exception is { } failures)
        {
            // Every failure, so the base class reports the one with the lowest task index.
            throw failures;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return checksum;
    }
}
