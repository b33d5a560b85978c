using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concurrency.Benchmarks.Results.Json;

/// <summary>
/// Reads a number as BenchmarkDotNet writes it: JSON has no NaN or infinity, so its serializer writes those as
/// <c>""</c>, which reads back as NaN. Any other text is not a number.
/// </summary>
internal sealed class ReportNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.String when reader.ValueTextEquals(""u8) => double.NaN,
        _ => throw new JsonException($"expected a number or \"\" (NaN), found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue("");
        }
    }
}
