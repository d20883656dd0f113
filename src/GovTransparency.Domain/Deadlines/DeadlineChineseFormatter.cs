using System;
using System.Globalization;
using System.Text;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Writes a <see cref="DeadlineRule"/> as its canonical Chinese phrase (<see cref="DeadlineRule.ToChineseText"/>).
/// The canonical phrase is the one <see cref="DeadlinePhraseReader"/> reads back to an equal rule: Arabic
/// digits, 前 (not 之前 / 以前), 底 for month and year ends, 末 for quarter ends, 至 for spans.
/// </summary>
internal static class DeadlineChineseFormatter
{
    public static string Format(DeadlineRule rule)
    {
        switch (rule)
        {
            case DeadlineRule.Fixed f:
                return Fixed(f);
            case DeadlineRule.Continuous:
                return "持续推进";
            case DeadlineRule.Recurring r:
                return Recurring(r);
            case DeadlineRule.Relative r:
                return Relative(r);
            case DeadlineRule.Milestones m:
            {
                // A step that writes no year takes the year of the step before it, so a plan-year step after a step
                // of another year writes 今年.
                var builder = new StringBuilder();
                for (var i = 0; i < m.Steps.Count; i++)
                {
                    var step = Fixed(m.Steps[i].Due);
                    if (i > 0)
                    {
                        builder.Append('，');
                        var leading = m.Steps[i].Due is DeadlineRule.Spanning span ? span.Start : m.Steps[i].Due;
                        if (DeadlineDates.YearOf(leading) == RuleYear.PlanYear
                            && DeadlineDates.YearOf(m.Steps[i - 1].Due) != RuleYear.PlanYear
                            && !step.StartsWith("今年", StringComparison.Ordinal))
                        {
                            builder.Append("今年");
                        }
                    }

                    builder.Append(step).Append(m.Steps[i].Action);
                }

                return builder.ToString();
            }

            case DeadlineRule.Unspecified:
                return string.Empty;
            case DeadlineRule.Unrecognized u:
                return u.Text;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deadline kind.");
        }
    }

