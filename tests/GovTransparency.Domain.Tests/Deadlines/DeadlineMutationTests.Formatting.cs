using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The whole Chinese phrase and English description of every kind of rule, every period, part, frequency, unit and
/// event, and the month names, written out by hand (issue 9: the formatters' surviving mutants).
/// </summary>
public class DeadlineFormatterMutationTests
{
    /// <summary>Fixed rules: each year form (plan year, next year, written out) and each period.</summary>
    public static TheoryData<DeadlineRule, string, string> FixedRules => new()
    {
        { YearEnd(), "年底前", "by 31 December of the plan year" },
        { YearEnd(Next), "次年底前", "by 31 December of the year after the plan year" },
        { YearEnd(Year(2019)), "2019年底前", "by 31 December 2019" },
        { MonthEnd(9, Next), "次年9月底前", "by 30 September of the year after the plan year" },
        { MonthEnd(4, Year(2021)), "2021年4月底前", "by 30 April 2021" },
        { MonthEnd(2, Year(2021)), "2021年2月底前", "by 28 February 2021" },
        { MonthEnd(2, Year(2100)), "2100年2月底前", "by 28 February 2100" },
        { MonthEnd(2, Year(2000)), "2000年2月底前", "by 29 February 2000" },
        { MonthEnd(2, Next), "次年2月底前", "by the last day of February of the year after the plan year" },
        { Date(3, 5, Year(2020)), "2020年3月5日前", "by 5 March 2020" },
        { Date(12, 1, Next), "次年12月1日前", "by 1 December of the year after the plan year" },
        { PeriodEnd(YearPeriod.FirstHalf), "上半年", "by 30 June of the plan year (the end of the first half)" },
        { PeriodEnd(YearPeriod.SecondHalf), "下半年", "by 31 December of the plan year (the end of the second half)" },
        { PeriodEnd(YearPeriod.FirstQuarter), "一季度末前", "by 31 March of the plan year (the end of the first quarter)" },
        { PeriodEnd(YearPeriod.SecondQuarter), "二季度末前", "by 30 June of the plan year (the end of the second quarter)" },
        { PeriodEnd(YearPeriod.ThirdQuarter), "三季度末前", "by 30 September of the plan year (the end of the third quarter)" },
        { PeriodEnd(YearPeriod.FourthQuarter), "四季度末前", "by 31 December of the plan year (the end of the fourth quarter)" },
        { PeriodEnd(YearPeriod.FirstHalf, Year(2022)), "2022年上半年", "by 30 June 2022 (the end of the first half)" },
        { PeriodEnd(YearPeriod.SecondQuarter, Next), "次年二季度末前", "by 30 June of the year after the plan year (the end of the second quarter)" },
        { TenDays(6, TenDayPeriod.Early), "6月上旬前", "by 10 June of the plan year (the end of early June)" },
        { TenDays(9, TenDayPeriod.Middle), "9月中旬前", "by 20 September of the plan year (the end of mid September)" },
        { TenDays(12, TenDayPeriod.Late), "12月下旬前", "by 31 December of the plan year (the end of late December)" },
        { TenDays(4, TenDayPeriod.Late), "4月下旬前", "by 30 April of the plan year (the end of late April)" },
        { TenDays(2, TenDayPeriod.Late, Year(2024)), "2024年2月下旬前", "by 29 February 2024 (the end of late February)" },
        { TenDays(2, TenDayPeriod.Late, Next), "次年2月下旬前", "by the last day of February of the year after the plan year (the end of late February)" },
        { TenDays(7, TenDayPeriod.Middle, Year(2020)), "2020年7月中旬前", "by 20 July 2020 (the end of mid July)" },
        { TenDays(1, TenDayPeriod.Early, Next), "次年1月上旬前", "by 10 January of the year after the plan year (the end of early January)" },
    };

