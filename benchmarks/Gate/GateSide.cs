namespace Concurrency.Benchmarks.Gate;

/// <summary>Which tree a round measured: the pull request's base or its head.</summary>
internal enum GateSide
{
    Base,
    Head,
}
