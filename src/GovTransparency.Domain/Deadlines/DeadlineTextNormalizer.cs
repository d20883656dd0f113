using System;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Brings a time-limit phrase to one spelling in a single pass, so that the reader compares plain characters:
/// white space of any kind (line breaks inside a cell, ideographic spaces, zero-width marks) is dropped,
/// full-width ASCII becomes ASCII (２０２０ → 2020, ， → ,), every dash and wave becomes <c>-</c>, and the
/// traditional forms of the phrase's key words become simplified (個 → 个, 內 → 内, 後 → 后, 準 → 准 …).
/// Characters outside the key words are left as they are.
/// </summary>
internal static class DeadlineTextNormalizer
{
    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <paramref name="buffer"/> (at least as long as the
    /// text) and, when <paramref name="map"/> is not empty, the index in <paramref name="text"/> of each character
    /// written. Returns the number of characters written.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<int> map)
    {
        var n = 0;
        var withMap = !map.IsEmpty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Map(text[i]);
            if (c == '\0')
            {
                continue;
            }

            buffer[n] = c;
            if (withMap)
            {
                map[n] = i;
            }

            n++;
        }

        return n;
    }

    /// <summary>Whether <paramref name="c"/> is dropped by <see cref="Normalize"/> (white space and invisible marks).</summary>
    public static bool IsIgnorable(char c) => Map(c) == '\0';

    /// <summary>The normalised form of one character, or <c>'\0'</c> when it is dropped.</summary>
    public static char Map(char c)
    {
        if (c < 0x80)
        {
            if (c <= ' ' || c == '\u007f')
            {
                return '\0';
            }

            return c == '~' ? '-' : c;
        }

        if (c >= '\uff01' && c <= '\uff5e')
        {
            var ascii = (char)(c - 0xfee0);
            return ascii == '~' ? '-' : ascii;
        }

        if (char.IsWhiteSpace(c) || (c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff' || c == '\u00ad')
        {
            return '\0';
        }

        return c switch
        {
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u301c' or '\ufe58' or '\ufe63' => '-',
            '個' => '个',
            '內' => '内',
            '後' => '后',
            '準' => '准',
            '週' => '周',
            '於' => '于',
            '發' => '发',
            '佈' => '布',
            '續' => '续',
            '進' => '进',
            '長' => '长',
            '堅' => '坚',
            '態' => '态',
            '復' or '覆' => '复',
            '當' => '当',
            '並' => '并',
            '須' => '须',
            '應' => '应',
            '將' => '将',
            '爭' => '争',
            '遲' => '迟',
            '確' => '确',
            '為' => '为',
            '號' => '号',
            '兩' => '两',
            '從' => '从',
            '辦' => '办',
            '結' => '结',
            '實' => '实',
            '終' => '终',
            '務' => '务',
            _ => c,
        };
    }
}
