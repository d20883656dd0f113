using System;
using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// One year's official holiday schedule (放假安排), as set by the State Council General Office's notice
/// 「国务院办公厅关于某年部分节假日安排的通知」: the days off (放假) and the weekends turned working days (调休上班).
/// Every date the schedule does not list is an ordinary day: Monday to Friday working, Saturday and Sunday off.
/// </summary>
/// <remarks>
/// <para>
/// A schedule is named after its notice, not after its dates: the notice for year <see cref="Year"/> may also set
/// days at the end of the year before (the 2008 notice made 2007-12-29 a working Saturday and 2007-12-30/31 New Year
/// holidays) or at the start of the year after, so a schedule accepts dates from <c>Year - 1</c> to <c>Year + 1</c>.
/// Loading a schedule makes its whole year <see cref="Year"/> known to a calendar; the neighbouring dates it lists are
/// applied to those dates, but do not make their year known.
/// </para>
/// <para>
/// Read schedules from text with <see cref="HolidayScheduleParser"/> (the holiday-cn JSON format or the library's
/// line format), write them with <see cref="ToText()"/>. Equality is by value.
/// </para>
/// </remarks>
public sealed record HolidaySchedule
{
    /// <summary>The earliest year a schedule can be for.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year a schedule can be for.</summary>
    public const int MaxYear = 9998;

    /// <summary>Creates a schedule.</summary>
    /// <param name="year">The year of the notice, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="days">The days the notice sets, in any order; each date at most once.</param>
    /// <param name="sources">Where the schedule comes from (the notice's address or title), if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null, or a source is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A date is listed twice or lies outside <c>year - 1</c> to <c>year + 1</c>.</exception>
    public HolidaySchedule(int year, IEnumerable<ScheduledDay> days, IEnumerable<string>? sources = null)
    {
        Year = Guard.Against.OutOfRange(year, MinYear, MaxYear);
        Guard.Against.Null(days);
        var sorted = days.Select(d => d with { Date = IsoDays.ToIso(d.Date) }).OrderBy(d => d.Date).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var dateYear = sorted[i].Date.Year;
            if (dateYear < year - 1 || dateYear > year + 1)
            {
                throw new ArgumentException(
                    Messages.ScheduleDateOutsideYear(year, sorted[i].Date, null, null).MessageEn, nameof(days));
            }

            if (i > 0 && sorted[i].Date == sorted[i - 1].Date)
            {
                throw new ArgumentException(
                    Messages.DateListedTwice(sorted[i].Date), nameof(days));
            }
        }

        Days = ValueList<ScheduledDay>.Wrap(sorted);
        Sources = ValueList<string>.From(sources is null ? null : Guard.Against.NullOrContainsNull(sources).ToArray());
    }

    /// <summary>Gets the year of the notice; the schedule makes this whole year known.</summary>
    public int Year { get; }

    /// <summary>Gets the days the notice sets, by date.</summary>
    public IReadOnlyList<ScheduledDay> Days { get; }

    /// <summary>Gets where the schedule comes from: the notice's web address or title (holiday-cn's <c>papers</c>).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Gets the first day of the year the schedule makes known.</summary>
    public LocalDate FirstDate => new(Year, 1, 1);

    /// <summary>Gets the last day of the year the schedule makes known.</summary>
    public LocalDate LastDate => new(Year, 12, 31);

    /// <summary>
    /// Writes several schedules in the library's line format (see <see cref="HolidayScheduleParser.ParseText"/>),
    /// ordered by year, so that the text reads back into equal schedules.
    /// </summary>
    /// <param name="schedules">The schedules.</param>
    /// <returns>The text, one line per directive or run of days, ending with a line feed.</returns>
    public static string ToText(IEnumerable<HolidaySchedule> schedules) =>
        ScheduleTextWriter.Write(Guard.Against.NullOrContainsNull(schedules));

    /// <summary>
    /// Writes this schedule in the library's line format (see <see cref="HolidayScheduleParser.ParseText"/>), so
    /// that the text reads back into an equal schedule.
    /// </summary>
    /// <returns>The text, ending with a line feed.</returns>
    public string ToText() => ScheduleTextWriter.Write(new[] { this });
}
