using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// The number of a task as written in a plan — 1, 12, １２, 1., 1、, 1．, (1), （1） — keeping both its
/// <see cref="Text"/> (trimmed, otherwise exactly as written) and its numeric <see cref="Value"/>. Prose plans that
/// number tasks with Chinese numerals ((一), 十二、) are read too.
/// </summary>
/// <remarks>
/// <para>
/// Equality is by value and text: 「1.」 and 「（1）」 both have the value 1 but are different numbers as written.
/// Two numbers that print differently should not be equal, and a plan model that round-trips through JSON or an
/// importer keeps the form its document used; compare <see cref="Value"/> when only the number matters (for
/// example to find duplicates or gaps). Ordering is by value, then by text (ordinal), so it agrees with equality.
/// </para>
/// <para>The default value is the task number 1, written 「1」.</para>
/// </remarks>
public readonly struct TaskNumber : IEquatable<TaskNumber>, IComparable<TaskNumber>, IComparable
{
    /// <summary>The smallest value, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The largest value, 99999 (the largest number the parser reads).</summary>
    public const int MaxValue = 99_999;

    // The value minus one, so that default(TaskNumber) is the valid number 1; a null text means the ASCII digits.
    private readonly int _offset;
    private readonly string? _text;

    /// <summary>Creates a task number from its value; the text is the value in ASCII digits.</summary>
    /// <param name="value">The value, 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to <see cref="MaxValue"/>.</exception>
    public TaskNumber(int value)
    {
        _offset = Guard.Against.OutOfRange(value, MinValue, MaxValue) - 1;
        _text = null;
    }

    /// <summary>Creates a task number with the text it was written as, such as 「（3）」 for 3.</summary>
    /// <param name="value">The value, 1 to <see cref="MaxValue"/>.</param>
    /// <param name="text">The number as written; white space around it is removed. It must read as <paramref name="value"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to <see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a task number or does not read as <paramref name="value"/>.</exception>
    public TaskNumber(int value, string text)
    {
        _offset = Guard.Against.OutOfRange(value, MinValue, MaxValue) - 1;
        Guard.Against.Null(text);
        if (Check(NumberDecorations.Read(text, wholeText: true), out var read) != Problem.None || read != value)
        {
            throw new ArgumentException(
                "The text must be a task number that reads as " + value.ToString(CultureInfo.InvariantCulture) + ".",
                nameof(text));
        }

        var trimmed = text.Trim();
        _text = string.Equals(trimmed, value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? null : trimmed;
    }

    private enum Problem
    {
        None,
        Empty,
        Unreadable,
        Unbalanced,
        OutOfRange,
    }

    /// <summary>Gets the numeric value, 1 to <see cref="MaxValue"/>.</summary>
    public int Value => _offset + 1;

    /// <summary>Gets the number as written, trimmed: 「12」, 「１２」, 「1.」, 「（1）」, 「(一)」.</summary>
    public string Text => _text ?? Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the text when it is not just the value's ASCII digits; null when it is.</summary>
    internal string? DistinctText => _text;

    /// <summary>
    /// Reads a task number written on its own: Arabic digits (ASCII or full-width) or a Chinese numeral, bare or
    /// decorated as 1. 1、 1． (1) （1）, with white space around it.
    /// </summary>
    /// <param name="text">The text, for example a table cell 「12」.</param>
    /// <returns>
    /// The number with its trimmed text, possibly with warnings (<see cref="DiagnosticCodes.TaskNumberNonstandardSeparator"/>,
    /// <see cref="DiagnosticCodes.TaskNumberMismatchedBrackets"/>); or a failure with <see cref="DiagnosticCodes.EmptyText"/>,
    /// <see cref="DiagnosticCodes.TaskNumberUnreadable"/>, <see cref="DiagnosticCodes.TaskNumberUnbalancedBrackets"/> or
    /// <see cref="DiagnosticCodes.TaskNumberOutOfRange"/>. Never throws for any text.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<TaskNumber> Parse(string text)
    {
        Guard.Against.Null(text);
        var reading = NumberDecorations.Read(text, wholeText: true);
        var problem = Check(reading, out var value);
        return problem == Problem.None
            ? ParseResult<TaskNumber>.ForValue(FromReading(text, reading, value), Warnings(text, reading))
            : ParseResult<TaskNumber>.ForFailure(Failure(text, reading, problem, heading: false));
    }

    /// <summary>Reads a task number written on its own, as <see cref="Parse"/> does, without diagnostics.</summary>
    /// <param name="text">The text, for example 「（3）」.</param>
    /// <param name="value">The task number, or the default (1) when the text is not one.</param>
    /// <returns>Whether the text is a task number (warnings do not count against it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out TaskNumber value)
    {
        Guard.Against.Null(text);
        var reading = NumberDecorations.Read(text, wholeText: true);
        if (Check(reading, out var number) != Problem.None)
        {
            value = default;
            return false;
        }

        value = FromReading(text, reading, number);
        return true;
    }

    /// <summary>
    /// Reads a task line that starts with its number, as in 「1.主动公开“十四五”规划纲要」 or 「3、 加强政策解读工作」. The
    /// number must carry a decoration (. 、 ． or brackets) unless it is the whole text, so that 「2020年底前」 and
    /// 「1.5亿元」 are not read as task lines.
    /// </summary>
    /// <param name="text">The line, with any white space around it.</param>
    /// <returns>
    /// The number (its text is the decorated number as written, such as 「1.」), the trimmed rest of the line and the
    /// number's span, possibly with warnings; or a failure with the codes listed on <see cref="Parse"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<TaskHeading> ParseHeading(string text)
    {
        Guard.Against.Null(text);
        var reading = NumberDecorations.Read(text, wholeText: false);
        var problem = Check(reading, out var value);
        if (problem != Problem.None)
        {
            return ParseResult<TaskHeading>.ForFailure(Failure(text, reading, problem, heading: true));
        }

        var title = text.Substring(reading.TitleStart, reading.TitleEnd - reading.TitleStart);
        return ParseResult<TaskHeading>.ForValue(
            new TaskHeading(FromReading(text, reading, value), title, reading.Span),
            Warnings(text, reading));
    }

    /// <summary>Returns the number as written (<see cref="Text"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Whether this number has the same value and the same text as <paramref name="other"/>.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>True when value and text (ordinal comparison) are equal.</returns>
    public bool Equals(TaskNumber other) =>
        _offset == other._offset && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="TaskNumber"/> with the same value and text.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => obj is TaskNumber other && Equals(other);

    /// <summary>Gets a hash code: the value (numbers equal by value and text have equal values).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Value;

    /// <summary>Compares by value, then by text (ordinal): 2 before 10, and 「(1)」 before 「1」.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Less than zero when this comes first, zero when equal, more than zero when this comes after.</returns>
    public int CompareTo(TaskNumber other)
    {
        var byValue = _offset.CompareTo(other._offset);
        return byValue != 0 ? byValue : string.CompareOrdinal(Text, other.Text);
    }

    /// <summary>Compares with another boxed task number; null comes first.</summary>
    /// <param name="obj">A <see cref="TaskNumber"/> or null.</param>
    /// <returns>The order, as <see cref="CompareTo(TaskNumber)"/>; more than zero for null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TaskNumber"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TaskNumber other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a " + nameof(TaskNumber) + ".", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less.</returns>
    public static bool operator <(TaskNumber left, TaskNumber right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater.</returns>
    public static bool operator >(TaskNumber left, TaskNumber right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less or equal.</returns>
    public static bool operator <=(TaskNumber left, TaskNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater or equal.</returns>
    public static bool operator >=(TaskNumber left, TaskNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TaskNumber left, TaskNumber right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TaskNumber left, TaskNumber right) => !left.Equals(right);

    // Used by the parser, which has already checked that the text reads as the value.
    private TaskNumber(string? text, int value)
    {
        _offset = value - 1;
        _text = text;
    }

    private static TaskNumber FromReading(string text, in NumberDecorations.Reading reading, int value)
    {
        var written = text.Substring(reading.Start, reading.End - reading.Start);
        var plain = string.Equals(written, value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new TaskNumber(plain ? null : written, value);
    }

    private static Problem Check(in NumberDecorations.Reading reading, out int value)
    {
        value = 0;
        switch (reading.Status)
        {
            case NumberDecorations.Status.Read:
                break;
            case NumberDecorations.Status.Empty:
                return Problem.Empty;
            case NumberDecorations.Status.Unbalanced:
                return Problem.Unbalanced;
            case NumberDecorations.Status.NumeralTooLong:
                return reading.AllArabic ? Problem.OutOfRange : Problem.Unreadable;
            default:
                return Problem.Unreadable;
        }

        if (!reading.Parsed)
        {
            return reading.AllArabic ? Problem.OutOfRange : Problem.Unreadable;
        }

        if (reading.Value < MinValue || reading.Value > MaxValue)
        {
            return Problem.OutOfRange;
        }

        value = reading.Value;
        return Problem.None;
    }

    private static Diagnostic Failure(string text, in NumberDecorations.Reading reading, Problem problem, bool heading)
    {
        var span = reading.Span;
        var subject = span.Of(text);
        var diagnostic = problem switch
        {
            Problem.Empty => Messages.TaskNumberEmpty(),
            Problem.Unbalanced => Messages.TaskNumberUnbalancedBrackets(text.Trim()),
            Problem.OutOfRange => Messages.TaskNumberOutOfRange(subject),
            _ => heading ? Messages.TaskNumberHeadingUnreadable(subject) : Messages.TaskNumberUnreadable(subject),
        };

        return problem == Problem.Empty ? diagnostic : diagnostic with { Span = span, Subject = subject };
    }

    private static List<Diagnostic>? Warnings(string text, in NumberDecorations.Reading reading)
    {
        List<Diagnostic>? warnings = null;
        var separator = reading.Separator;
        var standardSeparator = separator == '\0'
            || (reading.Open == '\0' && (separator == '.' || separator == '．' || separator == '、'));
        if (!standardSeparator)
        {
            var at = new TextSpan(reading.SeparatorIndex, 1);
            (warnings ??= new List<Diagnostic>()).Add(
                Messages.TaskNumberNonstandardSeparator(separator) with { Span = at, Subject = at.Of(text) });
        }

        if (NumberDecorations.BracketsMismatch(reading.Open, reading.Close))
        {
            (warnings ??= new List<Diagnostic>()).Add(
                Messages.TaskNumberMismatchedBrackets(reading.Open, reading.Close) with { Span = reading.Span, Subject = reading.Span.Of(text) });
        }

        return warnings;
    }
}
