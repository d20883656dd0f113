using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="YearMonth"/> as <c>"2021-09"</c> (the month of a monthly progress
/// report). Part of <see cref="PlanJson.Options"/>.
/// </summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    private static readonly YearMonthPattern Pattern = YearMonthPattern.Iso;

    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a year-month string of the form YYYY-MM.");
        }

        var text = reader.GetString() ?? string.Empty;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException("\"" + text + "\" is not a year and month of the form YYYY-MM.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(Pattern.Format(value));
    }
}
