using System;
using System.Collections.Generic;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>The occurrences of a recurring time limit in a window (see <see cref="DeadlineResolver.Resolve"/>).</summary>
internal static class RecurrenceSeries
{
    private const int MaxMonthIndex = (9999 * 12) + 11;

    public static DeadlineResolution Resolve(DeadlineRule.Recurring rule, DeadlineContext context, DateInterval? window)
    {
        window ??= context.PlanYearDates;
        var start = IsoDays.ToIso(window.Start);
        var end = IsoDays.ToIso(window.End);
        var diagnostics = new List<Diagnostic>();

        var frequency = rule.Frequency;
        if (rule.Alternative is { } alternative)
        {
            // The more frequent of the two is the stricter: a task done monthly is also done every quarter.
            frequency = alternative < rule.Frequency ? alternative : rule.Frequency;
            diagnostics.Add(Messages.DeadlineStricterFrequency(rule, frequency));
        }

        // A day or month written for the rule's own frequency (每月25日前) does not carry over to an alternative.
        var dueMonth = frequency == rule.Frequency ? rule.DueMonth : null;
        var dueDay = frequency == rule.Frequency ? rule.DueDay : null;

        var occurrences = new List<DeadlineOccurrence>();
        var truncated = frequency switch
        {
            RecurrenceFrequency.Daily => Daily(start, end, occurrences),
            RecurrenceFrequency.Weekly => Weekly(start, end, occurrences),
            RecurrenceFrequency.Monthly => Months(1, dueMonth, dueDay, start, end, occurrences),
            RecurrenceFrequency.Quarterly => Months(3, dueMonth, dueDay, start, end, occurrences),
            RecurrenceFrequency.HalfYearly => Months(6, dueMonth, dueDay, start, end, occurrences),
            RecurrenceFrequency.Yearly => Months(12, dueMonth, dueDay, start, end, occurrences),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), frequency, "Unknown frequency."),
        };
        if (truncated)
        {
            diagnostics.Add(Messages.DeadlineSeriesTruncated(DeadlineResolver.MaxOccurrences, occurrences[occurrences.Count - 1].DueDate));
        }

        var details = new ResolutionDetails
        {
            Window = new DateInterval(start, end),
            Frequency = frequency,
            Occurrences = ValueList<DeadlineOccurrence>.From(occurrences),
            Diagnostics = ValueList<Diagnostic>.From(diagnostics),
        };
        return new DeadlineResolution(DeadlineResolutionKind.Series, rule, context.PlanYear, default, details);
    }

    private static bool Daily(LocalDate start, LocalDate end, List<DeadlineOccurrence> occurrences)
    {
        for (var day = IsoDays.FromDate(start); day <= IsoDays.FromDate(end); day++)
        {
            if (occurrences.Count == DeadlineResolver.MaxOccurrences)
            {
                return true;
            }

            var date = IsoDays.ToDate(day);
            occurrences.Add(new DeadlineOccurrence(date, date, date));
        }

        return false;
    }

    /// <summary>Weeks run Monday to Sunday (as Chinese calendars print them) and fall due on the Sunday.</summary>
    private static bool Weekly(LocalDate start, LocalDate end, List<DeadlineOccurrence> occurrences)
    {
        var monday = (long)IsoDays.FromDate(start) - ((int)start.DayOfWeek - 1);
        for (var sunday = monday + 6; sunday <= IsoDays.FromDate(end); sunday += 7)
        {
            if (sunday - 6 < IsoDays.MinDayNumber)
            {
                continue;
            }

            if (occurrences.Count == DeadlineResolver.MaxOccurrences)
            {
                return true;
            }

            occurrences.Add(new DeadlineOccurrence(IsoDays.ToDate((int)(sunday - 6)), IsoDays.ToDate((int)sunday), IsoDays.ToDate((int)sunday)));
        }

        return false;
    }

    /// <summary>
    /// Periods of <paramref name="length"/> months aligned on the calendar year (months, quarters, half-years, years).
    /// The due day is the period's last day unless the rule names one: <paramref name="dueDay"/> of the due month
    /// (the month's last day when it is shorter), where the due month is the period's last month, or, when the rule
    /// names a month, the month in the same position within the period (每年3月31日前: March of each year).
    /// </summary>
    private static bool Months(int length, int? dueMonth, int? dueDay, LocalDate start, LocalDate end, List<DeadlineOccurrence> occurrences)
    {
        var position = dueMonth is { } m ? (m - 1) % length : length - 1;
        var first = FloorDiv(MonthIndex(start), length) * length;
        var last = MonthIndex(end);
        for (var period = first; period <= last; period += length)
        {
            var periodEndIndex = period + length - 1;
            if (period < MonthIndex(LocalDate.MinIsoValue) || periodEndIndex > MaxMonthIndex)
            {
                continue;
            }

            var dueIndex = period + position;
            var dueYear = FloorDiv(dueIndex, 12);
            var dueMonthOfYear = dueIndex - (dueYear * 12) + 1;
            var length0 = DeadlineDates.DaysInMonth(dueYear, dueMonthOfYear);
            var due = new LocalDate(dueYear, dueMonthOfYear, dueDay is { } d && d < length0 ? d : length0);
            if (due < start || due > end)
            {
                continue;
            }

            if (occurrences.Count == DeadlineResolver.MaxOccurrences)
            {
                return true;
            }

            var endYear = FloorDiv(periodEndIndex, 12);
            var endMonth = periodEndIndex - (endYear * 12) + 1;
            var startYear = FloorDiv(period, 12);
            occurrences.Add(new DeadlineOccurrence(
                new LocalDate(startYear, period - (startYear * 12) + 1, 1),
                new LocalDate(endYear, endMonth, DeadlineDates.DaysInMonth(endYear, endMonth)),
                due));
        }

        return false;
    }

    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;
}
