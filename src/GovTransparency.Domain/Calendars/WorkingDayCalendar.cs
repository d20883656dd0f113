using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// A working-day calendar built from official holiday schedules (放假安排) and user-added days: the library's
/// implementation of <see cref="IWorkingDayCalendar"/>. Start from <see cref="ChinaCalendar.Default"/> (mainland
/// China, State Council schedules 2007–2026) and add years, regional holidays or extra working days with
/// <see cref="ToBuilder"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Layers and precedence</b> (later wins): (1) ordinary weeks — Monday to Friday working, Saturday and Sunday off;
/// (2) the year schedules, applied in year order, so that a date listed by two notices takes the later notice's
/// entry (the 2008 notice sets 2007-12-29 to 2007-12-31); a schedule added for a year that already has one replaces
/// it entirely; (3) extra days (regional holidays, extra working days), applied in the order they were added, which
/// override every schedule. Only year schedules make a year known: extra days never do.
/// </para>
/// <para>
/// <b>Coverage.</b> A year is known when its schedule is loaded. With <see cref="UnknownYearPolicy.Throw"/> (the
/// default) any query that touches an unknown year throws <see cref="CalendarCoverageException"/> naming the year;
/// with <see cref="UnknownYearPolicy.AssumeWeekends"/> unknown years are plain Monday–Friday weeks (days listed
/// explicitly there are still used as listed), and <see cref="CalendarDay.IsAssumed"/>, <see cref="UnknownYears"/>
/// and explanations report it. Late December of the last known year can still change when the next year's notice
/// comes out (notices sometimes move the turn of the year).
/// </para>
/// <para>
/// <b>Cost.</b> The calendar is immutable and thread-safe. <see cref="IsWorkingDay"/>, <see cref="GetDay"/>,
/// <see cref="AddWorkingDays"/>, <see cref="WorkingDaysBetween"/>, <see cref="NextWorkingDay"/> and
/// <see cref="PreviousWorkingDay"/> take constant time whatever the distance (no day-by-day loop, so holiday blocks
/// of any length are fine) and allocate nothing, outside the known years too. The table takes about 20 bytes per
/// day between the first and last year any schedule or extra day touches.
/// </para>
/// <para>
/// Dates of other calendar systems are converted to the ISO calendar; results are ISO dates.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly CalendarTable _table;
    private readonly bool _assume;

    internal WorkingDayCalendar(
        CalendarTable table,
        ValueList<HolidaySchedule> schedules,
        ValueList<ScheduledDay> extraDays,
        UnknownYearPolicy policy)
    {
        _table = table;
        Schedules = schedules;
        ExtraDays = extraDays;
        UnknownYearPolicy = policy;
        _assume = policy == UnknownYearPolicy.AssumeWeekends;
        FirstKnownDate = IsoDays.ToDate(table.FirstKnownDay);
        LastKnownDate = IsoDays.ToDate(table.LastKnownDay);
    }

    /// <summary>Gets what the calendar does with dates in years whose schedule is not loaded.</summary>
    public UnknownYearPolicy UnknownYearPolicy { get; }

    /// <summary>Gets the loaded year schedules, by year.</summary>
    public IReadOnlyList<HolidaySchedule> Schedules { get; }

    /// <summary>Gets the extra days (regional holidays, extra working days) in the order they were added.</summary>
    public IReadOnlyList<ScheduledDay> ExtraDays { get; }

    /// <summary>Gets the years whose schedule is loaded, ascending.</summary>
    public IReadOnlyList<int> KnownYears => _table.KnownYears;

    /// <summary>Gets 1 January of the first year whose schedule is loaded.</summary>
    public LocalDate FirstKnownDate { get; }

    /// <summary>
    /// Gets 31 December of the last year whose schedule is loaded. Every year in between is known unless schedules
    /// were added with a gap (see <see cref="KnownYears"/>).
    /// </summary>
    public LocalDate LastKnownDate { get; }

    /// <summary>Whether the calendar answers for <paramref name="date"/> without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// True when the date's year schedule is loaded, or always with <see cref="UnknownYearPolicy.AssumeWeekends"/>.
    /// </returns>
    public bool Covers(LocalDate date) => _assume || IsKnown(date);

    /// <summary>Whether the schedule of <paramref name="date"/>'s year is loaded, whatever the policy.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the day's kind comes from a schedule, not from an assumption.</returns>
    public bool IsKnown(LocalDate date) => _table.IsYearKnown(IsoDays.ToIso(date).Year);

    /// <summary>
    /// Lists the years from <paramref name="first"/>'s to <paramref name="last"/>'s (in either order) whose schedule
    /// is not loaded: the years a computation over that span would assume (or throw for).
    /// </summary>
    /// <param name="first">One end of the span.</param>
    /// <param name="last">The other end.</param>
    /// <returns>The unknown years, ascending; empty when the whole span is known.</returns>
    public IReadOnlyList<int> UnknownYears(LocalDate first, LocalDate last)
    {
        var a = IsoDays.ToIso(first).Year;
        var b = IsoDays.ToIso(last).Year;
        var years = new List<int>();
        for (var year = Math.Min(a, b); year <= Math.Max(a, b); year++)
        {
            if (!_table.IsYearKnown(year))
            {
                years.Add(year);
            }
        }

        return ValueList<int>.From(years);
    }

    /// <inheritdoc />
    public CalendarDay GetDay(LocalDate date)
    {
        date = IsoDays.ToIso(date);
        var day = IsoDays.FromDate(date);
        if (!_table.TryGetDay(day, out var kind, out var name, out var assumed) && !_assume)
        {
            throw CoverageError(day, day);
        }

        return new CalendarDay(date, kind, name, assumed);
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date)
    {
        var day = IsoDays.FromDate(IsoDays.ToIso(date));
        var working = _table.IsWorkingDay(day, out var known);
        if (!known && !_assume)
        {
            throw CoverageError(day, day);
        }

        return working;
    }

    /// <inheritdoc />
    /// <exception cref="CalendarCoverageException">The span from the date to the result touches an unknown year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result would lie outside the dates NodaTime supports.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        date = IsoDays.ToIso(date);
        var day = IsoDays.FromDate(date);
        if (workingDays == 0)
        {
            EnsureKnown(day, day);
            return date;
        }

        var ordinal = workingDays > 0
            ? _table.WorkingBefore(day + 1L) + workingDays - 1
            : _table.WorkingBefore(day) + workingDays;
        var target = _table.DayOfOrdinal(ordinal, out var result, out var hasDate);
        EnsureKnown(day, target);
        if (hasDate)
        {
            return result;
        }

        if (target < IsoDays.MinDayNumber || target > IsoDays.MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, Messages.WorkingDaysOutOfRange(date, workingDays));
        }

        return IsoDays.ToDate((int)target);
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var a = IsoDays.FromDate(IsoDays.ToIso(start));
        var b = IsoDays.FromDate(IsoDays.ToIso(end));
        EnsureKnown(a, b);
        var count = a <= b
            ? _table.WorkingBefore(b + 1L) - _table.WorkingBefore(a + 1L)
            : _table.WorkingBefore(b) - _table.WorkingBefore(a);
        return (int)count;
    }

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <inheritdoc />
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>Returns the same calendar with another policy for unknown years; the tables are shared, so this is cheap.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The calendar with <paramref name="policy"/>.</returns>
    public WorkingDayCalendar WithUnknownYearPolicy(UnknownYearPolicy policy) =>
        Guard.Against.UndefinedEnum(policy) == UnknownYearPolicy
            ? this
            : new WorkingDayCalendar(_table, (ValueList<HolidaySchedule>)Schedules, (ValueList<ScheduledDay>)ExtraDays, policy);

    /// <summary>
    /// Starts a builder holding this calendar's schedules, extra days and policy, to add a year's schedule, regional
    /// holidays or extra working days.
    /// </summary>
    /// <returns>A new builder.</returns>
    public WorkingDayCalendarBuilder ToBuilder() => new(this);

    /// <summary>Describes the calendar for debugging.</summary>
    /// <returns>For example <c>WorkingDayCalendar 2007-01-01..2026-12-31 (Throw)</c>.</returns>
    public override string ToString() =>
        "WorkingDayCalendar " + Messages.IsoDate(FirstKnownDate) + ".." + Messages.IsoDate(LastKnownDate) + " (" + UnknownYearPolicy + ")";

    internal static WorkingDayCalendar Create(
        IEnumerable<HolidaySchedule> schedules,
        IEnumerable<ScheduledDay> extraDays,
        UnknownYearPolicy policy)
    {
        var scheduleList = ValueList<HolidaySchedule>.From(schedules.OrderBy(s => s.Year));
        var dayList = ValueList<ScheduledDay>.From(extraDays);
        return new WorkingDayCalendar(CalendarTable.Create(scheduleList, dayList), scheduleList, dayList, policy);
    }

    /// <summary>Checks, unless unknown years are assumed, that every year from one day to the other is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureKnown(int start, long other)
    {
        if (_assume)
        {
            return;
        }

        if (!_table.IsSpanKnown(Math.Min(start, other), Math.Max(start, other)))
        {
            throw CoverageError(start, other);
        }
    }

    /// <summary>
    /// Builds the coverage error for a span that touches an unknown year: the start's own year when unknown,
    /// otherwise the first unknown year met going from the start towards the other end.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CalendarCoverageException CoverageError(int start, long other)
    {
        var year = IsoDays.YearOf(start);
        var step = other >= start ? 1 : -1;
        while (_table.IsYearKnown(year))
        {
            year += step;
        }

        return new CalendarCoverageException(year, FirstKnownDate, LastKnownDate);
    }
}
