namespace Concurrency.Benchmarks.Comparison;

/// <summary>How head compares with base for one case.</summary>
internal enum Verdict
{
    /// <summary>No shift beyond the threshold: noise, or a change too small to matter.</summary>
    Same,

    /// <summary>Head is faster by more than the threshold, significantly.</summary>
    Faster,

    /// <summary>Head is slower by more than the threshold, significantly: a regression.</summary>
    Slower,

    /// <summary>Too few measurements for the test to be significant (a Dry job measures once, the short job 3 times).</summary>
    Inconclusive,
}
