using System;
using System.Linq;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>The calendar arithmetic of fixed deadlines: pure functions that allocate nothing.</summary>
internal static class DeadlineDates
{
    /// <summary>Whether <paramref name="year"/> is a leap year in the ISO (Gregorian) calendar.</summary>
    public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>The number of days in a month of the ISO calendar.</summary>
    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Whether day <paramref name="day"/> of <paramref name="month"/> exists in <paramref name="year"/>.</summary>
    public static bool IsValidDate(int year, int month, int day) =>
        month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    /// <summary>The last day of a half-year or quarter, as (month, day).</summary>
    public static (int Month, int Day) PeriodEnd(YearPeriod period) => period switch
    {
        YearPeriod.FirstHalf => (6, 30),
        YearPeriod.SecondHalf => (12, 31),
        YearPeriod.FirstQuarter => (3, 31),
        YearPeriod.SecondQuarter => (6, 30),
        YearPeriod.ThirdQuarter => (9, 30),
        YearPeriod.FourthQuarter => (12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown year period."),
    };

    /// <summary>The last day of a ten-day period (旬) of a month.</summary>
    public static int TenDayPeriodEnd(int year, int month, TenDayPeriod part) => part switch
    {
        TenDayPeriod.Early => 10,
        TenDayPeriod.Middle => 20,
        TenDayPeriod.Late => DaysInMonth(year, month),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown ten-day period."),
    };

    /// <summary>The year a fixed rule falls in (for a span, the year of its end).</summary>
    public static RuleYear YearOf(DeadlineRule.Fixed rule) => rule switch
    {
        DeadlineRule.ByYearEnd r => r.Year,
        DeadlineRule.ByMonthEnd r => r.Year,
        DeadlineRule.ByDate r => r.Year,
        DeadlineRule.ByPeriodEnd r => r.Year,
        DeadlineRule.ByTenDayPeriodEnd r => r.Year,
        DeadlineRule.Spanning r => YearOf(r.End),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fixed deadline kind."),
    };

    /// <summary>Whether resolving <paramref name="rule"/> reads the plan year (see <see cref="DeadlineRule.UsesPlanYear"/>).</summary>
    public static bool UsesPlanYear(DeadlineRule rule) => rule switch
    {
        DeadlineRule.Fixed f => !YearOf(f).IsExplicit,
        DeadlineRule.Milestones m => m.Steps.Any(s => !YearOf(s.Due).IsExplicit),
        DeadlineRule.Recurring or DeadlineRule.Unspecified => true,
        _ => false,
    };

    /// <summary>The due date of a fixed rule in a plan of year <paramref name="planYear"/> (already checked).</summary>
    public static LocalDate DueDate(DeadlineRule.Fixed rule, int planYear)
    {
        switch (rule)
        {
            case DeadlineRule.ByYearEnd r:
                return new LocalDate(r.Year.Resolve(planYear), 12, 31);
            case DeadlineRule.ByMonthEnd r:
            {
                var year = r.Year.Resolve(planYear);
                return new LocalDate(year, r.Month, DaysInMonth(year, r.Month));
            }

            case DeadlineRule.ByDate r:
            {
                var year = r.Year.Resolve(planYear);
                return new LocalDate(year, r.Month, Math.Min(r.Day, DaysInMonth(year, r.Month)));
            }

            case DeadlineRule.ByPeriodEnd r:
            {
                var (month, day) = PeriodEnd(r.Period);
                return new LocalDate(r.Year.Resolve(planYear), month, day);
            }

            case DeadlineRule.ByTenDayPeriodEnd r:
            {
                var year = r.Year.Resolve(planYear);
                return new LocalDate(year, r.Month, TenDayPeriodEnd(year, r.Month, r.Part));
            }

            case DeadlineRule.Spanning r:
                return DueDate(r.End, planYear);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fixed deadline kind.");
        }
    }
}
