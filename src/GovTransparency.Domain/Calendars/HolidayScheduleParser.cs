using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Reads holiday schedules (放假安排) and extra days supplied by users, so that a calendar can learn a new year, or a
/// region's own holidays, without a new release of this package. Parsing never throws on the text: it returns a
/// <see cref="ParseResult{T}"/> whose diagnostics (codes GT03xx) say what is wrong, and any error fails the read, so
/// that a schedule is never silently incomplete.
/// </summary>
/// <remarks>
/// <para><b>The holiday-cn JSON format</b> (github.com/NateScarlet/holiday-cn), one year per file:</para>
/// <code>
/// { "year": 2027, "papers": ["https://www.gov.cn/..."],
///   "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true }, ... ] }
/// </code>
/// <para>
/// <c>isOffDay: true</c> is a day off, <c>false</c> a working day (a weekend turned working day, 调休); any other
/// date is an ordinary day. <c>papers</c> and <c>name</c> are optional here; other properties are ignored.
/// </para>
/// <para><b>The library's line format</b>, one or more years per text:</para>
/// <code>
/// # Lines starting with # are comments; blank lines are ignored.
/// year 2027
/// source https://www.gov.cn/zhengce/content/...   (the notice; any number of source lines)
/// 2027-01-01 holiday 元旦
/// 2027-02-06..2027-02-12 holiday 春节              (an inclusive range of dates)
/// 2027-02-14 workday 春节                          (a weekend turned working day, for 春节)
/// </code>
/// <para>
/// Each day line is a date (YYYY-MM-DD) or an inclusive range (<c>FIRST..LAST</c>), a kind — <c>holiday</c> (or 休)
/// for a day off, <c>workday</c> (or 班) for a working day — and an optional name, the rest of the line: the holiday
/// the day belongs to or makes up for. A <c>year YYYY</c> line starts the schedule of that year's notice; its days may
/// lie from the year before to the year after (a notice can set the turn of the year). Keywords are case-insensitive;
/// fields are separated by spaces or tabs.
/// </para>
/// <para>
/// A list of extra days (<see cref="ParseDays"/>, for regional holidays and extra working days) uses the same day lines
/// without <c>year</c> or <c>source</c> lines.
/// </para>
/// </remarks>
public static class HolidayScheduleParser
{
    /// <summary>Reads one year's schedule in the holiday-cn JSON format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule, or the diagnostics that say why it could not be read.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<HolidaySchedule> ParseHolidayCnJson(string json) => HolidayCnJsonReader.Read(json);

    /// <summary>Reads one or more years' schedules in the library's line format (see the remarks of this class).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The schedules in text order, or the diagnostics that say why they could not be read.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<IReadOnlyList<HolidaySchedule>> ParseText(string text) => ScheduleTextReader.ReadSchedules(text);

    /// <summary>
    /// Reads schedules in either format: a text whose first non-blank character is <c>{</c> is read as holiday-cn
    /// JSON (one year), anything else as the library's line format.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The schedules, or the diagnostics that say why they could not be read.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<IReadOnlyList<HolidaySchedule>> Parse(string text)
    {
        Guard.Against.Null(text);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }

            if (c != '{')
            {
                break;
            }

            var json = HolidayCnJsonReader.Read(text);
            return json.TryGetValue(out var schedule)
                ? ParseResult<IReadOnlyList<HolidaySchedule>>.ForValue(ValueList<HolidaySchedule>.Wrap(new[] { schedule }), json.Diagnostics)
                : ParseResult<IReadOnlyList<HolidaySchedule>>.ForFailure(json.Diagnostics);
        }

        return ScheduleTextReader.ReadSchedules(text);
    }

    /// <summary>
    /// Reads a list of extra days — regional holidays (for example an autonomous region's own festival) and extra
    /// working days — in the line format's day lines, without <c>year</c> or <c>source</c> lines.
    /// </summary>
    /// <param name="text">The text, one date or range per line.</param>
    /// <returns>The days by date, or the diagnostics that say why they could not be read.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<IReadOnlyList<ScheduledDay>> ParseDays(string text) => ScheduleTextReader.ReadDays(text);
}
