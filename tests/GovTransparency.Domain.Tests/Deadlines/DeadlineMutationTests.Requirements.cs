using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Deadlines inside requirement texts: where a deadline may start, which year a bare date takes, lists, events and
/// their limits, and what is due by each (issue 9: the requirement finder's surviving mutants). Every row was read by
/// hand as a person reading the requirement would.
/// </summary>
public class RequirementDeadlineMutationTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>A requirement text and the deadlines in it: the phrase as written, its rule and what is due by it.</summary>
    public static TheoryData<string, Found[]> Requirements => new()
    {
        // recurrences are skipped; a 按 that starts no recurrence does not hide what follows
        { "每月25日前报送，年底前完成总结。", new[] { new Found("年底前", YearEnd(), "完成总结") } },
        { "按要求于10月底前完成。", new[] { new Found("10月底前", MonthEnd(10), "完成") } },
        { "按季度报送进展，10月底前完成评估。", new[] { new Found("10月底前", MonthEnd(10), "完成评估") } },

        // a list whose last item carries the marker: every item is a deadline, the year carries along the list
        { "6月30日和12月31日前报送。", new[] { new Found("6月30日", Date(6, 30), null), new Found("12月31日前", Date(12, 31), "报送") } },
        { "6月30日及12月31日前报送。", new[] { new Found("6月30日", Date(6, 30), null), new Found("12月31日前", Date(12, 31), "报送") } },
        { "6月30日与12月31日前报送。", new[] { new Found("6月30日", Date(6, 30), null), new Found("12月31日前", Date(12, 31), "报送") } },
        {
            "2022年6月30日、12月31日前报送。",
            new[] { new Found("2022年6月30日", Date(6, 30, Year(2022)), null), new Found("12月31日前", Date(12, 31, Year(2022)), "报送") }
        },
        { "6月30日、12月31日召开会议。", System.Array.Empty<Found>() },
        { "6月30日、各单位报送。", System.Array.Empty<Found>() },

        // a bare date takes the year of the previous deadline in the same sentence, else the plan year
        {
            "2022年6月底前完成初稿，10月底前定稿。",
            new[] { new Found("2022年6月底前", MonthEnd(6, Year(2022)), "完成初稿"), new Found("10月底前", MonthEnd(10, Year(2022)), "定稿") }
        },
        { "2022年6月底前完成初稿。10月底前定稿。", new[] { new Found("2022年6月底前", MonthEnd(6, Year(2022)), "完成初稿"), new Found("10月底前", MonthEnd(10), "定稿") } },
        { "2022年6月底前完成初稿；10月底前定稿。", new[] { new Found("2022年6月底前", MonthEnd(6, Year(2022)), "完成初稿"), new Found("10月底前", MonthEnd(10), "定稿") } },
        { "2022年6月底前完成初稿！10月底前定稿。", new[] { new Found("2022年6月底前", MonthEnd(6, Year(2022)), "完成初稿"), new Found("10月底前", MonthEnd(10), "定稿") } },
        { "2022年6月底前完成初稿？10月底前定稿。", new[] { new Found("2022年6月底前", MonthEnd(6, Year(2022)), "完成初稿"), new Found("10月底前", MonthEnd(10), "定稿") } },
        {
            "2022年6月底前起草，收到后3日内答复，10月底前完成。",
            new[]
            {
                new Found("2022年6月底前", MonthEnd(6, Year(2022)), "起草"),
                new Found("收到后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Received), "答复"),
                new Found("10月底前", MonthEnd(10), "完成"),
            }
        },

        // where a fixed deadline may start: 今年 / 明年 / 次年 …, 上半年 / 下半年 / 下一年, 第…季度
        { "今年底前完成。", new[] { new Found("今年底前", YearEnd(), "完成") } },
        { "本年底前完成。", new[] { new Found("本年底前", YearEnd(), "完成") } },
        { "当年底前完成。", new[] { new Found("当年底前", YearEnd(), "完成") } },
        { "明年底前完成。", new[] { new Found("明年底前", YearEnd(Next), "完成") } },
        { "翌年底前完成。", new[] { new Found("翌年底前", YearEnd(Next), "完成") } },
        { "次年6月底前完成。", new[] { new Found("次年6月底前", MonthEnd(6, Next), "完成") } },
        { "下一年6月底前完成。", new[] { new Found("下一年6月底前", MonthEnd(6, Next), "完成") } },
        { "上半年底前完成。", new[] { new Found("上半年底前", PeriodEnd(YearPeriod.FirstHalf), "完成") } },
        { "下半年底前完成。", new[] { new Found("下半年底前", PeriodEnd(YearPeriod.SecondHalf), "完成") } },
        { "第三季度末前完成评估。", new[] { new Found("第三季度末前", PeriodEnd(YearPeriod.ThirdQuarter), "完成评估") } },
        { "年底前完成。", new[] { new Found("年底前", YearEnd(), "完成") } },
        { "3月内完成。", new[] { new Found("3月内", MonthEnd(3), "完成") } },

        // relative deadlines: the event, where it starts and stops, and the connector
        {
            "自收到申请之日起20个工作日内作出答复。",
            new[] { new Found("自收到申请之日起20个工作日内", Within(20, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到申请"), "作出答复") }
        },
        {
            "确保收到留言咨询之日起3个工作日内完成回复。",
            new[] { new Found("收到留言咨询之日起3个工作日内", Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询"), "完成回复") }
        },
        {
            "方案印发后1个月内完成部署。",
            new[] { new Found("方案印发后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued, "方案印发"), "完成部署") }
        },
        { "自印发后1个月内完成部署。", new[] { new Found("自印发后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成部署") } },
        { "从印发后1个月内完成部署。", new[] { new Found("从印发后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成部署") } },
        { "印发之日起1个月内完成。", new[] { new Found("印发之日起1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成") } },
        { "批复之日后20日内完成。", new[] { new Found("批复之日后20日内", Within(20, PeriodUnit.Days, RelativeEvent.Approved), "完成") } },
        { "印发之后10日内完成。", new[] { new Found("印发之后10日内", Within(10, PeriodUnit.Days, RelativeEvent.PlanIssued), "完成") } },
        { "下发以后1个月内完成。", new[] { new Found("下发以后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued, "下发"), "完成") } },
        { "受理起5个工作日内办结。", new[] { new Found("受理起5个工作日内", Within(5, PeriodUnit.WorkingDays, RelativeEvent.Other, "受理"), "办结") } },
        { "3个月内完成。", new[] { new Found("3个月内", Within(3, PeriodUnit.Months), "完成") } },
        { "后3日内报送。", new[] { new Found("3日内", Within(3, PeriodUnit.Days), "报送") } },
        {
            "10月底前印发后1个月内报送。",
            new[] { new Found("10月底前", MonthEnd(10), null), new Found("印发后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "报送") }
        },
        {
            new string('某', 50) + "印发后1个月内完成。",
            new[]
            {
                new Found(
                    new string('某', 38) + "印发后1个月内",
                    Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued, new string('某', 38) + "印发"),
                    "完成"),
            }
        },

        // numbers inside other numbers, words or ordinals start nothing
        { "8.5天内完成。", System.Array.Empty<Found>() },
        { "A3日内完成。", System.Array.Empty<Found>() },
        { "z3日内完成。", System.Array.Empty<Found>() },
        { "第3日内完成。", System.Array.Empty<Found>() },
        { "共13日内完成。", new[] { new Found("13日内", Within(13, PeriodUnit.Days), "完成") } },

        // what is due: the rest of the clause, without the words that lead into the next deadline or quotes
        { "7月底前提出方案并于10月底前完成。", new[] { new Found("7月底前", MonthEnd(7), "提出方案"), new Found("10月底前", MonthEnd(10), "完成") } },
        { "年底前“完成建设”。", new[] { new Found("年底前", YearEnd(), "完成建设") } },
        { "年底前完成建设，并开展评估。", new[] { new Found("年底前", YearEnd(), "完成建设") } },
        { "请于年底前", new[] { new Found("年底前", YearEnd(), null) } },
        { "请于年底前。", new[] { new Found("年底前", YearEnd(), null) } },
        { "2020年底前，“互联网+政务服务”全面推开；其余照旧。", new[] { new Found("2020年底前", YearEnd(Year(2020)), "互联网+政务服务”全面推开") } },
    };

    [Theory]
    [MemberData(nameof(Requirements))]
    public void The_deadlines_in_a_requirement_are_found_with_what_is_due_by_each(string requirement, Found[] expected)
    {
        var result = DeadlineText.FindInRequirement(requirement, Plan2021);

        result.Deadlines.Select(d => new Found(d.Text, d.Rule, d.Action)).Should().Equal(expected);
        result.Diagnostics.Should().BeEmpty();
        foreach (var deadline in result.Deadlines)
        {
            deadline.Span.Of(requirement).Should().Be(deadline.Text);
        }
    }

    [Theory]
    [InlineData("并于")]
    [InlineData("并在")]
    [InlineData("要于")]
    [InlineData("要在")]
    [InlineData("将于")]
    [InlineData("应于")]
    [InlineData("应在")]
    [InlineData("须于")]
    [InlineData("须在")]
    [InlineData("于")]
    [InlineData("在")]
    [InlineData("并")]
    [InlineData("和")]
    [InlineData("及")]
    [InlineData("与")]
    public void The_words_that_lead_into_the_next_deadline_are_not_part_of_the_action(string words)
    {
        var result = DeadlineText.FindInRequirement("7月底前提出方案" + words + "10月底前完成。", Plan2021);

        result.Deadlines.Select(d => (d.Text, d.Action)).Should().Equal(("7月底前", (string?)"提出方案"), ("10月底前", "完成"));
    }

    [Theory]
    [InlineData("《方案》")]
    [InlineData("（方案）")]
    [InlineData("方案（")]
    [InlineData("“方案”")]
    [InlineData("方案“")]
    [InlineData("\"方案\"")]
    [InlineData("【方案】")]
    [InlineData("方案【")]
    [InlineData("[方案]")]
    [InlineData("方案[")]
    [InlineData("方案《")]
    [InlineData("方案，")]
    [InlineData("方案、")]
    [InlineData("在")]
    [InlineData("于")]
    public void An_event_starts_after_a_bracket_quote_separator_or_preposition(string before)
    {
        var found = DeadlineText.FindInRequirement(before + "印发后1个月内完成部署。", Plan2021).Deadlines.Should().ContainSingle().Subject;

        found.Text.Should().Be("印发后1个月内");
        found.Rule.Should().Be(Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued));
        found.Action.Should().Be("完成部署");
    }

    [Theory]
    [InlineData("上")]
    [InlineData("下")]
    [InlineData("去")]
    [InlineData("前")]
    [InlineData("往")]
    [InlineData("该")]
    [InlineData("同")]
    [InlineData("隔")]
    [InlineData("后")]
    [InlineData("近")]
    [InlineData("每")]
    [InlineData("全")]
    [InlineData("历")]
    [InlineData("多")]
    [InlineData("几")]
    [InlineData("半")]
    [InlineData("整")]
    [InlineData("周")]
    [InlineData("逐")]
    [InlineData("数")]
    public void A_year_named_by_a_word_the_reader_does_not_resolve_is_no_deadline(string word)
    {
        // 上年底前 (by the end of last year), 下年底前 (next year), 往年, 全年内 …: not the plan year's end, and not guessed.
        DeadlineText.FindInRequirement(word + "年底前完成。", Plan2021).Deadlines.Should().BeEmpty();
    }

    [Fact]
    public void Each_date_that_does_not_exist_is_reported_where_it_is()
    {
        const string text = "2月30日前报送，4月31日前完成。";

        var result = DeadlineText.FindInRequirement(text, Plan2021);

        result.Deadlines.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Subject, d.Span!.Value.Of(text))).Should().Equal(
            (DiagnosticCodes.DeadlineInvalidDate, (string?)"2月30日", "2月30日前"),
            (DiagnosticCodes.DeadlineInvalidDate, "4月31日", "4月31日前"));
    }

    [Theory]
    [InlineData("各单位于2月30日之前报送。", "2月30日", "2月30日之前")]
    [InlineData("各单位于2月30日以前报送。", "2月30日", "2月30日以前")]
    [InlineData("并于1030日前收集汇总。", "1030日", "1030日前")]
    [InlineData("4月31日内完成。", "4月31日", "4月31日")]
    public void A_date_that_does_not_exist_before_a_marker_is_reported_with_its_phrase(string text, string date, string phrase)
    {
        var diagnostic = DeadlineText.FindInRequirement(text, Plan2021).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineInvalidDate);
        diagnostic.Subject.Should().Be(date);
        diagnostic.Span!.Value.Of(text).Should().Be(phrase);
    }

    [Fact]
    public void A_date_that_does_not_exist_without_a_marker_is_left_alone()
    {
        var result = DeadlineText.FindInRequirement("2021年2月30日召开会议。", Plan2021);

        result.Deadlines.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_deadline_broken_over_lines_keeps_its_place_in_the_text_as_written()
    {
        const string text = "请于2020年\n10月底前完成";

        var found = DeadlineText.FindInRequirement(text, Plan2021).Deadlines.Should().ContainSingle().Subject;

        found.Span.Should().Be(new TextSpan(2, 11));
        found.Text.Should().Be("2020年\n10月底前");
        found.Rule.Should().Be(MonthEnd(10, Year(2020)));
        found.Action.Should().Be("完成");
    }

    /// <summary>One deadline found: the phrase as written, its rule, what is due by it.</summary>
    public sealed record Found(string Text, DeadlineRule Rule, string? Action);
}
