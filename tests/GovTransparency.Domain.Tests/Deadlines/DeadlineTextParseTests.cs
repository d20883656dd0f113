using System;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

public class DeadlineTextParseTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>Every phrase listed in issue 4, with the rule it means, written out by hand.</summary>
    public static TheoryData<string, DeadlineRule> IssuePhrases => new()
    {
        // year-end
        { "年底前", YearEnd() },
        { "年内", YearEnd() },
        { "年末", YearEnd() },
        { "2020年底前", YearEnd(Year(2020)) },
        { "2020年年底前", YearEnd(Year(2020)) },
        { "二〇二〇年底前", YearEnd(Year(2020)) },

        // month-end
        { "10月底前", MonthEnd(10) },
        { "十月底前", MonthEnd(10) },
        { "2020年9月底前", MonthEnd(9, Year(2020)) },

        // a date
        { "10月30日前", Date(10, 30) },
        { "于10月30日前", Date(10, 30) },
        { "9月30日之前", Date(9, 30) },

        // half-years and quarters
        { "上半年", PeriodEnd(YearPeriod.FirstHalf) },
        { "下半年", PeriodEnd(YearPeriod.SecondHalf) },
        { "一季度", PeriodEnd(YearPeriod.FirstQuarter) },
        { "三季度末前", PeriodEnd(YearPeriod.ThirdQuarter) },
        { "第四季度", PeriodEnd(YearPeriod.FourthQuarter) },

        // the early, middle and late ten days of a month (上旬, 中旬, 下旬) need their month
        { "6月上旬前", TenDays(6, TenDayPeriod.Early) },
        { "9月中旬", TenDays(9, TenDayPeriod.Middle) },
        { "12月下旬前", TenDays(12, TenDayPeriod.Late) },

        // spans, due at their end
        { "6月至7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "2022年11—12月", Span(MonthEnd(11, Year(2022)), MonthEnd(12, Year(2022))) },
        { "2021—2025年", Span(YearEnd(Year(2021)), YearEnd(Year(2025))) },

        // next year
        { "次年1月31日前", Date(1, 31, Next) },
        { "明年", YearEnd(Next) },

        // continuous
        { "持续推进", Continuous },
        { "长期坚持", Continuous },
        { "常态化", Continuous },
        { "长期", Continuous },

        // recurring
        { "每日", Every(RecurrenceFrequency.Daily) },
        { "每周", Every(RecurrenceFrequency.Weekly) },
        { "按月", Every(RecurrenceFrequency.Monthly) },
        { "每月", Every(RecurrenceFrequency.Monthly) },
        { "每月25日前", Every(RecurrenceFrequency.Monthly, day: 25) },
        { "按季度", Every(RecurrenceFrequency.Quarterly) },
        { "每季度", Every(RecurrenceFrequency.Quarterly) },
        { "每半年", Every(RecurrenceFrequency.HalfYearly) },
        { "每年", Every(RecurrenceFrequency.Yearly) },
        { "每年3月31日前", Every(RecurrenceFrequency.Yearly, month: 3, day: 31) },
        { "按月或按季度", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },

        // relative to an event
        { "印发后一个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued) },
        { "本通知印发后20个工作日内", Within(20, PeriodUnit.WorkingDays, RelativeEvent.PlanIssued, "本通知印发") },
        { "自收到…之日起3个工作日内", Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到…") },
        { "自收到留言咨询之日起3个工作日内", Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询") },
        { "批复后20日内", Within(20, PeriodUnit.Days, RelativeEvent.Approved) },
        { "7日之内", Within(7, PeriodUnit.Days) },

        // several milestones
        { "7月底前提出方案，10月底前完成", Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")) },
        { "5月29日、12月10日前", Steps((Date(5, 29), null), (Date(12, 10), null)) },

        // empty
        { string.Empty, Unspecified },

        // anything else, kept verbatim
        { "视情况而定", Unrecognized("视情况而定") },
    };

    /// <summary>What real documents do to a phrase: line breaks, spaces, full-width digits, traditional characters, verbs.</summary>
    public static TheoryData<string, DeadlineRule> RealDocumentSpellings => new()
    {
        { "2020年\n10月\n底前", MonthEnd(10, Year(2020)) },
        { "\t2020年\n10月\n底前", MonthEnd(10, Year(2020)) },
        { "2020\n年底前", YearEnd(Year(2020)) },
        { "2020年9\n月底前", MonthEnd(9, Year(2020)) },
        { "2022 年底前", YearEnd(Year(2022)) },
        { "2021 年 10 月 30 日前", Date(10, 30, Year(2021)) },
        { "１０月底前", MonthEnd(10) },
        { "２０２０年底前", YearEnd(Year(2020)) },
        { "3個工作日內", Within(3, PeriodUnit.WorkingDays) },
        { "批準後20日內", Within(20, PeriodUnit.Days, RelativeEvent.Approved, "批准") },
        { "11月底前完成", MonthEnd(11) },
        { "9月30日以前", Date(9, 30) },
        { "在1个工作日内", Within(1, PeriodUnit.WorkingDays) },
        { "年底前。", YearEnd() },
        { "力争年底前完成", YearEnd() },
        { "6月至7月底前", Span(MonthEnd(6), MonthEnd(7)) },
        { "每月25号前", Every(RecurrenceFrequency.Monthly, day: 25) },
        { "每年年底前", Every(RecurrenceFrequency.Yearly) },
        { "每月上旬", Every(RecurrenceFrequency.Monthly, day: 10) },
        { "长期坚持、持续推进", Continuous },
        { "两周内", Within(2, PeriodUnit.Weeks) },
        { "自本方案印发之日起30日内", Within(30, PeriodUnit.Days, RelativeEvent.PlanIssued, "本方案印发") },
        { "自受理之日起20个工作日内", Within(20, PeriodUnit.WorkingDays, RelativeEvent.Other, "受理") },
        { "2021年6月底前完成初稿，年底前定稿", Steps((MonthEnd(6, Year(2021)), "完成初稿"), (YearEnd(Year(2021)), "定稿")) },
        { "7月底前提出方案，并于10月底前完成", Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")) },
        { "年内完成本级政务公开专区建设", Steps((YearEnd(), "完成本级政务公开专区建设")) },
        { "11月至次年2月", Span(MonthEnd(11), MonthEnd(2, Next)) },
    };

    [Theory]
    [MemberData(nameof(IssuePhrases))]
    public void Every_phrase_named_in_the_issue_reads_as_its_rule(string phrase, DeadlineRule expected)
    {
        DeadlineText.Parse(phrase, Plan2021).Rule.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RealDocumentSpellings))]
    public void Line_breaks_spaces_full_width_digits_traditional_characters_and_trailing_verbs_do_not_change_the_rule(string phrase, DeadlineRule expected)
    {
        DeadlineText.Parse(phrase, Plan2021).Rule.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(IssuePhrases))]
    [MemberData(nameof(RealDocumentSpellings))]
    public void A_span_of_characters_reads_like_the_same_string(string phrase, DeadlineRule expected)
    {
        var padded = "«" + phrase + "»";

        DeadlineText.Parse(padded.AsSpan(1, phrase.Length), Plan2021).Rule.Should().Be(expected);
    }

    [Fact]
    public void Recognised_phrases_carry_no_warning()
    {
        foreach (var row in IssuePhrases)
        {
            var phrase = (string)row[0];
            var result = DeadlineText.Parse(phrase, Plan2021);
            if (result.Rule is not (DeadlineRule.Unrecognized or DeadlineRule.Unspecified))
            {
                result.Diagnostics.Should().BeEmpty(phrase);
                result.IsRecognized.Should().BeTrue();
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t \u3000")]
    public void An_empty_cell_is_unspecified_and_says_that_the_year_end_default_applies(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(new DeadlineRule.Unspecified());
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineNotSpecified && d.Severity == DiagnosticSeverity.Info);
        result.HasWarnings.Should().BeFalse();
    }

    [Theory]
    [InlineData("视情况而定")]
    [InlineData("根据上级部署")]
    [InlineData(" 另行通知 ")]
    [InlineData("10月前")]
    [InlineData("2021年前")]
    [InlineData("30日前")]
    [InlineData("每两周")]
    [InlineData("印发后半个月内")]
    public void Text_that_is_not_a_time_limit_is_kept_verbatim_with_a_warning(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(new DeadlineRule.Unrecognized(text));
        result.IsRecognized.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineNotRecognized && d.Severity == DiagnosticSeverity.Warning && d.Subject == text);
    }

    [Theory]
    [InlineData("2月30日前", "2月30日")]
    [InlineData("13月底前", "13月")]
    [InlineData("4月31日前", "4月31日")]
    [InlineData("五季度", "五季度")]
    [InlineData("1030日前", "1030日前")]
    [InlineData("1800年底前", "1800年")]
    [InlineData("每月32日前", "32日")]
    [InlineData("每年2月30日前", "2月30日")]
    public void A_date_that_does_not_exist_is_kept_verbatim_and_named_in_a_warning(string text, string date)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(new DeadlineRule.Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineInvalidDate && d.Severity == DiagnosticSeverity.Warning && d.Subject == date);
    }

    [Fact]
    public void The_29th_of_February_exists_only_when_the_plan_year_is_a_leap_year()
    {
        DeadlineText.Parse("2月29日前", new DeadlineContext(2020)).Rule.Should().Be(Date(2, 29));
        DeadlineText.Parse("次年2月29日前", new DeadlineContext(2023)).Rule.Should().Be(Date(2, 29, Next));

        var common = DeadlineText.Parse("2月29日前", new DeadlineContext(2021));
        common.Rule.Should().Be(new DeadlineRule.Unrecognized("2月29日前"));
        common.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineInvalidDate);
    }

    [Theory]
    [InlineData("上旬")]
    [InlineData("中旬")]
    [InlineData("下旬前")]
    public void Ten_days_of_no_month_are_kept_verbatim_with_a_warning_that_the_month_is_missing(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(new DeadlineRule.Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineTenDayPeriodWithoutMonth);
    }

    [Fact]
    public void Words_after_a_recurring_limit_are_left_out_with_a_note()
    {
        var result = DeadlineText.Parse("按月公开", Plan2021);

        result.Rule.Should().Be(Every(RecurrenceFrequency.Monthly));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineWordsIgnored && d.Severity == DiagnosticSeverity.Info && d.Subject == "公开");
    }

    [Fact]
    public void An_explicit_year_other_than_the_plan_year_is_kept_in_the_rule_without_complaint()
    {
        var result = DeadlineText.Parse("2020年9月底前", Plan2021);

        result.Rule.Should().Be(MonthEnd(9, Year(2020)));
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_later_step_that_writes_no_year_takes_the_year_of_the_step_before_it()
    {
        DeadlineText.Parse("2020年7月底前提出方案，10月底前完成", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(7, Year(2020)), "提出方案"), (MonthEnd(10, Year(2020)), "完成")));
        DeadlineText.Parse("2020年7月底前提出方案，今年10月底前完成", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(7, Year(2020)), "提出方案"), (MonthEnd(10), "完成")));
    }

    [Fact]
    public void A_step_keeps_its_action_as_written_without_line_breaks()
    {
        var rule = DeadlineText.Parse("7月底前提出\n方案，10月底前完成", Plan2021).Rule;

        rule.Should().Be(Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")));
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        FluentActions.Invoking(() => DeadlineText.Parse(null!, Plan2021)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => DeadlineText.Parse("年底前", null!)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => DeadlineText.FindInRequirement(null!, Plan2021)).Should().Throw<ArgumentNullException>().WithParameterName("requirement");
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(9999)]
    public void A_plan_year_out_of_range_is_a_programmer_error(int year)
    {
        FluentActions.Invoking(() => new DeadlineContext(year)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("planYear");
    }

    [Fact]
    public void The_context_keeps_the_issue_date()
    {
        var context = new DeadlineContext(2020, new LocalDate(2020, 9, 27));

        context.PlanYear.Should().Be(2020);
        context.IssuedOn.Should().Be(new LocalDate(2020, 9, 27));
    }

    [Fact]
    public void A_long_text_is_read_without_a_stack_buffer()
    {
        var text = new string(' ', 500) + "2020年\n10月\n底前" + new string('\n', 500);

        DeadlineText.Parse(text, Plan2021).Rule.Should().Be(MonthEnd(10, Year(2020)));
        DeadlineText.Parse(new string('年', 1000), Plan2021).Rule.Should().Be(new DeadlineRule.Unrecognized(new string('年', 1000)));
    }
}