    /// <summary>
    /// Spans: the start writes its year, the end writes its own only when it differs (今年 for the plan year); a
    /// year-end without a year of its own is 年底. In English the due day of the end, then where the span starts.
    /// </summary>
    public static TheoryData<DeadlineRule, string, string> Spans => new()
    {
        { Span(YearEnd(), YearEnd(Next)), "今年至次年", "by 31 December of the year after the plan year, the end of a span from the plan year" },
        { Span(YearEnd(Year(2021)), YearEnd(Next)), "2021年至次年", "by 31 December of the year after the plan year, the end of a span from 2021" },
        { Span(YearEnd(Next), YearEnd(Year(2030))), "次年至2030年", "by 31 December 2030, the end of a span from the year after the plan year" },
        { Span(MonthEnd(6), YearEnd()), "6月至年底", "by 31 December of the plan year, the end of a span from June of the plan year" },
        { Span(MonthEnd(2, Year(2021)), MonthEnd(5)), "2021年2月至今年5月", "by 31 May of the plan year, the end of a span from February 2021" },
        { Span(MonthEnd(3, Next), MonthEnd(8, Next)), "次年3月至8月", "by 31 August of the year after the plan year, the end of a span from March of the year after the plan year" },
        { Span(Date(3, 1), Date(4, 15)), "3月1日至4月15日", "by 15 April of the plan year, the end of a span from 1 March of the plan year" },
        { Span(Date(8, 20, Year(2020)), Date(1, 10, Year(2021))), "2020年8月20日至2021年1月10日", "by 10 January 2021, the end of a span from 20 August 2020" },
        {
            Span(PeriodEnd(YearPeriod.FirstQuarter), PeriodEnd(YearPeriod.ThirdQuarter)),
            "一季度至三季度",
            "by 30 September of the plan year (the end of the third quarter), the end of a span from the first quarter of the plan year"
        },
        {
            Span(PeriodEnd(YearPeriod.SecondHalf, Year(2021)), PeriodEnd(YearPeriod.FirstHalf, Year(2022))),
            "2021年下半年至2022年上半年",
            "by 30 June 2022 (the end of the first half), the end of a span from the second half 2021"
        },
        {
            Span(TenDays(5, TenDayPeriod.Middle), TenDays(6, TenDayPeriod.Early)),
            "5月中旬至6月上旬",
            "by 10 June of the plan year (the end of early June), the end of a span from mid May of the plan year"
        },
        {
            Span(TenDays(11, TenDayPeriod.Late, Year(2020)), TenDays(1, TenDayPeriod.Late, Next)),
            "2020年11月下旬至次年1月下旬",
            "by 31 January of the year after the plan year (the end of late January), the end of a span from late November 2020"
        },
    };

