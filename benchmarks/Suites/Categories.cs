namespace Concurrency.Benchmarks.Suites;

/// <summary>Benchmark categories, so a subset runs with <c>--anyCategories</c>.</summary>
internal static class Categories
{
    public const string Scaling = nameof(Scaling);

    public const string Calibration = nameof(Calibration);

    /// <summary>What moving data to a worker process costs: pipe copies against shared memory.</summary>
    public const string Transfer = nameof(Transfer);

    /// <summary>What starting a unit of concurrency costs: a thread, a pool work item, a worker process, a pool.</summary>
    public const string Startup = nameof(Startup);

    /// <summary>What each strategy costs per task when the task itself costs almost nothing.</summary>
    public const string Overhead = nameof(Overhead);
}
