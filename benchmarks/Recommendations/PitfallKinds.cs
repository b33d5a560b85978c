namespace Concurrency.Benchmarks.Recommendations;

/// <summary>The names of the rules that find pitfalls (<see cref="PitfallRules"/>), as <c>recommendations.json</c> gives them.</summary>
internal static class PitfallKinds
{
    public const string ThreadPoolStarvation = "thread-pool-starvation";
    public const string AsyncDoesNotParallelise = "async-does-not-parallelise";
    public const string AsyncOverBlocking = "async-over-blocking";
    public const string GilThreadsDoNotScale = "gil-threads-do-not-scale";
    public const string ProcessStartUp = "process-start-up";
    public const string ProcessOverhead = "process-overhead";
    public const string Plausibility = "plausibility";
}
