using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>One day of a working-day calendar: its date, kind, and the holiday it belongs to or serves.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">The kind of day.</param>
/// <param name="HolidayName">
/// For <see cref="DayKind.Holiday"/>, the holiday (春节, 国庆节 …); for <see cref="DayKind.AdjustedWorkday"/>, the
/// holiday it makes up for; otherwise null.
/// </param>
/// <param name="IsAssumed">
/// True when the year's schedule is unknown and the calendar's policy assumed a plain Monday–Friday week.
/// </param>
public readonly record struct CalendarDay(LocalDate Date, DayKind Kind, string? HolidayName = null, bool IsAssumed = false)
{
    /// <summary>Gets whether the day is a working day (an ordinary workday or an adjusted working weekend).</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.AdjustedWorkday;
}
