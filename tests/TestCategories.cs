using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Concurrency.Tests;

/// <summary>
/// The test categories <c>dotnet test --filter</c> selects by. <see cref="Slow"/> marks every test or fixture that starts
/// something outside this test process's threads: a process (the suite's CLI, a worker, Python, a shell), an Orleans
/// cluster, a redis-server or a browser. <c>--filter "Category!=Slow"</c> leaves the fast loop: every pure unit test.
/// </summary>
internal static class TestCategories
{
    public const string Slow = "Slow";

    /// <summary>
    /// Fails the current test unless it or a fixture above it is <see cref="Slow"/>. The helpers that start the suite's
    /// CLI, Python or redis-server call it, so a new test that uses one cannot slip into the fast loop unnoticed.
    /// </summary>
    public static void RequireSlow(string starts)
    {
        for (ITest? test = TestExecutionContext.CurrentContext.CurrentTest; test is not null; test = test.Parent)
        {
            if (test.Properties[PropertyNames.Category].Contains(Slow))
            {
                return;
            }
        }

        Assert.Fail($"this test starts {starts}: mark it or its fixture [Category(TestCategories.Slow)], so the fast loop (--filter \"Category!=Slow\") leaves it out");
    }
}
