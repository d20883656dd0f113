using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// A working-day calendar: which days are working days (工作日), weekends, statutory holidays (法定节假日) and
/// weekends turned working days (调休上班). Implementations are immutable and thread-safe.
/// </summary>
/// <remarks>
/// The library's implementation is <see cref="WorkingDayCalendar"/>; <see cref="ChinaCalendar.Default"/> is mainland
/// China's calendar from the State Council's yearly notices. Explanations of a computation (which days were counted
/// or skipped, and why) are in <see cref="WorkingDayCalendarExtensions"/>.
/// Every method except <see cref="Covers"/> throws <see cref="CalendarCoverageException"/> for a date whose year's
/// schedule the calendar does not know (unless the calendar was built with a policy that assumes plain weekends
/// for unknown years). Check <see cref="Covers"/> first to avoid the exception.
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>Gets the first date whose schedule is known.</summary>
    LocalDate FirstKnownDate { get; }

    /// <summary>Gets the last date whose schedule is known.</summary>
    LocalDate LastKnownDate { get; }

    /// <summary>Whether the calendar can answer for <paramref name="date"/> without guessing.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date's schedule is known (or assumed by an explicit policy).</returns>
    bool Covers(LocalDate date);

    /// <summary>Gets the kind of a day, with the holiday's name for holidays and adjusted working days.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day.</returns>
    CalendarDay GetDay(LocalDate date);

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for working days, including weekends turned working days (调休).</returns>
    bool IsWorkingDay(LocalDate date);

    /// <summary>
    /// Gets the date <paramref name="workingDays"/> working days after <paramref name="date"/> (before it when
    /// negative). The start date itself is not counted: adding 1 gives the first working day after it; adding 0
    /// gives <paramref name="date"/> itself.
    /// </summary>
    /// <param name="date">The start date (any day, working or not).</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <returns>A working day (or <paramref name="date"/> when <paramref name="workingDays"/> is 0).</returns>
    LocalDate AddWorkingDays(LocalDate date, int workingDays);

    /// <summary>
    /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>
    /// (start exclusive, end inclusive), negative when <paramref name="end"/> is before <paramref name="start"/>;
    /// so that <c>AddWorkingDays(a, WorkingDaysBetween(a, b)) == b</c> for a working day b.
    /// </summary>
    /// <param name="start">The start date, not counted.</param>
    /// <param name="end">The end date, counted.</param>
    /// <returns>The signed number of working days.</returns>
    int WorkingDaysBetween(LocalDate start, LocalDate end);

    /// <summary>Gets the first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day.</returns>
    LocalDate NextWorkingDay(LocalDate date);

    /// <summary>Gets the last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The previous working day.</returns>
    LocalDate PreviousWorkingDay(LocalDate date);
}
