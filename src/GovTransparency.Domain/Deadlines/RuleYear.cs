using System;
using System.Globalization;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// The year a fixed deadline falls in: the plan's own year (年底前 in a 2021 plan), the year after it
/// (次年, 明年), or a year written out (2020年底前).
/// </summary>
public readonly struct RuleYear : IEquatable<RuleYear>
{
    private readonly int _explicitYear;
    private readonly int _offset;

    private RuleYear(int explicitYear, int offset)
    {
        _explicitYear = explicitYear;
        _offset = offset;
    }

    /// <summary>Gets the plan's own year (the default).</summary>
    public static RuleYear PlanYear => default;

    /// <summary>Gets the year after the plan year (次年, 明年).</summary>
    public static RuleYear NextYear => new(0, 1);

    /// <summary>Gets whether the year is written out in the text.</summary>
    public bool IsExplicit => _explicitYear != 0;

    /// <summary>Gets the year written out, or null when the year is relative to the plan year.</summary>
    public int? ExplicitYear => IsExplicit ? _explicitYear : null;

    /// <summary>Gets the offset from the plan year when the year is not written out (0 or 1).</summary>
    public int PlanYearOffset => _offset;

    /// <summary>Creates a year written out in the text.</summary>
    /// <param name="year">The year, 1949 to 9999.</param>
    /// <returns>The rule year.</returns>
    public static RuleYear Of(int year) => new(Guard.Against.OutOfRange(year, 1949, 9999), 0);

    /// <summary>Gets the calendar year for a plan of year <paramref name="planYear"/>.</summary>
    /// <param name="planYear">The plan year.</param>
    /// <returns>The calendar year the deadline falls in.</returns>
    public int Resolve(int planYear) => IsExplicit ? _explicitYear : planYear + _offset;

    /// <inheritdoc />
    public bool Equals(RuleYear other) => _explicitYear == other._explicitYear && _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodeBuilder.Combine(_explicitYear, _offset);

    /// <summary>Formats as <c>plan year</c>, <c>plan year + 1</c> or the year.</summary>
    /// <returns>The year as text.</returns>
    public override string ToString() => IsExplicit
        ? _explicitYear.ToString(CultureInfo.InvariantCulture)
        : _offset == 0 ? "plan year" : "plan year + " + _offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two rule years are equal.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleYear left, RuleYear right) => left.Equals(right);

    /// <summary>Whether two rule years differ.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RuleYear left, RuleYear right) => !left.Equals(right);
}
