using System;
using System.Globalization;
using System.Text;

namespace GovTransparency.Domain.Deadlines;

/// <summary>Describes a <see cref="DeadlineRule"/> in English (<see cref="DeadlineRule.ToEnglishDescription"/>).</summary>
internal static class DeadlineEnglishFormatter
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    public static string Describe(DeadlineRule rule)
    {
        switch (rule)
        {
            case DeadlineRule.Fixed f:
                return "by " + Due(f);
            case DeadlineRule.Continuous:
                return "continuous: no due date; judged by regular progress";
            case DeadlineRule.Recurring r:
                return Recurring(r);
            case DeadlineRule.Relative r:
                return Relative(r);
            case DeadlineRule.Milestones m:
            {
                var builder = new StringBuilder();
                builder.Append(Number(m.Steps.Count)).Append(m.Steps.Count == 1 ? " step: " : " steps: ");
                for (var i = 0; i < m.Steps.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append("; ");
                    }

                    builder.Append("by ").Append(Due(m.Steps[i].Due));
                    if (m.Steps[i].Action is { } action)
                    {
                        builder.Append(", ").Append(action);
                    }
                }

                return builder.Append("; the last step's date is the task's due date").ToString();
            }

            case DeadlineRule.Unspecified:
                return "no time limit written: the plan's default applies (31 December of the plan year)";
            case DeadlineRule.Unrecognized u:
                return "not understood as a time limit: " + u.Text;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deadline kind.");
        }
    }

    /// <summary>The due day of a fixed rule: 31 October of the plan year, 30 June 2020 (the end of the first half).</summary>
    private static string Due(DeadlineRule.Fixed rule)
    {
        switch (rule)
        {
            case DeadlineRule.ByYearEnd r:
                return "31 December" + Of(r.Year);
            case DeadlineRule.ByMonthEnd r:
                return LastDay(r.Year, r.Month);
            case DeadlineRule.ByDate r:
                return Number(r.Day) + " " + MonthNames[r.Month - 1] + Of(r.Year);
            case DeadlineRule.ByPeriodEnd r:
            {
                var (month, day) = DeadlineDates.PeriodEnd(r.Period);
                return Number(day) + " " + MonthNames[month - 1] + Of(r.Year) + " (the end of the " + Period(r.Period) + ")";
            }

            case DeadlineRule.ByTenDayPeriodEnd r:
            {
                var day = r.Part switch
                {
                    TenDayPeriod.Early => "10 " + MonthNames[r.Month - 1] + Of(r.Year),
                    TenDayPeriod.Middle => "20 " + MonthNames[r.Month - 1] + Of(r.Year),
                    _ => LastDay(r.Year, r.Month),
                };
                return day + " (the end of " + TenDay(r.Part) + " " + MonthNames[r.Month - 1] + ")";
            }

            case DeadlineRule.Spanning r:
                return Due(r.End) + ", the end of a span from " + Start(r.Start);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fixed deadline kind.");
        }
    }

    /// <summary>Where a span starts: January of the plan year, 2021, the first half of 2022.</summary>
    private static string Start(DeadlineRule.Fixed rule) => rule switch
    {
        DeadlineRule.ByYearEnd r => r.Year.IsExplicit
            ? Number(r.Year.Resolve(0))
            : r.Year.PlanYearOffset == 0 ? "the plan year" : "the year after the plan year",
        DeadlineRule.ByMonthEnd r => MonthNames[r.Month - 1] + Of(r.Year),
        DeadlineRule.ByDate r => Number(r.Day) + " " + MonthNames[r.Month - 1] + Of(r.Year),
        DeadlineRule.ByPeriodEnd r => "the " + Period(r.Period) + Of(r.Year),
        DeadlineRule.ByTenDayPeriodEnd r => TenDay(r.Part) + " " + MonthNames[r.Month - 1] + Of(r.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A span holds no span."),
    };

    /// <summary>The last day of a month: 31 October of the plan year, 29 February 2020, the last day of February of the plan year.</summary>
    private static string LastDay(RuleYear year, int month)
    {
        if (month != 2)
        {
            return Number(DeadlineDates.DaysInMonth(2001, month)) + " " + MonthNames[month - 1] + Of(year);
        }

        return year.IsExplicit
            ? Number(DeadlineDates.DaysInMonth(year.Resolve(0), 2)) + " February" + Of(year)
            : "the last day of February" + Of(year);
    }

    /// <summary>" of the plan year", " of the year after the plan year" or " 2020".</summary>
    private static string Of(RuleYear year) => year.IsExplicit
        ? " " + Number(year.Resolve(0))
        : year.PlanYearOffset == 0 ? " of the plan year" : " of the year after the plan year";

    private static string Period(YearPeriod period) => period switch
    {
        YearPeriod.FirstHalf => "first half",
        YearPeriod.SecondHalf => "second half",
        YearPeriod.FirstQuarter => "first quarter",
        YearPeriod.SecondQuarter => "second quarter",
        YearPeriod.ThirdQuarter => "third quarter",
        YearPeriod.FourthQuarter => "fourth quarter",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown year period."),
    };

    private static string TenDay(TenDayPeriod part) => part switch
    {
        TenDayPeriod.Early => "early",
        TenDayPeriod.Middle => "mid",
        TenDayPeriod.Late => "late",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown ten-day period."),
    };

    private static string Frequency(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Daily => "day",
        RecurrenceFrequency.Weekly => "week",
        RecurrenceFrequency.Monthly => "month",
        RecurrenceFrequency.Quarterly => "quarter",
        RecurrenceFrequency.HalfYearly => "half-year",
        RecurrenceFrequency.Yearly => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };

    /// <summary>every month; every month, by the 25th; every year, by 31 March; every month or every quarter.</summary>
    private static string Recurring(DeadlineRule.Recurring rule)
    {
        var text = "every " + Frequency(rule.Frequency);
        if (rule.DueMonth is { } month)
        {
            text += rule.DueDay is { } d
                ? ", by " + Number(d) + " " + MonthNames[month - 1]
                : ", by the end of " + MonthNames[month - 1];
        }
        else if (rule.DueDay is { } day)
        {
            text += ", by the " + Ordinal(day);
        }
        else
        {
            text += ", due at the end of each " + Frequency(rule.Frequency);
        }

        return rule.Alternative is { } alternative ? text + ", or every " + Frequency(alternative) : text;
    }

    private static string Unit(PeriodUnit unit, int amount) => unit switch
    {
        PeriodUnit.Days => amount == 1 ? "day" : "days",
        PeriodUnit.WorkingDays => amount == 1 ? "working day" : "working days",
        PeriodUnit.Weeks => amount == 1 ? "week" : "weeks",
        PeriodUnit.Months => amount == 1 ? "month" : "months",
        PeriodUnit.Years => amount == 1 ? "year" : "years",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit."),
    };

    /// <summary>within 1 month after the plan is issued; within 3 working days from 收到留言咨询 (receipt).</summary>
    private static string Relative(DeadlineRule.Relative rule)
    {
        var period = "within " + Number(rule.Amount) + " " + Unit(rule.Unit, rule.Amount);
        var meaning = rule.Event switch
        {
            RelativeEvent.Unnamed => "an event the text does not name",
            RelativeEvent.PlanIssued => "the plan is issued",
            RelativeEvent.Received => "receipt",
            RelativeEvent.Approved => "approval",
            RelativeEvent.Other => "the event",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Event, "Unknown relative event."),
        };
        var text = rule.Event switch
        {
            RelativeEvent.Unnamed => period + " of " + meaning,
            RelativeEvent.PlanIssued => period + " after " + meaning,
            _ => period + " from " + meaning,
        };
        return rule.EventText is { } written ? text + " (" + written + ")" : text;
    }

    private static string Ordinal(int day)
    {
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Number(day) + suffix;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
