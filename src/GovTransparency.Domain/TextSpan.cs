using System;
using System.Globalization;

namespace GovTransparency.Domain;

/// <summary>A range of characters in a text that a parser read: where a finding or a match sits.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The zero-based index of the first character.</param>
    /// <param name="length">The number of characters.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or length.</exception>
    public TextSpan(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "Value must not be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "Value must not be negative.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the zero-based index of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length { get; }

    /// <summary>Gets the index just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the characters of <paramref name="text"/> this span covers.</summary>
    /// <param name="text">The text the span was taken from.</param>
    /// <returns>The substring.</returns>
    public string Of(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    /// <summary>Formats as <c>[start..end)</c>.</summary>
    /// <returns>The span as text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "[{0}..{1})", Start, End);

    /// <summary>Whether two spans are equal.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Whether two spans differ.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
