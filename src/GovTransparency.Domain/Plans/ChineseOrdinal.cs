using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A Chinese ordinal from 一 (1) to 九十九 (99), as plans number their sections (一、二、… 十一、) and
/// subsections ((一)(二)… or （一）（二）…). Equality and ordering are by value; the decoration a document used
/// (see <see cref="OrdinalStyle"/>) is not part of the value, and is reported by
/// <see cref="TryParse(string, out ChineseOrdinal, out OrdinalStyle)"/> and <see cref="ParseHeading"/>.
/// </summary>
/// <remarks>
/// <para>
/// Parsing reads positional numerals (一, 十, 十一, 二十, 九十九) and digit-by-digit forms (一〇 = 10, 二〇 = 20), with
/// the decorations of headings: 一、, (一), （一）, the slips 一， 一, 一. 一． (read as 一、 with a warning), mixed
/// brackets (一） and （一) (read in the style of the opening bracket, with a warning), and white space around and
/// inside them. Arabic digits are rejected (<see cref="DiagnosticCodes.ChineseOrdinalArabicDigits"/>): in plans,
/// (1) and 1、 number tasks, and an importer needs to tell a subsection from a task; read those with
/// <see cref="TaskNumber"/>.
/// </para>
/// <para>
/// The default value is 一 (1), so a default <see cref="ChineseOrdinal"/> is a valid one.
/// </para>
/// </remarks>
public readonly struct ChineseOrdinal : IEquatable<ChineseOrdinal>, IComparable<ChineseOrdinal>, IComparable
{
    /// <summary>The smallest value, 1 (一).</summary>
    public const int MinValue = 1;

    /// <summary>The largest value, 99 (九十九).</summary>
    public const int MaxValue = 99;

    // The value minus one, so that default(ChineseOrdinal) is 一 rather than an invalid zero.
    private readonly int _offset;

    /// <summary>Creates an ordinal.</summary>
    /// <param name="value">The value, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to 99.</exception>
    public ChineseOrdinal(int value) => _offset = Guard.Against.OutOfRange(value, MinValue, MaxValue) - 1;

    private enum Problem
    {
        None,
        Empty,
        Unreadable,
        Unbalanced,
        ArabicDigits,
        OutOfRange,
    }

    /// <summary>Gets the value, 1 to 99.</summary>
    public int Value => _offset + 1;

    /// <summary>
    /// Reads an ordinal written on its own, with or without its decoration: 一, 十一, 二〇, 一、, (一), （一）, and the
    /// forms described in the remarks of <see cref="ChineseOrdinal"/>. Nothing but white space may surround it.
    /// </summary>
    /// <param name="text">The text, for example 「（一）」.</param>
    /// <returns>
    /// The ordinal, possibly with warnings (<see cref="DiagnosticCodes.ChineseOrdinalNonstandardSeparator"/>,
    /// <see cref="DiagnosticCodes.ChineseOrdinalMismatchedBrackets"/>), or a failure with
    /// <see cref="DiagnosticCodes.EmptyText"/>, <see cref="DiagnosticCodes.ChineseOrdinalUnreadable"/>,
    /// <see cref="DiagnosticCodes.ChineseOrdinalOutOfRange"/>, <see cref="DiagnosticCodes.ChineseOrdinalUnbalancedBrackets"/>
    /// or <see cref="DiagnosticCodes.ChineseOrdinalArabicDigits"/>. Never throws for any text.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ChineseOrdinal> Parse(string text)
    {
        Guard.Against.Null(text);
        var reading = NumberDecorations.Read(text, wholeText: true);
        var problem = Check(reading, out var value, out _);
        return problem == Problem.None
            ? ParseResult<ChineseOrdinal>.ForValue(value, Warnings(text, reading))
            : ParseResult<ChineseOrdinal>.ForFailure(Failure(text, reading, problem, heading: false));
    }

    /// <summary>Reads an ordinal written on its own, as <see cref="Parse"/> does, without diagnostics.</summary>
    /// <param name="text">The text, for example 「一、」.</param>
    /// <param name="value">The ordinal, or 一 when the text is not one.</param>
    /// <returns>Whether the text is an ordinal (warnings do not count against it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out ChineseOrdinal value) => TryParse(text, out value, out _);

    /// <summary>
    /// Reads an ordinal written on its own, as <see cref="Parse"/> does, and says how it was decorated: 一、 gives
    /// <see cref="OrdinalStyle.Enumeration"/>, （一） <see cref="OrdinalStyle.FullWidthParentheses"/>.
    /// </summary>
    /// <param name="text">The text, for example 「(二)」.</param>
    /// <param name="value">The ordinal, or 一 when the text is not one.</param>
    /// <param name="style">The decoration, or <see cref="OrdinalStyle.Plain"/> when the text is not an ordinal.</param>
    /// <returns>Whether the text is an ordinal (warnings do not count against it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out ChineseOrdinal value, out OrdinalStyle style)
    {
        Guard.Against.Null(text);
        return Check(NumberDecorations.Read(text, wholeText: true), out value, out style) == Problem.None;
    }

    /// <summary>
    /// Reads a section or subsection heading: a decorated ordinal followed by its title, as in
    /// 「一、进一步强化重点领域信息公开」 or 「（一）加强权力配置信息公开。」. The ordinal must carry its decoration (、 or
    /// brackets) unless it is the whole text, so that 「十四五规划」 is not read as the ordinal 十四.
    /// </summary>
    /// <param name="text">The heading, with any white space around it.</param>
    /// <returns>
    /// The ordinal, its style, the trimmed title and the ordinal's span, possibly with warnings; or a failure with
    /// the codes listed on <see cref="Parse"/>. Never throws for any text.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<OrdinalHeading> ParseHeading(string text)
    {
        Guard.Against.Null(text);
        var reading = NumberDecorations.Read(text, wholeText: false);
        var problem = Check(reading, out var value, out var style);
        if (problem != Problem.None)
        {
            return ParseResult<OrdinalHeading>.ForFailure(Failure(text, reading, problem, heading: true));
        }

        var title = text.Substring(reading.TitleStart, reading.TitleEnd - reading.TitleStart);
        return ParseResult<OrdinalHeading>.ForValue(
            new OrdinalHeading(value, style, title, reading.Span),
            Warnings(text, reading));
    }

    /// <summary>Formats the ordinal in a style: 一, 一、, (一) or （一）.</summary>
    /// <param name="style">The decoration.</param>
    /// <returns>The ordinal as text; parsing it gives this ordinal and <paramref name="style"/> back.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public string Format(OrdinalStyle style)
    {
        var numeral = ChineseNumerals.Format(Value);
        return Guard.Against.UndefinedEnum(style) switch
        {
            OrdinalStyle.Enumeration => numeral + "、",
            OrdinalStyle.HalfWidthParentheses => "(" + numeral + ")",
            OrdinalStyle.FullWidthParentheses => "（" + numeral + "）",
            _ => numeral,
        };
    }

    /// <summary>Formats the bare numeral: 一, 十一, 九十九.</summary>
    /// <returns>The ordinal as a Chinese numeral.</returns>
    public override string ToString() => ChineseNumerals.Format(Value);

    /// <summary>Whether this ordinal has the same value as <paramref name="other"/>.</summary>
    /// <param name="other">The other ordinal.</param>
    /// <returns>True when the values are equal.</returns>
    public bool Equals(ChineseOrdinal other) => _offset == other._offset;

    /// <summary>Whether <paramref name="obj"/> is a <see cref="ChineseOrdinal"/> with the same value.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => obj is ChineseOrdinal other && Equals(other);

    /// <summary>Gets a hash code: the value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Value;

    /// <summary>Compares by value: 一 comes before 二.</summary>
    /// <param name="other">The other ordinal.</param>
    /// <returns>Less than zero when this comes first, zero when equal, more than zero when this comes after.</returns>
    public int CompareTo(ChineseOrdinal other) => _offset.CompareTo(other._offset);

    /// <summary>Compares with another boxed ordinal; null comes first.</summary>
    /// <param name="obj">A <see cref="ChineseOrdinal"/> or null.</param>
    /// <returns>The order, as <see cref="CompareTo(ChineseOrdinal)"/>; more than zero for null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ChineseOrdinal"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ChineseOrdinal other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a " + nameof(ChineseOrdinal) + ".", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less.</returns>
    public static bool operator <(ChineseOrdinal left, ChineseOrdinal right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater.</returns>
    public static bool operator >(ChineseOrdinal left, ChineseOrdinal right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less or equal.</returns>
    public static bool operator <=(ChineseOrdinal left, ChineseOrdinal right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater or equal.</returns>
    public static bool operator >=(ChineseOrdinal left, ChineseOrdinal right) => left.CompareTo(right) >= 0;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ChineseOrdinal left, ChineseOrdinal right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ChineseOrdinal left, ChineseOrdinal right) => !left.Equals(right);

    private static Problem Check(in NumberDecorations.Reading reading, out ChineseOrdinal value, out OrdinalStyle style)
    {
        value = default;
        style = OrdinalStyle.Plain;
        switch (reading.Status)
        {
            case NumberDecorations.Status.Read:
                break;
            case NumberDecorations.Status.Empty:
                return Problem.Empty;
            case NumberDecorations.Status.Unbalanced:
                return Problem.Unbalanced;
            case NumberDecorations.Status.NumeralTooLong:
                return reading.AllArabic ? Problem.ArabicDigits : Problem.Unreadable;
            default:
                return Problem.Unreadable;
        }

        if (reading.AnyArabic)
        {
            return reading.AllArabic ? Problem.ArabicDigits : Problem.Unreadable;
        }

        if (!reading.Parsed)
        {
            return Problem.Unreadable;
        }

        if (reading.Value < MinValue || reading.Value > MaxValue)
        {
            return Problem.OutOfRange;
        }

        value = new ChineseOrdinal(reading.Value);
        style = reading.Open switch
        {
            '(' => OrdinalStyle.HalfWidthParentheses,
            '（' => OrdinalStyle.FullWidthParentheses,
            _ => reading.Separator == '\0' ? OrdinalStyle.Plain : OrdinalStyle.Enumeration,
        };
        return Problem.None;
    }

    private static Diagnostic Failure(string text, in NumberDecorations.Reading reading, Problem problem, bool heading)
    {
        var span = reading.Span;
        var subject = span.Of(text);
        var diagnostic = problem switch
        {
            Problem.Empty => Messages.ChineseOrdinalEmpty(),
            Problem.Unbalanced => Messages.ChineseOrdinalUnbalancedBrackets(text.Trim()),
            Problem.ArabicDigits => Messages.ChineseOrdinalArabicDigits(reading.NumeralSpan.Of(text)),
            Problem.OutOfRange => Messages.ChineseOrdinalOutOfRange(reading.NumeralSpan.Of(text)),
            _ => heading ? Messages.ChineseOrdinalHeadingUnreadable(subject) : Messages.ChineseOrdinalUnreadable(subject),
        };

        if (problem is Problem.ArabicDigits or Problem.OutOfRange)
        {
            span = reading.NumeralSpan;
            subject = span.Of(text);
        }

        return problem == Problem.Empty ? diagnostic : diagnostic with { Span = span, Subject = subject };
    }

    private static List<Diagnostic>? Warnings(string text, in NumberDecorations.Reading reading)
    {
        List<Diagnostic>? warnings = null;
        var standardSeparator = reading.Separator == '\0' || (reading.Separator == '、' && reading.Open == '\0');
        if (!standardSeparator)
        {
            var at = new TextSpan(reading.SeparatorIndex, 1);
            (warnings ??= new List<Diagnostic>()).Add(
                Messages.ChineseOrdinalNonstandardSeparator(reading.Separator) with { Span = at, Subject = at.Of(text) });
        }

        if (NumberDecorations.BracketsMismatch(reading.Open, reading.Close))
        {
            (warnings ??= new List<Diagnostic>()).Add(
                Messages.ChineseOrdinalMismatchedBrackets(reading.Open, reading.Close) with { Span = reading.Span, Subject = reading.Span.Of(text) });
        }

        return warnings;
    }
}
