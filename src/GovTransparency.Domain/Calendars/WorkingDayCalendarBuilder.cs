using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Builds a <see cref="WorkingDayCalendar"/> from year schedules and extra days. The builder is mutable and not
/// thread-safe; the calendars it builds are immutable and thread-safe. Start from an existing calendar with
/// <see cref="WorkingDayCalendar.ToBuilder"/> (usually <see cref="ChinaCalendar.Default"/>), or from nothing.
/// </summary>
/// <example>
/// <code>
/// var schedule2027 = HolidayScheduleParser.ParseHolidayCnJson(File.ReadAllText("2027.json")).Value;
/// var guangxi = ChinaCalendar.Default.ToBuilder()
///     .AddSchedule(schedule2027)                                                        // a new year's notice
///     .AddHolidays(new LocalDate(2024, 4, 11), new LocalDate(2024, 4, 12), "壮族三月三") // a regional holiday
///     .AddWorkingDay(new LocalDate(2024, 4, 7), "壮族三月三")                            // its make-up working day
///     .Build();
/// </code>
/// </example>
/// <remarks>
/// Precedence when layers disagree (later wins): ordinary weeks, then the year schedules in year order (a schedule
/// for a year that already has one replaces it), then the extra days in the order they were added.
/// </remarks>
public sealed class WorkingDayCalendarBuilder
{
    private readonly SortedDictionary<int, HolidaySchedule> _schedules = new();
    private readonly List<ScheduledDay> _extraDays = new();

    /// <summary>Creates an empty builder: no schedules, no extra days, <see cref="UnknownYearPolicy.Throw"/>.</summary>
    public WorkingDayCalendarBuilder()
    {
    }

    /// <summary>Creates a builder holding <paramref name="calendar"/>'s schedules, extra days and policy.</summary>
    /// <param name="calendar">The calendar to start from.</param>
    public WorkingDayCalendarBuilder(WorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        foreach (var schedule in calendar.Schedules)
        {
            _schedules[schedule.Year] = schedule;
        }

        _extraDays.AddRange(calendar.ExtraDays);
        UnknownYearPolicy = calendar.UnknownYearPolicy;
    }

    /// <summary>Gets or sets what the built calendar does with dates in years whose schedule is not loaded.</summary>
    public UnknownYearPolicy UnknownYearPolicy { get; set; }

    /// <summary>Gets the years whose schedule the builder holds, ascending.</summary>
    public IReadOnlyList<int> Years => ValueList<int>.From(_schedules.Keys);

    /// <summary>
    /// Adds a year's schedule, making that year known. A schedule for a year the builder already holds replaces it
    /// entirely (for example a corrected or amended notice).
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddSchedule(HolidaySchedule schedule)
    {
        Guard.Against.Null(schedule);
        _schedules[schedule.Year] = schedule;
        return this;
    }

    /// <summary>Adds several years' schedules (see <see cref="AddSchedule"/>).</summary>
    /// <param name="schedules">The schedules; a later one for the same year wins.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddSchedules(IEnumerable<HolidaySchedule> schedules)
    {
        foreach (var schedule in Guard.Against.NullOrContainsNull(schedules))
        {
            _schedules[schedule.Year] = schedule;
        }

        return this;
    }

    /// <summary>Removes a year's schedule, making that year unknown again.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder RemoveSchedule(int year)
    {
        _schedules.Remove(year);
        return this;
    }

    /// <summary>
    /// Adds a day off that overrides every schedule, for example a region's own holiday (an autonomous region's
    /// festival). It does not make its year known.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name, for example 壮族三月三.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddHoliday(LocalDate date, string name) =>
        AddDay(ScheduledDay.Holiday(date, Guard.Against.NullOrWhiteSpace(name)));

    /// <summary>Adds consecutive days off from <paramref name="first"/> to <paramref name="last"/> inclusive (see <see cref="AddHoliday"/>).</summary>
    /// <param name="first">The first day off.</param>
    /// <param name="last">The last day off, on or after <paramref name="first"/>.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public WorkingDayCalendarBuilder AddHolidays(LocalDate first, LocalDate last, string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        first = IsoDays.ToIso(first);
        last = IsoDays.ToIso(last);
        if (last < first)
        {
            throw new ArgumentException(Messages.RangeReversed(first, last), nameof(last));
        }

        var count = IsoDays.FromDate(last) - IsoDays.FromDate(first) + 1;
        for (var i = 0; i < count; i++)
        {
            _extraDays.Add(ScheduledDay.Holiday(first.PlusDays(i), name));
        }

        return this;
    }

    /// <summary>
    /// Adds a working day that overrides every schedule: a weekend a region works, or a national holiday a region
    /// does not take. It does not make its year known.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday it makes up for, if any.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddWorkingDay(LocalDate date, string? name = null) =>
        AddDay(ScheduledDay.WorkingDay(date, name));

    /// <summary>Adds an extra day (see <see cref="AddHoliday"/> and <see cref="AddWorkingDay"/>); a later one for the same date wins.</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddDay(ScheduledDay day)
    {
        _extraDays.Add(day with { Date = IsoDays.ToIso(day.Date) });
        return this;
    }

    /// <summary>Adds extra days, for example read with <see cref="HolidayScheduleParser.ParseDays"/>.</summary>
    /// <param name="days">The days, in order; a later one for the same date wins.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddDays(IEnumerable<ScheduledDay> days)
    {
        foreach (var day in Guard.Against.Null(days))
        {
            AddDay(day);
        }

        return this;
    }

    /// <summary>Sets what the built calendar does with dates in years whose schedule is not loaded.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithUnknownYearPolicy(UnknownYearPolicy policy)
    {
        UnknownYearPolicy = Guard.Against.UndefinedEnum(policy);
        return this;
    }

    /// <summary>Builds the immutable calendar; the builder can go on being used.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">The builder holds no year schedule, so no date would be known.</exception>
    public WorkingDayCalendar Build()
    {
        if (_schedules.Count == 0)
        {
            throw new InvalidOperationException(Messages.CalendarNeedsSchedule);
        }

        return WorkingDayCalendar.Create(_schedules.Values, _extraDays, Guard.Against.UndefinedEnum(UnknownYearPolicy));
    }
}
