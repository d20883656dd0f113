using System;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// Reads a number with the decoration headings put around it — 一、 (一) （一） 1. 1、 (1) — shared by
/// <see cref="ChineseOrdinal"/> and <see cref="TaskNumber"/>. It only finds the parts (brackets, numeral, separator);
/// each type decides what is acceptable and which diagnostic to give. One pass, no allocation, bounded work per
/// character, so a text of any length is read in linear time.
/// </summary>
internal static class NumberDecorations
{
    /// <summary>The longest numeral run looked at; 九万九千九百九十九 has 9 characters.</summary>
    public const int MaxNumeralLength = 10;

    /// <summary>What <see cref="Read"/> found.</summary>
    public enum Status
    {
        /// <summary>A numeral with a well-formed decoration; check <see cref="Reading.Parsed"/> for its value.</summary>
        Read,

        /// <summary>Nothing but white space.</summary>
        Empty,

        /// <summary>No numeral where one was expected, or text after the number (whole-text mode).</summary>
        Unreadable,

        /// <summary>A plain numeral directly followed by more text (heading mode): 十四五规划, 2020年.</summary>
        NoDecoration,

        /// <summary>A bracket without its partner: (一 or 一）.</summary>
        Unbalanced,

        /// <summary>More numeral characters than any value read (一一一一一一一一一一一).</summary>
        NumeralTooLong,
    }

    /// <summary>Whether <paramref name="c"/> opens a bracket around a number: ( or （.</summary>
    public static bool IsOpen(char c) => c == '(' || c == '（';

    /// <summary>Whether <paramref name="c"/> closes a bracket around a number: ) or ）.</summary>
    public static bool IsClose(char c) => c == ')' || c == '）';

    /// <summary>Whether <paramref name="c"/> may follow a number: 、 ， , . ．</summary>
    public static bool IsSeparator(char c) => c == '、' || c == '，' || c == ',' || c == '.' || c == '．';

    /// <summary>
    /// Reads the decorated number at the start of <paramref name="text"/> (after white space). In whole-text mode
    /// only white space may follow; in heading mode the rest is the heading's title.
    /// </summary>
    public static Reading Read(string text, bool wholeText)
    {
        var n = text.Length;
        var i = SkipWhiteSpace(text, 0);
        if (i == n)
        {
            return new Reading(Status.Empty, 0, n);
        }

        var start = i;
        var open = '\0';
        if (IsOpen(text[i]))
        {
            open = text[i];
            i = SkipWhiteSpace(text, i + 1);
        }

        var numeralStart = i;
        while (i < n && ChineseNumerals.IsNumeralChar(text[i]) && i - numeralStart <= MaxNumeralLength)
        {
            i++;
        }

        var numeralEnd = i;
        if (numeralEnd == numeralStart)
        {
            return new Reading(Status.Unreadable, start, TrimmedEnd(text, start));
        }

        if (numeralEnd - numeralStart > MaxNumeralLength)
        {
            var arabicRun = true;
            for (var d = numeralStart; d < numeralEnd; d++)
            {
                arabicRun &= ChineseNumerals.IsArabicDigit(text[d]);
            }

            return new Reading(Status.NumeralTooLong, numeralStart, numeralEnd)
            {
                NumeralStart = numeralStart,
                NumeralEnd = numeralEnd,
                AllArabic = arabicRun,
                AnyArabic = arabicRun,
            };
        }

        var close = '\0';
        var end = numeralEnd;
        var j = SkipWhiteSpace(text, numeralEnd);
        if (open != '\0')
        {
            if (j < n && IsClose(text[j]))
            {
                close = text[j];
                end = j + 1;
            }
            else
            {
                return new Reading(Status.Unbalanced, start, start + 1);
            }
        }
        else if (j < n && IsClose(text[j]))
        {
            return new Reading(Status.Unbalanced, j, j + 1);
        }

        var separator = '\0';
        var k = SkipWhiteSpace(text, end);
        if (k < n && IsSeparator(text[k]))
        {
            separator = text[k];
            end = k + 1;
            if ((separator == '.' || separator == '．') && end < n && ChineseNumerals.IsArabicDigit(text[end]))
            {
                return new Reading(Status.Unreadable, start, TrimmedEnd(text, start)); // a decimal: 1.5亿元
            }
        }

        var rest = SkipWhiteSpace(text, end);
        if (wholeText && rest != n)
        {
            return new Reading(Status.Unreadable, start, TrimmedEnd(text, start));
        }

        if (!wholeText && open == '\0' && separator == '\0' && rest != n)
        {
            return new Reading(Status.NoDecoration, start, TrimmedEnd(text, start));
        }

        var numeral = text.AsSpan(numeralStart, numeralEnd - numeralStart);
        var parsed = ChineseNumerals.TryParse(numeral, out var value);
        var allArabic = true;
        var anyArabic = false;
        foreach (var c in numeral)
        {
            var arabic = ChineseNumerals.IsArabicDigit(c);
            allArabic &= arabic;
            anyArabic |= arabic;
        }

        return new Reading(Status.Read, start, end)
        {
            NumeralStart = numeralStart,
            NumeralEnd = numeralEnd,
            Open = open,
            Close = close,
            Separator = separator,
            SeparatorIndex = separator == '\0' ? -1 : end - 1,
            Parsed = parsed,
            Value = parsed ? value : 0,
            AllArabic = allArabic,
            AnyArabic = anyArabic,
            TitleStart = rest,
            TitleEnd = TrimmedEnd(text, rest),
        };
    }

    /// <summary>Whether a pair of brackets is one half-width and one full-width: (一）.</summary>
    public static bool BracketsMismatch(char open, char close) =>
        open != '\0' && close != '\0' && (open == '(') != (close == ')');

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimmedEnd(string text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The parts of a decorated number; indexes are into the text that was read.</summary>
    public readonly struct Reading
    {
        public Reading(Status status, int start, int end)
        {
            Status = status;
            Start = start;
            End = end;
        }

        /// <summary>Gets what was found.</summary>
        public Status Status { get; }

        /// <summary>Gets where the number and its decoration start, or where the problem is.</summary>
        public int Start { get; }

        /// <summary>Gets the index after the number and its decoration, or after the problem.</summary>
        public int End { get; }

        public int NumeralStart { get; init; }

        public int NumeralEnd { get; init; }

        public char Open { get; init; }

        public char Close { get; init; }

        public char Separator { get; init; }

        public int SeparatorIndex { get; init; }

        /// <summary>Gets whether the numeral was read by <see cref="ChineseNumerals.TryParse"/>.</summary>
        public bool Parsed { get; init; }

        public int Value { get; init; }

        public bool AllArabic { get; init; }

        public bool AnyArabic { get; init; }

        public int TitleStart { get; init; }

        public int TitleEnd { get; init; }

        public TextSpan Span => new(Start, End - Start);

        public TextSpan NumeralSpan => new(NumeralStart, NumeralEnd - NumeralStart);
    }
}
