namespace Concurrency.Benchmarks.Gate;

/// <summary>The gate's verdict on one case.</summary>
internal enum GateVerdict
{
    /// <summary>No slowdown shown, and the rounds were steady enough that a slowdown of the threshold would have been.</summary>
    Same,

    /// <summary>Head is significantly faster by at least the tolerance.</summary>
    Faster,

    /// <summary>Head is significantly slower by at least the tolerance, or allocates more than the floor allows: the gate fails.</summary>
    Regression,

    /// <summary>No slowdown shown, but the rounds were too noisy to show one of the threshold's size: not checked.</summary>
    Inconclusive,
}
