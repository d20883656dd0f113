using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Converts a model type with the same reader and writer as <see cref="PlanJson"/>, so that consumers can embed
/// plans, reports and deadline rules in their own documents with <see cref="PlanJson.Options"/>. Converters must
/// throw <see cref="JsonException"/> on bad data; <see cref="PlanJson"/>'s own methods return diagnostics instead.
/// </summary>
internal sealed class ModelJsonConverter<TModel> : JsonConverter<TModel>
    where TModel : class
{
    private readonly ReadModel _read;
    private readonly Action<Utf8JsonWriter, TModel> _write;

    public ModelJsonConverter(ReadModel read, Action<Utf8JsonWriter, TModel> write)
    {
        _read = read;
        _write = write;
    }

    /// <summary>Reads one value; the reader is on its first token and is left on its last.</summary>
    public delegate TModel ReadModel(ref Utf8JsonReader reader);

    public override TModel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _read(ref reader);

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options) => _write(writer, value);
}
