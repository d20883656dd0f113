using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GovTransparency.Fuzz;

/// <summary>
/// One input: a text or UTF-8 bytes, a plan year (2007–2026) for the parsers that take a context, a variant (which
/// overload or option) and, for two-cell parsers, where the text is split into the two cells.
/// </summary>
public sealed record FuzzInput(string Text, byte[]? Bytes, int Year, int Variant, int Split)
{
    public static FuzzInput OfText(string text, int year = 2021, int variant = 0, int split = 0) => new(text, null, year, variant, split);

    public static FuzzInput OfBytes(byte[] bytes, int year = 2021, int variant = 0) => new(string.Empty, bytes, year, variant, 0);

    public int Length => Bytes?.Length ?? Text.Length;

    /// <summary>The exact payload: the bytes, or the text's UTF-16 code units (lone surrogates kept).</summary>
    public byte[] Payload()
    {
        if (Bytes is not null)
        {
            return Bytes;
        }

        var payload = new byte[Text.Length * 2];
        for (var i = 0; i < Text.Length; i++)
        {
            payload[2 * i] = (byte)Text[i];
            payload[(2 * i) + 1] = (byte)(Text[i] >> 8);
        }

        return payload;
    }

    public static FuzzInput FromPayload(byte[] payload, bool bytes, int year, int variant, int split)
    {
        if (bytes)
        {
            return OfBytes(payload, year, variant);
        }

        var chars = new char[payload.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(payload[2 * i] | (payload[(2 * i) + 1] << 8));
        }

        return OfText(new string(chars), year, variant, split);
    }

    /// <summary>A one-line preview: at most 60 characters, control characters and surrogates escaped.</summary>
    public string Preview()
    {
        var text = Bytes is null ? Text : Encoding.UTF8.GetString(Bytes);
        var builder = new StringBuilder();
        foreach (var c in text.Take(60))
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD'
                ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : c.ToString());
        }

        return builder.Append(text.Length > 60 ? "…" : string.Empty).ToString();
    }
}
