using System;
using System.Collections.Generic;

namespace GovTransparency.Domain.Serialization;

/// <summary>A two-way table between enum values and their stable JSON names.</summary>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _entries;

    public NameTable(params (T Value, string Name)[] entries) => _entries = entries;

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

    public string NameOf(T value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No JSON name for this value.");
    }

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
}