    /// <summary>The canonical phrase of a fixed rule: 年底前, 2020年10月底前, 三季度末前, 6月至7月.</summary>
    public static string Fixed(DeadlineRule.Fixed rule) => rule switch
    {
        DeadlineRule.ByYearEnd r => (r.Year.IsExplicit ? Number(r.Year.Resolve(0)) : r.Year.PlanYearOffset == 0 ? string.Empty : "次") + "年底前",
        DeadlineRule.ByMonthEnd r => Prefix(r.Year) + Number(r.Month) + "月底前",
        DeadlineRule.ByDate r => Prefix(r.Year) + Number(r.Month) + "月" + Number(r.Day) + "日前",
        DeadlineRule.ByPeriodEnd r => Prefix(r.Year) + Period(r.Period) + (IsQuarter(r.Period) ? "末前" : string.Empty),
        DeadlineRule.ByTenDayPeriodEnd r => Prefix(r.Year) + Number(r.Month) + "月" + TenDay(r.Part) + "前",
        DeadlineRule.Spanning r => Span(r),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fixed deadline kind."),
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Period(YearPeriod period) => period switch
    {
        YearPeriod.FirstHalf => "上半年",
        YearPeriod.SecondHalf => "下半年",
        YearPeriod.FirstQuarter => "一季度",
        YearPeriod.SecondQuarter => "二季度",
        YearPeriod.ThirdQuarter => "三季度",
        YearPeriod.FourthQuarter => "四季度",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown year period."),
    };

    public static string TenDay(TenDayPeriod part) => part switch
    {
        TenDayPeriod.Early => "上旬",
        TenDayPeriod.Middle => "中旬",
        TenDayPeriod.Late => "下旬",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown ten-day period."),
    };

    private static bool IsQuarter(YearPeriod period) => period is not (YearPeriod.FirstHalf or YearPeriod.SecondHalf);

    /// <summary>The year written before a period: nothing for the plan year, 次年, or 2020年.</summary>
    private static string Prefix(RuleYear year) =>
        year.IsExplicit ? Number(year.Resolve(0)) + "年" : year.PlanYearOffset == 0 ? string.Empty : "次年";

    /// <summary>The year written in full when it stands alone: 今年, 次年, 2020年.</summary>
    private static string YearWord(RuleYear year) => year == RuleYear.PlanYear ? "今年" : Prefix(year);

    /// <summary>
    /// A span: both periods without 前, joined by 至. The end inherits the start's year when it does not write one,
    /// so its year is written only when it differs (with 今年 for the plan year): 6月至7月, 2022年11月至12月,
    /// 2021年至2025年, 11月至次年2月.
    /// </summary>
    private static string Span(DeadlineRule.Spanning span)
    {
        var startYear = DeadlineDates.YearOf(span.Start);
        var endYear = DeadlineDates.YearOf(span.End);
        var start = PeriodOf(span.Start, Prefix(startYear));
        var end = PeriodOf(span.End, endYear == startYear ? null : YearWord(endYear));
        return start + "至" + end;
    }

    /// <summary>A fixed period without 前, after <paramref name="yearText"/> (null: the year is inherited).</summary>
    private static string PeriodOf(DeadlineRule.Fixed rule, string? yearText)
    {
        var prefix = yearText ?? string.Empty;
        return rule switch
        {
            DeadlineRule.ByYearEnd => yearText is null ? "年底" : yearText.Length == 0 ? "今年" : yearText,
            DeadlineRule.ByMonthEnd r => prefix + Number(r.Month) + "月",
            DeadlineRule.ByDate r => prefix + Number(r.Month) + "月" + Number(r.Day) + "日",
            DeadlineRule.ByPeriodEnd r => prefix + Period(r.Period),
            DeadlineRule.ByTenDayPeriodEnd r => prefix + Number(r.Month) + "月" + TenDay(r.Part),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A span holds no span."),
        };
    }

    private static string Frequency(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Daily => "日",
        RecurrenceFrequency.Weekly => "周",
        RecurrenceFrequency.Monthly => "月",
        RecurrenceFrequency.Quarterly => "季度",
        RecurrenceFrequency.HalfYearly => "半年",
        RecurrenceFrequency.Yearly => "年",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };

    /// <summary>每月, 每月25日前, 每年3月31日前, 每年3月底前, 按月或按季度, 每月25日前或按季度.</summary>
    private static string Recurring(DeadlineRule.Recurring rule)
    {
        var due = string.Empty;
        if (rule.DueMonth is { } month)
        {
            due = Number(month) + "月" + (rule.DueDay is { } d ? Number(d) + "日前" : "底前");
        }
        else if (rule.DueDay is { } day)
        {
            due = Number(day) + "日前";
        }

        if (rule.Alternative is not { } alternative)
        {
            return "每" + Frequency(rule.Frequency) + due;
        }

        return (due.Length == 0 ? "按" : "每") + Frequency(rule.Frequency) + due + "或按" + Frequency(alternative);
    }

    private static string Unit(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => "日",
        PeriodUnit.WorkingDays => "个工作日",
        PeriodUnit.Weeks => "周",
        PeriodUnit.Months => "个月",
        PeriodUnit.Years => "年",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit."),
    };

    /// <summary>7日内, 印发后1个月内, 本通知印发后20个工作日内, 自收到留言咨询之日起3个工作日内, 批复后20日内.</summary>
    private static string Relative(DeadlineRule.Relative rule)
    {
        var period = Number(rule.Amount) + Unit(rule.Unit) + "内";
        return rule.Event switch
        {
            RelativeEvent.Unnamed => period,
            RelativeEvent.PlanIssued => (rule.EventText ?? "印发") + "后" + period,
            RelativeEvent.Approved => (rule.EventText ?? "批复") + "后" + period,
            RelativeEvent.Received => "自" + (rule.EventText ?? "收到") + "之日起" + period,
            RelativeEvent.Other => "自" + rule.EventText + "之日起" + period,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Event, "Unknown relative event."),
        };
    }
}
