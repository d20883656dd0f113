using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Day numbers (days since 1970-01-01 in the ISO calendar) and plain Monday–Friday week arithmetic, the
/// integer core of the calendar's constant-time working-day arithmetic. Pure functions, no allocation.
/// </summary>
/// <remarks>
/// The civil-date conversions follow the well-known era/day-of-era method (days from a March-based year), which
/// handles negative years without branches on leap years.
/// </remarks>
internal static class IsoDays
{
    /// <summary>The day number of a Monday (1970-01-05), the origin of plain-week counting.</summary>
    private const long MondayOrigin = 4;

    /// <summary>Gets the day number of the earliest ISO date NodaTime supports.</summary>
    public static readonly int MinDayNumber = FromDate(LocalDate.MinIsoValue);

    /// <summary>Gets the day number of the latest ISO date NodaTime supports.</summary>
    public static readonly int MaxDayNumber = FromDate(LocalDate.MaxIsoValue);

    /// <summary>Converts a date of any calendar system to ISO.</summary>
    public static LocalDate ToIso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Gets the day number of an ISO date.</summary>
    public static int FromDate(LocalDate isoDate) => FromYearMonthDay(isoDate.Year, isoDate.Month, isoDate.Day);

    /// <summary>Gets the day number of a proleptic Gregorian year, month and day.</summary>
    public static int FromYearMonthDay(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>Gets the ISO date of a day number between <see cref="MinDayNumber"/> and <see cref="MaxDayNumber"/>.</summary>
    public static LocalDate ToDate(int dayNumber)
    {
        ToYearMonthDay(dayNumber, out var year, out var month, out var day);
        return new LocalDate(year, month, day);
    }

    /// <summary>Gets the year of a day number.</summary>
    public static int YearOf(int dayNumber)
    {
        ToYearMonthDay(dayNumber, out var year, out _, out _);
        return year;
    }

    /// <summary>Gets the day number of 1 January of <paramref name="year"/>.</summary>
    public static int FirstDayOfYear(int year) => FromYearMonthDay(year, 1, 1);

    /// <summary>Whether the day is a Saturday or Sunday.</summary>
    public static bool IsWeekend(long dayNumber) => FloorMod(dayNumber - MondayOrigin, 7) >= 5;

    /// <summary>
    /// Counts the Monday–Friday days before <paramref name="dayNumber"/> since the Monday origin (negative before it):
    /// a non-decreasing function whose differences count plain weekdays in a span.
    /// </summary>
    public static long WeekdaysBefore(long dayNumber)
    {
        var offset = dayNumber - MondayOrigin;
        var weeks = FloorDiv(offset, 7);
        var rest = offset - (weeks * 7);
        return (weeks * 5) + (rest < 5 ? rest : 5);
    }

    /// <summary>
    /// The inverse of <see cref="WeekdaysBefore"/>: the weekday that has <paramref name="ordinal"/> weekdays before it.
    /// </summary>
    public static long WeekdayWithOrdinal(long ordinal)
    {
        var weeks = FloorDiv(ordinal, 5);
        return MondayOrigin + (weeks * 7) + (ordinal - (weeks * 5));
    }

    private static void ToYearMonthDay(int dayNumber, out int year, out int month, out int day)
    {
        var z = dayNumber + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthIndex = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * monthIndex) + 2) / 5) + 1;
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) ^ (b < 0))) ? q - 1 : q;
    }

    private static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
