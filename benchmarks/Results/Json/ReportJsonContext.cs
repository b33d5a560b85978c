using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Results.Json;

/// <summary>
/// The source-generated contract of the full JSON report: a property of the wrong type, a missing required one or a
/// null where the record allows none is a <see cref="System.Text.Json.JsonException"/> naming its path.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    UseStringEnumConverter = true,
    Converters = [typeof(ReportNumberConverter)])]
[JsonSerializable(typeof(FullReportRecord))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