    /// <summary>Each frequency, with and without a due day or month, and with an alternative.</summary>
    public static TheoryData<DeadlineRule, string, string> RecurringRules => new()
    {
        { Every(RecurrenceFrequency.Daily), "每日", "every day, due at the end of each day" },
        { Every(RecurrenceFrequency.Weekly), "每周", "every week, due at the end of each week" },
        { Every(RecurrenceFrequency.Monthly), "每月", "every month, due at the end of each month" },
        { Every(RecurrenceFrequency.Quarterly), "每季度", "every quarter, due at the end of each quarter" },
        { Every(RecurrenceFrequency.HalfYearly), "每半年", "every half-year, due at the end of each half-year" },
        { Every(RecurrenceFrequency.Yearly), "每年", "every year, due at the end of each year" },
        { Every(RecurrenceFrequency.Yearly, month: 3), "每年3月底前", "every year, by the end of March" },
        { Every(RecurrenceFrequency.Yearly, month: 11, day: 15), "每年11月15日前", "every year, by 15 November" },
        { Every(RecurrenceFrequency.Monthly, day: 10), "每月10日前", "every month, by the 10th" },
        { Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly), "按月或按季度", "every month, due at the end of each month, or every quarter" },
        { Every(RecurrenceFrequency.Monthly, day: 25, alternative: RecurrenceFrequency.Quarterly), "每月25日前或按季度", "every month, by the 25th, or every quarter" },
        { Every(RecurrenceFrequency.Yearly, month: 6, alternative: RecurrenceFrequency.HalfYearly), "每年6月底前或按半年", "every year, by the end of June, or every half-year" },
        { Every(RecurrenceFrequency.Daily, alternative: RecurrenceFrequency.Weekly), "按日或按周", "every day, due at the end of each day, or every week" },
        { Every(RecurrenceFrequency.HalfYearly, alternative: RecurrenceFrequency.Yearly), "按半年或按年", "every half-year, due at the end of each half-year, or every year" },
        { Every(RecurrenceFrequency.Weekly, alternative: RecurrenceFrequency.Daily), "按周或按日", "every week, due at the end of each week, or every day" },
    };

    /// <summary>Each unit, singular and plural, and each event with and without its written text.</summary>
    public static TheoryData<DeadlineRule, string, string> RelativeRules => new()
    {
        { Within(1, PeriodUnit.Days), "1日内", "within 1 day of an event the text does not name" },
        { Within(7, PeriodUnit.Days), "7日内", "within 7 days of an event the text does not name" },
        { Within(1, PeriodUnit.WorkingDays), "1个工作日内", "within 1 working day of an event the text does not name" },
        { Within(5, PeriodUnit.WorkingDays), "5个工作日内", "within 5 working days of an event the text does not name" },
        { Within(1, PeriodUnit.Weeks), "1周内", "within 1 week of an event the text does not name" },
        { Within(2, PeriodUnit.Weeks), "2周内", "within 2 weeks of an event the text does not name" },
        { Within(1, PeriodUnit.Months), "1个月内", "within 1 month of an event the text does not name" },
        { Within(3, PeriodUnit.Months), "3个月内", "within 3 months of an event the text does not name" },
        { Within(1, PeriodUnit.Years), "1年内", "within 1 year of an event the text does not name" },
        { Within(2, PeriodUnit.Years), "2年内", "within 2 years of an event the text does not name" },
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "印发后1个月内", "within 1 month after the plan is issued" },
        { Within(20, PeriodUnit.WorkingDays, RelativeEvent.PlanIssued, "本通知印发"), "本通知印发后20个工作日内", "within 20 working days after the plan is issued (本通知印发)" },
        { Within(20, PeriodUnit.Days, RelativeEvent.Approved), "批复后20日内", "within 20 days from approval" },
        { Within(30, PeriodUnit.Days, RelativeEvent.Approved, "批准"), "批准后30日内", "within 30 days from approval (批准)" },
        { Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received), "自收到之日起3个工作日内", "within 3 working days from receipt" },
        { Within(15, PeriodUnit.Days, RelativeEvent.Received, "收到答复"), "自收到答复之日起15日内", "within 15 days from receipt (收到答复)" },
        { Within(20, PeriodUnit.WorkingDays, RelativeEvent.Other, "受理"), "自受理之日起20个工作日内", "within 20 working days from the event (受理)" },
    };

    /// <summary>
    /// Milestones: a step after one of another year writes 今年 unless its phrase already starts with it; steps
    /// without an action; the count of steps in English.
    /// </summary>
    public static TheoryData<DeadlineRule, string, string> MilestoneRules => new()
    {
        {
            Steps((YearEnd(), "完成建设")),
            "年底前完成建设",
            "1 step: by 31 December of the plan year, 完成建设; the last step's date is the task's due date"
        },
        {
            Steps((Date(5, 29), null), (Date(12, 10), null)),
            "5月29日前，12月10日前",
            "2 steps: by 29 May of the plan year; by 10 December of the plan year; the last step's date is the task's due date"
        },
        {
            Steps((MonthEnd(7, Year(2020)), "提出"), (MonthEnd(10, Year(2021)), "完成")),
            "2020年7月底前提出，2021年10月底前完成",
            "2 steps: by 31 July 2020, 提出; by 31 October 2021, 完成; the last step's date is the task's due date"
        },
        {
            Steps((MonthEnd(1, Next), "试点"), (MonthEnd(3), "总结")),
            "次年1月底前试点，今年3月底前总结",
            "2 steps: by 31 January of the year after the plan year, 试点; by 31 March of the plan year, 总结; the last step's date is the task's due date"
        },
        {
            Steps((MonthEnd(7, Year(2020)), "提出"), (Span(MonthEnd(11), MonthEnd(2, Next)), "完成")),
            "2020年7月底前提出，今年11月至次年2月完成",
            "2 steps: by 31 July 2020, 提出; by the last day of February of the year after the plan year, the end of a span from November of the plan year, 完成; "
            + "the last step's date is the task's due date"
        },
        {
            Steps((YearEnd(Year(2020)), "启动"), (Span(YearEnd(), YearEnd(Next)), "推广")),
            "2020年底前启动，今年至次年推广",
            "2 steps: by 31 December 2020, 启动; by 31 December of the year after the plan year, the end of a span from the plan year, 推广; "
            + "the last step's date is the task's due date"
        },
        {
            Steps((MonthEnd(6), "起草"), (MonthEnd(9), "审议"), (YearEnd(), "印发")),
            "6月底前起草，9月底前审议，年底前印发",
            "3 steps: by 30 June of the plan year, 起草; by 30 September of the plan year, 审议; by 31 December of the plan year, 印发; "
            + "the last step's date is the task's due date"
        },
    };

    [Theory]
    [MemberData(nameof(FixedRules))]
    [MemberData(nameof(Spans))]
    [MemberData(nameof(RecurringRules))]
    [MemberData(nameof(RelativeRules))]
    [MemberData(nameof(MilestoneRules))]
    public void Every_kind_writes_its_whole_canonical_phrase_and_english_description(DeadlineRule rule, string chinese, string english)
    {
        rule.ToChineseText().Should().Be(chinese);
        rule.ToEnglishDescription().Should().Be(english);
    }

    [Theory]
    [InlineData(1, "31 January", "1 January")]
    [InlineData(2, "28 February", "1 February")]
    [InlineData(3, "31 March", "1 March")]
    [InlineData(4, "30 April", "1 April")]
    [InlineData(5, "31 May", "1 May")]
    [InlineData(6, "30 June", "1 June")]
    [InlineData(7, "31 July", "1 July")]
    [InlineData(8, "31 August", "1 August")]
    [InlineData(9, "30 September", "1 September")]
    [InlineData(10, "31 October", "1 October")]
    [InlineData(11, "30 November", "1 November")]
    [InlineData(12, "31 December", "1 December")]
    public void Each_month_is_named_with_its_last_day_in_english(int month, string monthEnd, string firstDay)
    {
        MonthEnd(month, Year(2021)).ToEnglishDescription().Should().Be("by " + monthEnd + " 2021");
        Date(month, 1, Year(2021)).ToEnglishDescription().Should().Be("by " + firstDay + " 2021");
        MonthEnd(month, Year(2021)).ToChineseText().Should().Be("2021年" + month.ToString(System.Globalization.CultureInfo.InvariantCulture) + "月底前");
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(10, "10th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(20, "20th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(24, "24th")]
    [InlineData(30, "30th")]
    [InlineData(31, "31st")]
    public void A_monthly_due_day_is_an_english_ordinal(int day, string ordinal)
    {
        Every(RecurrenceFrequency.Monthly, day: day).ToEnglishDescription().Should().Be("every month, by the " + ordinal);
    }

    [Fact]
    public void Continuous_unspecified_and_unrecognised_rules_write_their_fixed_texts()
    {
        Continuous.ToChineseText().Should().Be("持续推进");
        Continuous.ToEnglishDescription().Should().Be("continuous: no due date; judged by regular progress");
        Unspecified.ToChineseText().Should().BeEmpty();
        Unspecified.ToEnglishDescription().Should().Be("no time limit written: the plan's default applies (31 December of the plan year)");
        Unrecognized("另行通知").ToChineseText().Should().Be("另行通知");
        Unrecognized("另行通知").ToEnglishDescription().Should().Be("not understood as a time limit: 另行通知");
    }

    [Fact]
    public void A_rule_year_describes_itself_and_compares_by_value()
    {
        RuleYear.PlanYear.ToString().Should().Be("plan year");
        RuleYear.NextYear.ToString().Should().Be("plan year + 1");
        RuleYear.Of(2020).ToString().Should().Be("2020");

        RuleYear.NextYear.IsExplicit.Should().BeFalse();
        RuleYear.NextYear.PlanYearOffset.Should().Be(1);
        RuleYear.NextYear.ExplicitYear.Should().BeNull();
        RuleYear.Of(2020).IsExplicit.Should().BeTrue();
        RuleYear.Of(2020).PlanYearOffset.Should().Be(0);

        (RuleYear.Of(2020) == RuleYear.Of(2020)).Should().BeTrue();
        (RuleYear.Of(2020) != RuleYear.Of(2020)).Should().BeFalse();
        (RuleYear.Of(2020) == RuleYear.Of(2021)).Should().BeFalse();
        (RuleYear.Of(2020) != RuleYear.Of(2021)).Should().BeTrue();
        (RuleYear.PlanYear == RuleYear.NextYear).Should().BeFalse();
        (RuleYear.PlanYear != RuleYear.NextYear).Should().BeTrue();
        RuleYear.Of(2020).Equals((object)RuleYear.Of(2020)).Should().BeTrue();
        RuleYear.Of(2020).Equals((object)2020).Should().BeFalse();
        RuleYear.NextYear.Equals((object)RuleYear.PlanYear).Should().BeFalse();
        RuleYear.Of(2020).GetHashCode().Should().Be(RuleYear.Of(2020).GetHashCode());
        RuleYear.NextYear.GetHashCode().Should().Be(RuleYear.NextYear.GetHashCode());
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void A_written_year_from_1949_to_9999_is_accepted(int year)
    {
        RuleYear.Of(year).ExplicitYear.Should().Be(year);
        RuleYear.Of(year).Resolve(2021).Should().Be(year);
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void A_written_year_outside_1949_to_9999_is_a_programmer_error(int year)
    {
        FluentActions.Invoking(() => RuleYear.Of(year)).Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("year");
    }
}
