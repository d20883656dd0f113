using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Calendars;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// Builds a small working-day calendar for a test: ordinary Monday–Friday weeks, plus only the holidays and the 调休
/// working weekends the test names. Obtained from <see cref="TestCalendars.Builder"/>. A front door to the library's
/// <see cref="WorkingDayCalendarBuilder"/>; what it builds is an ordinary, immutable <see cref="WorkingDayCalendar"/>.
/// </summary>
/// <remarks>
/// <para>
/// 调休 (tiáoxiū, "adjusted rest") is how Chinese holidays are lengthened: a Saturday or Sunday next to a holiday
/// becomes a working day (调休上班) so that the holiday block is longer. <see cref="WorkingWeekend"/> adds such a
/// make-up working day.
/// </para>
/// <para>
/// The calendar knows the years from <see cref="TestCalendars.DefaultFirstYear"/> to
/// <see cref="TestCalendars.DefaultLastYear"/> unless <see cref="Years"/> says otherwise; a date outside those
/// years throws <see cref="CalendarCoverageException"/>, as the real calendar does past its last notice (use
/// <see cref="Years"/> to test that path). Days are applied in the order added, a later one for the same date
/// winning. The builder is mutable and not thread-safe; the calendars it builds are immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // 2021 National Day (国庆节): 1–7 October off, Sunday 26 September and Saturday 9 October worked.
/// var calendar = TestCalendars.Builder()
///     .Holidays(new LocalDate(2021, 10, 1), new LocalDate(2021, 10, 7), "国庆节")
///     .WorkingWeekend(new LocalDate(2021, 9, 26), "国庆节")
///     .WorkingWeekend(new LocalDate(2021, 10, 9), "国庆节")
///     .Build();
/// </code>
/// </example>
public sealed class TestCalendarBuilder
{
    private readonly List<ScheduledDay> _days = new();
    private int _firstYear = TestCalendars.DefaultFirstYear;
    private int _lastYear = TestCalendars.DefaultLastYear;

    internal TestCalendarBuilder()
    {
    }

    /// <summary>Sets the years the calendar knows (both inclusive); dates outside them throw <see cref="CalendarCoverageException"/>.</summary>
    /// <param name="first">The first known year, from 1.</param>
    /// <param name="last">The last known year, up to 9998 and not before <paramref name="first"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public TestCalendarBuilder Years(int first, int last)
    {
        CheckYear(first, nameof(first));
        CheckYear(last, nameof(last));
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The last year must not be before the first (" + first.ToString(CultureInfo.InvariantCulture) + ").");
        }

        _firstYear = first;
        _lastYear = last;
        return this;
    }

    /// <summary>Adds a day off (a statutory or regional holiday), on any day of the week.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name (春节, 国庆节 …), shown in explanations; null for none.</param>
    /// <returns>This builder.</returns>
    public TestCalendarBuilder Holiday(LocalDate date, string? name = null)
    {
        _days.Add(ScheduledDay.Holiday(date.WithCalendar(CalendarSystem.Iso), name));
        return this;
    }

    /// <summary>Adds the days off from <paramref name="first"/> to <paramref name="last"/>, both inclusive, weekends included.</summary>
    /// <param name="first">The first day off.</param>
    /// <param name="last">The last day off, not before <paramref name="first"/>.</param>
    /// <param name="name">The holiday's name; null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public TestCalendarBuilder Holidays(LocalDate first, LocalDate last, string? name = null)
    {
        first = first.WithCalendar(CalendarSystem.Iso);
        last = last.WithCalendar(CalendarSystem.Iso);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The last day off must not be before the first (" + Iso(first) + ").");
        }

        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            _days.Add(ScheduledDay.Holiday(date, name));
            if (date == last)
            {
                break;
            }
        }

        return this;
    }

    /// <summary>
    /// Adds a 调休 make-up working day: a Saturday or Sunday worked to make up for a holiday (调休上班).
    /// </summary>
    /// <param name="date">The Saturday or Sunday.</param>
    /// <param name="name">The holiday it makes up for; null for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not a Saturday or Sunday (a weekday is a working day already).</exception>
    public TestCalendarBuilder WorkingWeekend(LocalDate date, string? name = null)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            throw new ArgumentException(
                Iso(date) + " is a " + date.DayOfWeek.ToString() + ", not a Saturday or Sunday: only a weekend can be a make-up working day (调休上班).",
                nameof(date));
        }

        _days.Add(ScheduledDay.WorkingDay(date, name));
        return this;
    }

    /// <summary>Builds the calendar; the builder can go on being used.</summary>
    /// <returns>An immutable calendar that knows the years set by <see cref="Years"/>.</returns>
    /// <exception cref="InvalidOperationException">A day added lies outside the known years.</exception>
    public WorkingDayCalendar Build()
    {
        foreach (var day in _days)
        {
            if (day.Date.Year < _firstYear || day.Date.Year > _lastYear)
            {
                throw new InvalidOperationException(
                    "The day " + Iso(day.Date) + " lies outside the calendar's years " + _firstYear.ToString(CultureInfo.InvariantCulture)
                    + "–" + _lastYear.ToString(CultureInfo.InvariantCulture) + "; widen them with Years(first, last).");
            }
        }

        return TestCalendars.Create(_firstYear, _lastYear, _days);
    }

    private static void CheckYear(int year, string parameterName)
    {
        if (year < HolidaySchedule.MinYear || year > HolidaySchedule.MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameterName, year, "A calendar year must be from 1 to 9998.");
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
