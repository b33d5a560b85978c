namespace Concurrency.Benchmarks.Suites;

/// <summary>Benchmark categories, so a subset runs with <c>--anyCategories</c>.</summary>
public static class Categories
{
    public const string Scaling = nameof(Scaling);

    public const string Calibration = nameof(Calibration);
}
