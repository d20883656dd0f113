using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

public class DeadlineFormattingTests
{
    public static TheoryData<DeadlineRule, string, string> Canonical => new()
    {
        { YearEnd(), "年底前", "by 31 December of the plan year" },
        { YearEnd(Year(2020)), "2020年底前", "by 31 December 2020" },
        { YearEnd(Next), "次年底前", "by 31 December of the year after the plan year" },
        { MonthEnd(10), "10月底前", "by 31 October of the plan year" },
        { MonthEnd(2), "2月底前", "by the last day of February of the plan year" },
        { MonthEnd(2, Year(2020)), "2020年2月底前", "by 29 February 2020" },
        { Date(10, 30), "10月30日前", "by 30 October of the plan year" },
        { Date(1, 31, Next), "次年1月31日前", "by 31 January of the year after the plan year" },
        { PeriodEnd(YearPeriod.FirstHalf), "上半年", "by 30 June of the plan year (the end of the first half)" },
        { PeriodEnd(YearPeriod.ThirdQuarter), "三季度末前", "by 30 September of the plan year (the end of the third quarter)" },
        { TenDays(6, TenDayPeriod.Early), "6月上旬前", "by 10 June of the plan year (the end of early June)" },
        { Span(MonthEnd(6), MonthEnd(7)), "6月至7月", "by 31 July of the plan year, the end of a span from June of the plan year" },
        { Span(MonthEnd(11, Year(2022)), MonthEnd(12, Year(2022))), "2022年11月至12月", "by 31 December 2022, the end of a span from November 2022" },
        { Span(YearEnd(Year(2021)), YearEnd(Year(2025))), "2021年至2025年", "by 31 December 2025, the end of a span from 2021" },
        { Span(MonthEnd(11), MonthEnd(2, Next)), "11月至次年2月", "by the last day of February of the year after the plan year, the end of a span from November of the plan year" },
        { Continuous, "持续推进", "continuous: no due date; judged by regular progress" },
        { Every(RecurrenceFrequency.Monthly), "每月", "every month, due at the end of each month" },
        { Every(RecurrenceFrequency.Monthly, day: 25), "每月25日前", "every month, by the 25th" },
        { Every(RecurrenceFrequency.Yearly, month: 3, day: 31), "每年3月31日前", "every year, by 31 March" },
        { Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly), "按月或按季度", "every month, due at the end of each month, or every quarter" },
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "印发后1个月内", "within 1 month after the plan is issued" },
        { Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询"), "自收到留言咨询之日起3个工作日内", "within 3 working days from receipt (收到留言咨询)" },
        { Within(20, PeriodUnit.Days, RelativeEvent.Approved), "批复后20日内", "within 20 days from approval" },
        { Within(7, PeriodUnit.Days), "7日内", "within 7 days of an event the text does not name" },
        {
            Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")),
            "7月底前提出方案，10月底前完成",
            "2 steps: by 31 July of the plan year, 提出方案; by 31 October of the plan year, 完成; the last step's date is the task's due date"
        },
        { Unspecified, string.Empty, "no time limit written: the plan's default applies (31 December of the plan year)" },
        { Unrecognized("视情况而定"), "视情况而定", "not understood as a time limit: 视情况而定" },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void A_rule_writes_its_canonical_phrase_and_an_english_description(DeadlineRule rule, string chinese, string english)
    {
        rule.ToChineseText().Should().Be(chinese);
        rule.ToEnglishDescription().Should().Be(english);
    }

    [Fact]
    public void A_plan_year_step_after_a_step_of_another_year_writes_this_year()
    {
        var rule = Steps((MonthEnd(7, Year(2020)), "提出方案"), (MonthEnd(10), "完成"));

        rule.ToChineseText().Should().Be("2020年7月底前提出方案，今年10月底前完成");
    }

    [Fact]
    public void A_span_holds_no_span()
    {
        var inner = Span(MonthEnd(6), MonthEnd(7));

        FluentActions.Invoking(() => Span(inner, MonthEnd(8))).Should().Throw<ArgumentException>().WithParameterName("start");
        FluentActions.Invoking(() => Span(MonthEnd(5), inner)).Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void An_unnamed_event_has_no_text_and_an_other_event_has_one()
    {
        FluentActions.Invoking(() => Within(3, PeriodUnit.Days, RelativeEvent.Unnamed, "受理"))
            .Should().Throw<ArgumentException>().WithParameterName("eventText");
        FluentActions.Invoking(() => Within(3, PeriodUnit.Days, RelativeEvent.Other))
            .Should().Throw<ArgumentException>().WithParameterName("eventText");
    }

    [Fact]
    public void A_deadline_inside_a_requirement_is_fixed_or_relative()
    {
        FluentActions.Invoking(() => new RequirementDeadline(Continuous, new TextSpan(0, 4), "持续推进"))
            .Should().Throw<ArgumentException>().WithParameterName("rule");
    }

    [Fact]
    public void Undefined_enum_values_are_programmer_errors()
    {
        FluentActions.Invoking(() => PeriodEnd((YearPeriod)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Period");
        FluentActions.Invoking(() => TenDays(6, (TenDayPeriod)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("part");
        FluentActions.Invoking(() => Every((RecurrenceFrequency)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("frequency");
        FluentActions.Invoking(() => Every(RecurrenceFrequency.Monthly, alternative: (RecurrenceFrequency)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("alternative");
        FluentActions.Invoking(() => Within(1, (PeriodUnit)6)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit");
        FluentActions.Invoking(() => Within(1, PeriodUnit.Days, (RelativeEvent)5, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("event");
    }

    [Theory]
    [InlineData(typeof(YearPeriod))]
    [InlineData(typeof(TenDayPeriod))]
    [InlineData(typeof(RecurrenceFrequency))]
    [InlineData(typeof(PeriodUnit))]
    [InlineData(typeof(RelativeEvent))]
    public void The_enums_checked_by_range_have_no_gaps(Type type)
    {
        var values = Enum.GetValues(type).Cast<int>().ToArray();

        (values.Max() - values.Min() + 1).Should().Be(values.Length);
    }
}
