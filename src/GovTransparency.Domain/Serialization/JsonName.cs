using System;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// An enum value as the JSON contract carries it: absent (the default), a known name, or an unknown name kept as
/// text so that the reader can report it with its path (GT0503).
/// </summary>
/// <remarks>Equatable without boxing: the serializer compares it with its default to leave absent names out.</remarks>
internal readonly struct JsonName<T> : IEquatable<JsonName<T>>
    where T : struct, Enum
{
    public JsonName(T value)
    {
        Value = value;
        IsPresent = true;
        UnknownText = null;
    }

    private JsonName(string unknownText)
    {
        Value = default;
        IsPresent = true;
        UnknownText = unknownText;
    }

    public T Value { get; }

    public bool IsPresent { get; }

    public string? UnknownText { get; }

    public bool IsKnown => IsPresent && UnknownText is null;

    public static JsonName<T> Unrecognized(string text) => new(text);

    public bool Equals(JsonName<T> other) =>
        IsPresent == other.IsPresent
        && System.Collections.Generic.EqualityComparer<T>.Default.Equals(Value, other.Value)
        && string.Equals(UnknownText, other.UnknownText, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is JsonName<T> other && Equals(other);

    public override int GetHashCode() => System.Collections.Generic.EqualityComparer<T>.Default.GetHashCode(Value);
}
