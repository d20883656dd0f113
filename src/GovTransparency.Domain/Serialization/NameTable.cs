using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// A two-way table between enum values and their stable JSON names. Reading matches the UTF-8 bytes of the
/// document in place and writing uses pre-encoded names, so known names cost no string allocation.
/// </summary>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name, byte[] Utf8, JsonEncodedText Encoded)[] _entries;

    public NameTable(params (T Value, string Name)[] entries)
    {
        _entries = new (T, string, byte[], JsonEncodedText)[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            _entries[i] = (entries[i].Value, entries[i].Name, Encoding.UTF8.GetBytes(entries[i].Name), JsonEncodedText.Encode(entries[i].Name));
        }
    }

    public IEnumerable<string> Names
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Name;
            }
        }
    }

    public string NameOf(T value) => _entries[IndexOf(value)].Name;

    public bool TryParse(string? name, out T value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads the current string token; an unknown name is kept as text for the diagnostic.</summary>
    public JsonName<T> Read(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            foreach (var entry in _entries)
            {
                if (name.SequenceEqual(entry.Utf8))
                {
                    return new JsonName<T>(entry.Value);
                }
            }

            return JsonName<T>.Unrecognized(reader.GetString() ?? string.Empty);
        }

        foreach (var entry in _entries)
        {
            if (reader.ValueTextEquals(entry.Utf8))
            {
                return new JsonName<T>(entry.Value);
            }
        }

        return JsonName<T>.Unrecognized(reader.GetString() ?? string.Empty);
    }

    /// <summary>Writes a property whose value is the name of <paramref name="value"/>, pre-encoded.</summary>
    public void Write(Utf8JsonWriter writer, JsonEncodedText property, T value) => writer.WriteString(property, _entries[IndexOf(value)].Encoded);

    private int IndexOf(T value)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _entries.Length; i++)
        {
            if (comparer.Equals(_entries[i].Value, value))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No JSON name for this value.");
    }
}
