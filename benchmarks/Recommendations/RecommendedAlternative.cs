using System.Text.Json.Serialization;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>The runner-up of a <see cref="Recommendation"/>: the next best strategy and worker count, and the case behind it.</summary>
/// <param name="Strategy">The best of the other strategies.</param>
/// <param name="Workers">Its worker count.</param>
/// <param name="Speedup">Its speedup over Sequential.</param>
/// <param name="Case">The benchmark case the figures come from.</param>
/// <param name="SpeedupInterval">The speedup's 99 % interval, or null with too few measurements.</param>
/// <param name="Indistinguishable">True when the run cannot tell it from the recommendation (<see cref="Recommender.Indistinguishable"/>).</param>
internal sealed record RecommendedAlternative(
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("workers")] int Workers,
    [property: JsonPropertyName("speedup")] double Speedup,
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("speedupInterval")] RatioInterval? SpeedupInterval = null,
    [property: JsonPropertyName("indistinguishable")] bool Indistinguishable = false);
