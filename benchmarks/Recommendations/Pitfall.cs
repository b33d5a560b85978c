using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>A pitfall the run itself showed (thread-pool starvation, processes losing to their start-up …) and the case that shows it.</summary>
/// <param name="Text">What went wrong, with the figures that show it.</param>
/// <param name="Case">The benchmark case that shows it, as the reports name it.</param>
/// <param name="Kind">Which rule found it (<see cref="PitfallKinds"/>), for a reader that groups or filters them.</param>
internal sealed record Pitfall(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("kind")] string Kind = "");
