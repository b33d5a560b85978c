using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>The source-generated contract of <c>recommendations.json</c>: a list of <see cref="Recommendation"/>.</summary>
[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<Recommendation>))]
internal sealed partial class RecommendationsJsonContext : JsonSerializerContext;
