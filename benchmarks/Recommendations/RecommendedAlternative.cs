using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>The runner-up of a <see cref="Recommendation"/>: the next best strategy and worker count, and the case behind it.</summary>
internal sealed record RecommendedAlternative(
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("workers")] int Workers,
    [property: JsonPropertyName("speedup")] double Speedup,
    [property: JsonPropertyName("case")] string Case);
