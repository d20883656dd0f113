using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// The precomputed, immutable day table behind <see cref="WorkingDayCalendar"/>: one entry per day from 1 January of
/// the first year any schedule or extra day touches to 31 December of the last, and outside it plain Monday–Friday
/// weeks. Working-day arithmetic is constant time: a prefix count of working days per day, and the day of the k-th
/// working day; outside the table, whole weeks of five working days.
/// </summary>
/// <remarks>
/// Ordinals: <see cref="WorkingBefore"/>(x) counts the working days before day x (negative before the table), a
/// non-decreasing function over all day numbers; <see cref="DayOfOrdinal"/>(k) is the working day that has k working
/// days before it. With them, adding n working days after day d is <c>DayOfOrdinal(WorkingBefore(d + 1) + n - 1)</c>.
/// </remarks>
internal sealed class CalendarTable
{
    private const byte KindMask = 0b11;
    private const byte WorkingFlag = 1 << 2;
    private const byte UnknownYearFlag = 1 << 3;
    private const byte ListedFlag = 1 << 4;

    private readonly byte[] _flags;
    private readonly string?[] _names;
    private readonly int[] _cumulative;
    private readonly int[] _workingOffsets;
    private readonly LocalDate[] _workingDates;
    private readonly bool[] _yearKnown;
    private readonly int _firstYear;
    private readonly long _weekdaysBeforeStart;
    private readonly long _weekdaysBeforeEnd;

    private CalendarTable(IReadOnlyList<HolidaySchedule> schedules, IReadOnlyList<ScheduledDay> extraDays)
    {
        var knownYears = schedules.Select(s => s.Year).ToArray();
        var listedYears = schedules.SelectMany(s => s.Days).Concat(extraDays).Select(d => d.Date.Year).ToArray();
        var allYears = knownYears.Concat(listedYears).ToArray();
        _firstYear = allYears.Min();
        var lastYear = allYears.Max();
        Start = IsoDays.FirstDayOfYear(_firstYear);
        Length = IsoDays.FirstDayOfYear(lastYear + 1) - Start;
        KnownYears = ValueList<int>.Wrap(knownYears.Distinct().OrderBy(y => y).ToArray());
        FirstKnownDay = IsoDays.FirstDayOfYear(KnownYears[0]);
        LastKnownDay = IsoDays.FirstDayOfYear(KnownYears[KnownYears.Count - 1] + 1) - 1;
        HasGaps = KnownYears[KnownYears.Count - 1] - KnownYears[0] + 1 != KnownYears.Count;

        _yearKnown = new bool[lastYear - _firstYear + 1];
        foreach (var year in KnownYears)
        {
            _yearKnown[year - _firstYear] = true;
        }

        _flags = new byte[Length];
        _names = new string?[Length];
        for (var i = 0; i < Length; i++)
        {
            _flags[i] = IsoDays.IsWeekend(Start + i) ? (byte)DayKind.Weekend : (byte)((byte)DayKind.Workday | WorkingFlag);
        }

        // Layers, later wins: the notices in year order (a date two notices list takes the later notice's entry),
        // then the extra days in the order they were added.
        foreach (var day in schedules.OrderBy(s => s.Year).SelectMany(s => s.Days).Concat(extraDays))
        {
            var i = IsoDays.FromDate(day.Date) - Start;
            var weekend = IsoDays.IsWeekend(Start + i);
            var kind = day.IsDayOff ? DayKind.Holiday : weekend ? DayKind.AdjustedWorkday : DayKind.Workday;
            _flags[i] = (byte)((byte)kind | (day.IsDayOff ? 0 : WorkingFlag) | ListedFlag);
            _names[i] = kind == DayKind.Workday ? null : day.Name;
        }

        for (var year = _firstYear; year <= lastYear; year++)
        {
            if (_yearKnown[year - _firstYear])
            {
                continue;
            }

            var end = IsoDays.FirstDayOfYear(year + 1) - Start;
            for (var i = IsoDays.FirstDayOfYear(year) - Start; i < end; i++)
            {
                _flags[i] |= UnknownYearFlag;
            }
        }

        _cumulative = new int[Length + 1];
        var working = new List<int>(Length);
        for (var i = 0; i < Length; i++)
        {
            var isWorking = (_flags[i] & WorkingFlag) != 0;
            _cumulative[i + 1] = _cumulative[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(i);
            }
        }

        _workingOffsets = working.ToArray();
        _workingDates = _workingOffsets.Select(offset => IsoDays.ToDate(Start + offset)).ToArray();
        _weekdaysBeforeStart = IsoDays.WeekdaysBefore(Start);
        _weekdaysBeforeEnd = IsoDays.WeekdaysBefore(Start + Length);
    }

