using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO date string, <c>"2021-09-30"</c>. Part of
/// <see cref="PlanJson.Options"/>; add it to your own options to embed dates in your documents.
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a date string of the form YYYY-MM-DD.");
        }

        var text = reader.GetString() ?? string.Empty;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException("\"" + text + "\" is not a date that exists, of the form YYYY-MM-DD.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
