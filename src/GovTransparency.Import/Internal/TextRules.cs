using System;
using System.Collections.Generic;
using System.Text;

namespace GovTransparency.Import.Internal;

/// <summary>Character-level rules shared by the readers: white space, normalisation for comparisons, splitting into lines.</summary>
internal static class TextRules
{
    /// <summary>Splits a text into lines at \r\n, \n or \r, numbered from 1.</summary>
    public static List<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(new SourceLine(number++, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(number, text.Substring(start)));
        }

        return lines;
    }

    /// <summary>White space, including no-break, en and ideographic spaces, and the invisible characters scrapes leave (BOM, zero-width space).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';

    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>Removes all white space: 「具 体 要 求」 → 具体要求.</summary>
    public static string Compact(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSpace(text[i]))
            {
                if (builder is null)
                {
                    builder = new StringBuilder(text.Length);
                    builder.Append(text, 0, i);
                }
            }
            else
            {
                builder?.Append(text[i]);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// The form two headings are compared in: no white space, full-width ASCII forms as half-width, 【】〔〕 as (),
    /// and no sentence-final 。 or . — so that 「（一）做好财政信息公开。」 and 「(一)做好财政信息公开」 are the same heading.
    /// </summary>
    public static string ComparisonKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '、' => ',',
                '。' => '.',
                _ => c,
            });
        }

        while (builder.Length > 0 && builder[builder.Length - 1] is '.' or ';' or ',')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    public static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static bool IsOpenBracket(char c) => c is '(' or '（';

    public static bool IsCloseBracket(char c) => c is ')' or '）';

    /// <summary>Whether the text starts with an Arabic digit, after any opening bracket: a task number rather than a Chinese ordinal.</summary>
    public static bool StartsWithArabicNumber(string text)
    {
        var i = 0;
        while (i < text.Length && (IsSpace(text[i]) || IsOpenBracket(text[i])))
        {
            i++;
        }

        return i < text.Length && IsArabicDigit(text[i]);
    }

    /// <summary>Whether every character is an Arabic digit (ASCII or full-width): a task-number cell such as 「12」.</summary>
    public static bool IsAllArabicDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsArabicDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of a character, or -1 (string.IndexOf(char, StringComparison) is not on netstandard2.0).</summary>
    public static int Find(string text, char value, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text holds any of the characters.</summary>
    public static bool ContainsAny(string text, string characters)
    {
        foreach (var c in text)
        {
            if (Find(characters, c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsOrdinal(string text, string value) => text.IndexOf(value, StringComparison.Ordinal) >= 0;

    public static bool EndsWithOrdinal(string text, string value) => text.EndsWith(value, StringComparison.Ordinal);
}
