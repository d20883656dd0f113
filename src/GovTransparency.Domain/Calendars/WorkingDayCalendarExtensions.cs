using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Operations every <see cref="IWorkingDayCalendar"/> supports through its members: explanations of working-day
/// computations, and the days of a range.
/// </summary>
public static class WorkingDayCalendarExtensions
{
    /// <summary>
    /// Computes <see cref="IWorkingDayCalendar.AddWorkingDays"/> and explains it: which days after the start were
    /// counted and which were skipped, and why. The result is the calendar's own, so the explanation always agrees
    /// with it.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The start date (not counted).</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <returns>The explanation; its <see cref="WorkingDayExplanation.End"/> is the result.</returns>
    /// <exception cref="CalendarCoverageException">The computation touches a year the calendar does not know.</exception>
    public static WorkingDayExplanation ExplainAddWorkingDays(this IWorkingDayCalendar calendar, LocalDate date, int workingDays)
    {
        Guard.Against.Null(calendar);
        date = IsoDays.ToIso(date);
        var end = IsoDays.ToIso(calendar.AddWorkingDays(date, workingDays));
        return Explain(calendar, ExplainedOperation.AddWorkingDays, date, end, workingDays);
    }

    /// <summary>
    /// Computes <see cref="IWorkingDayCalendar.WorkingDaysBetween"/> and explains it: which days were counted (after
    /// <paramref name="start"/>, up to and including <paramref name="end"/>) and which were skipped, and why.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The start date, not counted.</param>
    /// <param name="end">The end date, counted.</param>
    /// <returns>The explanation; its <see cref="WorkingDayExplanation.WorkingDays"/> is the count.</returns>
    /// <exception cref="CalendarCoverageException">The span touches a year the calendar does not know.</exception>
    public static WorkingDayExplanation ExplainWorkingDaysBetween(this IWorkingDayCalendar calendar, LocalDate start, LocalDate end)
    {
        Guard.Against.Null(calendar);
        start = IsoDays.ToIso(start);
        end = IsoDays.ToIso(end);
        var count = calendar.WorkingDaysBetween(start, end);
        return Explain(calendar, ExplainedOperation.WorkingDaysBetween, start, end, count);
    }

    /// <summary>
    /// Gets every day from <paramref name="first"/> to <paramref name="last"/> inclusive, with its kind. The whole
    /// range is checked before anything is returned.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date, on or after <paramref name="first"/>.</param>
    /// <returns>The days in date order.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="CalendarCoverageException">The range touches a year the calendar does not know.</exception>
    public static IReadOnlyList<CalendarDay> GetDays(this IWorkingDayCalendar calendar, LocalDate first, LocalDate last)
    {
        Guard.Against.Null(calendar);
        first = IsoDays.ToIso(first);
        last = IsoDays.ToIso(last);
        if (last < first)
        {
            throw new System.ArgumentException(Messages.RangeReversed(first, last), nameof(last));
        }

        return ValueList<CalendarDay>.Wrap(Walk(calendar, first, IsoDays.FromDate(last) - IsoDays.FromDate(first) + 1));
    }

    private static WorkingDayExplanation Explain(IWorkingDayCalendar calendar, ExplainedOperation operation, LocalDate start, LocalDate end, int workingDays)
    {
        var startDay = calendar.GetDay(start);
        var distance = IsoDays.FromDate(end) - IsoDays.FromDate(start);
        var days = distance > 0 ? Walk(calendar, start.PlusDays(1), distance)
            : distance < 0 ? Walk(calendar, end, -distance)
            : System.Array.Empty<CalendarDay>();
        return new WorkingDayExplanation(operation, startDay, end, workingDays, days);
    }

    private static CalendarDay[] Walk(IWorkingDayCalendar calendar, LocalDate first, int count)
    {
        var days = new CalendarDay[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = calendar.GetDay(first.PlusDays(i));
        }

        return days;
    }
}
