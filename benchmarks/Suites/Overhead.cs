using BenchmarkDotNet.Attributes;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// Every model's per-task cost on tiny tasks. A strategy that starts a process per task (<c>ProcessPerTask</c>) is left
/// out: its per-task cost is a process start-up, which <see cref="ProcessStartup"/> measures. <see cref="PoolBatching"/> shows what batching does to the
/// pool's figure.
/// </summary>
[BenchmarkCategory(Categories.Overhead)]
public class Overhead : TinyTaskSuite
{
    public static IEnumerable<StrategyKind> Strategies => Enum.GetValues<StrategyKind>().Where(kind => kind.Describe().Processes is not StrategyProcesses.PerTask);

    [ParamsSource(nameof(Strategies))]
    public StrategyKind Strategy { get; set; }

    protected override Strategy CreateStrategy() => StrategyCatalog.Create(Strategy, Workers);
}
