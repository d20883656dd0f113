using System;
using System.Collections.Generic;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Testing.Internal;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// Working-day calendars for tests, so that a test states the few holidays that matter to it instead of depending on
/// the State Council's real schedules (<see cref="ChinaCalendar.Default"/>): <see cref="WeekendsOnly"/>,
/// <see cref="WithHolidays"/> and <see cref="Builder"/> for holidays with 调休 make-up working weekends.
/// </summary>
/// <remarks>
/// Every calendar here has ordinary Monday–Friday working weeks except the days named, and knows the years
/// <see cref="DefaultFirstYear"/> to <see cref="DefaultLastYear"/> (<see cref="TestCalendarBuilder.Years"/> narrows
/// or widens them). They are ordinary <see cref="WorkingDayCalendar"/>s: immutable, thread-safe, usable wherever the
/// library takes an <see cref="IWorkingDayCalendar"/>.
/// </remarks>
public static class TestCalendars
{
    /// <summary>The first year the calendars here know unless told otherwise: 2000.</summary>
    public const int DefaultFirstYear = 2000;

    /// <summary>The last year the calendars here know unless told otherwise: 2099.</summary>
    public const int DefaultLastYear = 2099;

    private static readonly Lazy<WorkingDayCalendar> LazyWeekendsOnly = new(
        () => Create(DefaultFirstYear, DefaultLastYear, Array.Empty<ScheduledDay>()),
        System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets a calendar with no holidays at all: Monday to Friday working, Saturday and Sunday off, for the years 2000
    /// to 2099. For tests where holidays do not matter.
    /// </summary>
    public static WorkingDayCalendar WeekendsOnly => LazyWeekendsOnly.Value;

    /// <summary>Creates a calendar whose only holidays are <paramref name="holidays"/> (no make-up working weekends).</summary>
    /// <param name="holidays">The days off, in the years 2000 to 2099.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A holiday lies outside 2000 to 2099 (use <see cref="Builder"/> and <see cref="TestCalendarBuilder.Years"/>).</exception>
    public static WorkingDayCalendar WithHolidays(params LocalDate[] holidays)
    {
        Require.NotNull(holidays, nameof(holidays));
        var builder = Builder();
        foreach (var holiday in holidays)
        {
            builder.Holiday(holiday);
        }

        return builder.Build();
    }

    /// <summary>Starts a calendar with holidays and 调休 make-up working weekends (see <see cref="TestCalendarBuilder"/>).</summary>
    /// <returns>A new builder for the years 2000 to 2099 with no days set.</returns>
    public static TestCalendarBuilder Builder() => new();

    /// <summary>Builds the calendar through the library's own builder: one empty schedule per known year, then the days.</summary>
    internal static WorkingDayCalendar Create(int firstYear, int lastYear, IEnumerable<ScheduledDay> days)
    {
        var builder = new WorkingDayCalendarBuilder();
        for (var year = firstYear; year <= lastYear; year++)
        {
            builder.AddSchedule(new HolidaySchedule(year, Array.Empty<ScheduledDay>()));
        }

        return builder.AddDays(days).Build();
    }
}
