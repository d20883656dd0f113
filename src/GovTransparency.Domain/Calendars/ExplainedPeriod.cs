using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// A run of consecutive days of an explained computation that share a kind, a holiday name and whether they were
/// assumed: for example "2020-01-24 to 2020-02-02, skipped, holiday 春节" or "2020-02-03 to 2020-02-05, counted".
/// </summary>
public sealed record ExplainedPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, on or after <paramref name="first"/>.</param>
    /// <param name="kind">The days' kind.</param>
    /// <param name="holidayName">The holiday the days belong to or make up for, if any.</param>
    /// <param name="isAssumed">Whether the days' year is unknown and the days were assumed to be plain weekdays or weekends.</param>
    /// <exception cref="System.ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public ExplainedPeriod(LocalDate first, LocalDate last, DayKind kind, string? holidayName, bool isAssumed)
    {
        if (last < first)
        {
            throw new System.ArgumentException(Messages.RangeReversed(first, last), nameof(last));
        }

        First = first;
        Last = last;
        Kind = Guard.Against.UndefinedEnum(kind);
        HolidayName = holidayName;
        IsAssumed = isAssumed;
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate First { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate Last { get; }

    /// <summary>Gets the kind of every day in the period.</summary>
    public DayKind Kind { get; }

    /// <summary>Gets the holiday the days belong to (holidays) or make up for (adjusted working days), if any.</summary>
    public string? HolidayName { get; }

    /// <summary>Gets whether the days were assumed because their year's schedule is unknown.</summary>
    public bool IsAssumed { get; }

    /// <summary>Gets whether the days are working days, so were counted (otherwise they were skipped).</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.AdjustedWorkday;

    /// <summary>Gets the number of days in the period.</summary>
    public int DayCount => IsoDays.FromDate(IsoDays.ToIso(Last)) - IsoDays.FromDate(IsoDays.ToIso(First)) + 1;
}