    /// <summary>Gets the day number of the table's first day.</summary>
    public int Start { get; }

    /// <summary>Gets the number of days in the table.</summary>
    public int Length { get; }

    /// <summary>Gets the years whose schedule is loaded, ascending.</summary>
    public ValueList<int> KnownYears { get; }

    /// <summary>Gets the day number of 1 January of the first known year.</summary>
    public int FirstKnownDay { get; }

    /// <summary>Gets the day number of 31 December of the last known year.</summary>
    public int LastKnownDay { get; }

    /// <summary>Gets whether some year between the first and last known years is unknown.</summary>
    public bool HasGaps { get; }

    public static CalendarTable Create(IReadOnlyList<HolidaySchedule> schedules, IReadOnlyList<ScheduledDay> extraDays) =>
        new(schedules, extraDays);

    /// <summary>Whether the schedule of <paramref name="year"/> is loaded.</summary>
    public bool IsYearKnown(int year)
    {
        var index = year - _firstYear;
        return index >= 0 && index < _yearKnown.Length && _yearKnown[index];
    }

    /// <summary>Whether every year from <paramref name="firstDay"/> to <paramref name="lastDay"/> is known.</summary>
    public bool IsSpanKnown(long firstDay, long lastDay)
    {
        if (firstDay < FirstKnownDay || lastDay > LastKnownDay)
        {
            return false;
        }

        if (!HasGaps)
        {
            return true;
        }

        var last = IsoDays.YearOf((int)lastDay);
        for (var year = IsoDays.YearOf((int)firstDay); year <= last; year++)
        {
            if (!IsYearKnown(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a day: its kind, whether it is a working day, its holiday name and whether it is assumed.</summary>
    /// <returns>False when the day's year is unknown (the out values then describe the assumed or listed day).</returns>
    public bool TryGetDay(int dayNumber, out DayKind kind, out string? name, out bool assumed)
    {
        var i = (long)dayNumber - Start;
        if ((ulong)i < (ulong)Length)
        {
            var flags = _flags[i];
            kind = (DayKind)(flags & KindMask);
            name = _names[i];
            var unknown = (flags & UnknownYearFlag) != 0;
            assumed = unknown && (flags & ListedFlag) == 0;
            return !unknown;
        }

        kind = IsoDays.IsWeekend(dayNumber) ? DayKind.Weekend : DayKind.Workday;
        name = null;
        assumed = true;
        return false;
    }

    /// <summary>Whether the day is a working day, and (out) whether its year is known.</summary>
    public bool IsWorkingDay(int dayNumber, out bool known)
    {
        var i = (long)dayNumber - Start;
        if ((ulong)i < (ulong)Length)
        {
            var flags = _flags[i];
            known = (flags & UnknownYearFlag) == 0;
            return (flags & WorkingFlag) != 0;
        }

        known = false;
        return !IsoDays.IsWeekend(dayNumber);
    }

    /// <summary>Counts the working days before day <paramref name="dayNumber"/> (relative to the table's start).</summary>
    public long WorkingBefore(long dayNumber)
    {
        var i = dayNumber - Start;
        if (i < 0)
        {
            return IsoDays.WeekdaysBefore(dayNumber) - _weekdaysBeforeStart;
        }

        if (i > Length)
        {
            return _cumulative[Length] + IsoDays.WeekdaysBefore(dayNumber) - _weekdaysBeforeEnd;
        }

        return _cumulative[i];
    }

    /// <summary>
    /// Gets the working day with <paramref name="ordinal"/> working days before it: its day number, and its date when
    /// it lies in the table (precomputed, so the common case builds no date).
    /// </summary>
    public long DayOfOrdinal(long ordinal, out LocalDate date, out bool hasDate)
    {
        if ((ulong)ordinal < (ulong)_workingOffsets.Length)
        {
            date = _workingDates[ordinal];
            hasDate = true;
            return Start + _workingOffsets[ordinal];
        }

        date = default;
        hasDate = false;
        return ordinal < 0
            ? IsoDays.WeekdayWithOrdinal(_weekdaysBeforeStart + ordinal)
            : IsoDays.WeekdayWithOrdinal(_weekdaysBeforeEnd + (ordinal - _workingOffsets.Length));
    }
}
