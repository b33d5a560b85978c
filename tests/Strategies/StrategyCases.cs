using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using PropertyNames = NUnit.Framework.Internal.PropertyNames;

namespace Concurrency.Tests.Strategies;

/// <summary>
/// Strategies as test fixtures and cases, in <see cref="TestCategories.Slow"/> where the strategy starts something outside
/// this process's threads: worker processes (one per task, a pool, or Hybrid's pool for its CPU work) or an Orleans
/// cluster of silo processes. The others run on this process's threads and stay in the fast loop;
/// <c>StrategyCasesTests</c> checks that they start no process.
/// </summary>
internal static class StrategyCases
{
    public static bool StartsProcesses(StrategyKind kind) => kind.Describe().Processes is not StrategyProcesses.None;

    public static IEnumerable<TestFixtureData> Fixtures(IEnumerable<StrategyKind> kinds) =>
        kinds.Select(kind => Categorised(new TestFixtureData(kind), kind));

    public static IEnumerable<TestCaseData> Cases(IEnumerable<StrategyKind> kinds) =>
        kinds.Select(kind => Categorised(new TestCaseData(kind), kind));

    private static T Categorised<T>(T data, StrategyKind kind)
        where T : NUnit.Framework.Internal.TestParameters
    {
        if (StartsProcesses(kind))
        {
            data.Properties.Add(PropertyNames.Category, TestCategories.Slow);
        }

        return data;
    }
}
