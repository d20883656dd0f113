using System;
using System.Globalization;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Thrown when a working-day computation reaches a year whose official holiday schedule the calendar does not
/// know (the State Council publishes each year's schedule, usually in the November before). The calendar never
/// guesses silently: add the year's schedule, or opt in to assuming plain weekends for unknown years.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is in English and names the year, the known range and how to add the schedule;
/// <see cref="MessageZh"/> says the same in Chinese.
/// </remarks>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year whose schedule is missing.</param>
    /// <param name="firstKnownDate">The first date the calendar knows.</param>
    /// <param name="lastKnownDate">The last date the calendar knows.</param>
    public CalendarCoverageException(int year, NodaTime.LocalDate firstKnownDate, NodaTime.LocalDate lastKnownDate)
        : base(Messages.CoverageEn(year, firstKnownDate, lastKnownDate))
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

    /// <summary>Gets the message in Simplified Chinese.</summary>
    public string MessageZh => Messages.CoverageZh(Year, FirstKnownDate, LastKnownDate);

    /// <summary>Gets the message in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo culture) =>
        Diagnostic.IsChinese(Guard.Against.Null(culture)) ? MessageZh : Message;
}
