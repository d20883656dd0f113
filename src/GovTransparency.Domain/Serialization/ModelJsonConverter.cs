using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Converts a model type through its JSON contract type, so that consumers can embed plans, reports and
/// deadline rules in their own documents with <see cref="PlanJson.Options"/>. Converters must throw
/// <see cref="JsonException"/> on bad data; <see cref="PlanJson"/>'s own methods return diagnostics instead.
/// </summary>
internal sealed class ModelJsonConverter<TModel, TDto> : JsonConverter<TModel>
    where TModel : class
    where TDto : class
{
    private readonly JsonTypeInfo<TDto> _typeInfo;
    private readonly Func<TModel, TDto> _write;
    private readonly Func<TDto, DtoReader, TModel?> _read;

    public ModelJsonConverter(JsonTypeInfo<TDto> typeInfo, Func<TModel, TDto> write, Func<TDto, DtoReader, TModel?> read)
    {
        _typeInfo = typeInfo;
        _write = write;
        _read = read;
    }

    public override TModel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = JsonSerializer.Deserialize(ref reader, _typeInfo);
        if (dto is null)
        {
            return null;
        }

        var mapper = new DtoReader();
        var model = _read(dto, mapper);
        if (mapper.HasErrors || model is null)
        {
            throw new JsonException(mapper.Diagnostics.Count > 0 ? mapper.Diagnostics[0].MessageEn : "The value could not be read.");
        }

        return model;
    }

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, _write(value), _typeInfo);
}
