using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The source-generated contracts of <c>articles.json</c> and of what the Python side prints, all camelCase: a missing
/// property, a wrong type or a null where none is allowed is a <see cref="System.Text.Json.JsonException"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ArticleRow>))]
[JsonSerializable(typeof(PythonInfoRecord))]
[JsonSerializable(typeof(PythonRunRecord))]
[JsonSerializable(typeof(PythonUnavailableRecord))]
[JsonSerializable(typeof(PythonChecksumRecord))]
internal sealed partial class ArticlesJsonContext : JsonSerializerContext;
