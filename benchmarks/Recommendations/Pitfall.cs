using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>A pitfall the run itself showed (thread-pool starvation, processes losing to their start-up …) and the case that shows it.</summary>
internal sealed record Pitfall(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("case")] string Case);
