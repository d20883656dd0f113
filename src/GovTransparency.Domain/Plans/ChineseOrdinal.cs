using System;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A Chinese ordinal from 一 (1) to 九十九 (99), as used to number sections (一、) and subsections ((一)).
/// SKELETON: parsing and formatting are completed in Plans/ChineseOrdinal.cs by the value-types work.
/// </summary>
public readonly struct ChineseOrdinal : IEquatable<ChineseOrdinal>, IComparable<ChineseOrdinal>
{
    /// <summary>The smallest value, 1 (一).</summary>
    public const int MinValue = 1;

    /// <summary>The largest value, 99 (九十九).</summary>
    public const int MaxValue = 99;

    private readonly int _value;

    /// <summary>Creates an ordinal.</summary>
    /// <param name="value">The value, 1 to 99.</param>
    public ChineseOrdinal(int value) => _value = Guard.Against.OutOfRange(value, MinValue, MaxValue);

    /// <summary>Gets the value, 1 to 99.</summary>
    public int Value => _value;

    /// <inheritdoc />
    public bool Equals(ChineseOrdinal other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChineseOrdinal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(ChineseOrdinal other) => _value.CompareTo(other._value);

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
}
