using System;
using System.Globalization;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Thrown when a working-day computation reaches a year whose official holiday schedule the calendar does not
/// know (the State Council publishes each year's schedule, usually in the November before). The calendar never
/// guesses silently: add the year's schedule, or opt in to assuming plain weekends for unknown years.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year whose schedule is missing.</param>
    /// <param name="firstKnownDate">The first date the calendar knows.</param>
    /// <param name="lastKnownDate">The last date the calendar knows.</param>
    public CalendarCoverageException(int year, NodaTime.LocalDate firstKnownDate, NodaTime.LocalDate lastKnownDate)
        : base(BuildMessage(year, firstKnownDate, lastKnownDate))
    {
        Year = year;
        FirstKnownDate = firstKnownDate;
        LastKnownDate = lastKnownDate;
    }

    /// <summary>Gets the year whose schedule is missing.</summary>
    public int Year { get; }

    /// <summary>Gets the first date the calendar knows.</summary>
    public NodaTime.LocalDate FirstKnownDate { get; }

    /// <summary>Gets the last date the calendar knows.</summary>
    public NodaTime.LocalDate LastKnownDate { get; }

    private static string BuildMessage(int year, NodaTime.LocalDate first, NodaTime.LocalDate last) => string.Format(
        CultureInfo.InvariantCulture,
        "The working-day calendar has no official holiday schedule for {0} (it knows {1:yyyy-MM-dd} to {2:yyyy-MM-dd}). "
        + "Add the year's schedule (a holiday-cn JSON file or the library's own format) to the calendar, "
        + "or opt in to treating unknown years as plain Monday-to-Friday weeks.",
        year,
        first,
        last);
}
