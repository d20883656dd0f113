using System;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Short texts that repeat through one document (unit names, notes, time limits) encoded once and written as
/// pre-encoded UTF-8 afterwards: a direct-mapped table of the last text seen in each slot, compared by content.
/// One instance serves one document, so nothing is shared between threads.
/// </summary>
internal sealed class RepeatedTexts
{
    private const int Slots = 256;

    // Longer texts (requirements, titles) are unlikely to repeat and are written directly.
    private const int MaxLength = 32;

    private readonly JavaScriptEncoder? _encoder;
    private readonly string?[] _texts = new string?[Slots];
    private readonly JsonEncodedText[] _encoded = new JsonEncodedText[Slots];

    public RepeatedTexts(JavaScriptEncoder? encoder) => _encoder = encoder;

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            writer.WriteString(name, value);
            return;
        }

        var slot = (value.Length + (value[0] * 31) + (value[value.Length - 1] * 131) + (value[value.Length / 2] * 17)) & (Slots - 1);
        var known = _texts[slot];
        if (known is null || !(ReferenceEquals(known, value) || string.Equals(known, value, StringComparison.Ordinal)))
        {
            if (!IsWellFormed(value))
            {
                writer.WriteString(name, value);
                return;
            }

            _encoded[slot] = JsonEncodedText.Encode(value, _encoder);
            _texts[slot] = value;
        }

        writer.WriteString(name, _encoded[slot]);
    }

    // JsonEncodedText refuses text with an unpaired surrogate, which the writer itself replaces; such text (only
    // ever from damaged input) is written directly.
    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
