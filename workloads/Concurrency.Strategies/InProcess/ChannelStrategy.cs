using System.Threading.Channels;

namespace Concurrency.Strategies.InProcess;

/// <summary>
/// Producer/consumer over a bounded <see cref="Channel{T}"/> (capacity W): one producer writes the task indices,
/// W consumers on the thread pool read them and await each task's asynchronous form — Python's
/// <c>queue.Queue</c> with worker threads. The first failure cancels the rest.
/// </summary>
public sealed class ChannelStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.Channel;

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(Workers) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var producer = Task.Run(() => ProduceAsync(channel.Writer, batch.Count, stop.Token), stop.Token);
        var consumers = new Task<long>[Math.Min(Workers, Math.Max(batch.Count, 1))];
        for (int c = 0; c < consumers.Length; c++)
        {
            consumers[c] = Task.Run(() => ConsumeAsync(channel.Reader, batch, stop), stop.Token);
        }

        var all = Task.WhenAll(consumers.Append(producer));
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (all.Exception is { } failures)
        {
            // Every failure, so the base class reports the one with the lowest task index.
            throw failures;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Checksums.Sum(consumers.Select(consumer => consumer.Result).ToArray());
    }

    private static async Task ProduceAsync(ChannelWriter<int> writer, int count, CancellationToken cancellationToken)
    {
        try
        {
            for (int taskIndex = 0; taskIndex < count; taskIndex++)
            {
                await writer.WriteAsync(taskIndex, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static async Task<long> ConsumeAsync(ChannelReader<int> reader, TaskBatch batch, CancellationTokenSource stop)
    {
        long sum = 0;
        try
        {
            await foreach (int taskIndex in reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                sum += await ExecuteAsync(batch, taskIndex, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        return sum;
    }
}
