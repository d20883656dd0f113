using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The mutants of DeadlineText, RequirementDeadlineFinder and RequirementDeadline that survived Stryker's run over the
/// Deadlines folder (issue 9): requirement texts whose deadlines end the text, sit next to each other, follow letters,
/// a recurrence word or an event that holds 到 / 接, and time limits whose steps carry words that are no action. Every
/// expected value was read by hand from the text.
/// </summary>
public class DeadlineTextSurvivorTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>A requirement text and every deadline in it: the phrase as written, its rule and what is due by it.</summary>
    public static TheoryData<string, RequirementDeadlineMutationTests.Found[]> Requirements => new()
    {
        // a recurrence that ends the text: nothing is left to read after it
        { "各单位每月25日前", Array.Empty<RequirementDeadlineMutationTests.Found>() },

        // a list that ends the text: both items, nothing due
        { "6月30日、12月31日前", new[] { F("6月30日", Date(6, 30), null), F("12月31日前", Date(12, 31), null) } },

        // a list item that cannot be read (a second 、) ends the list: only the item with its marker is a deadline
        { "6月30日、、12月31日前报送。", new[] { F("12月31日前", Date(12, 31), "报送") } },

        // a deadline right after a relative one is read from its first character
        { "3日内年底前完成。", new[] { F("3日内", Within(3, PeriodUnit.Days), null), F("年底前", YearEnd(), "完成") } },

        // a month counted without 个 is a length only after an event (13 is no month, so 13月之内 is no date); with no
        // event it is no period
        { "印发后13月之内完成。", new[] { F("印发后13月之内", Within(13, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成") } },
        { "每3月内完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },

        // right after an event a month count is a period, as DeadlineText.Parse reads it, even when it could name a
        // month (3月内 is not "by the end of March" here); a month end after an event stays a date
        { "印发后3月内完成。", new[] { F("印发后3月内", Within(3, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成") } },
        { "印发后1月内完成。", new[] { F("印发后1月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), "完成") } },
        { "印发后6月底前完成。", new[] { F("6月底前", MonthEnd(6), "完成") } },

        // straight quotes around the action are trimmed at both ends
        { "年底前\"完成建设\"。", new[] { F("年底前", YearEnd(), "完成建设") } },

        // a separator left after a leading-in word is removed: 提出方案、并于 → 提出方案
        { "7月底前提出方案、并于10月底前完成。", new[] { F("7月底前", MonthEnd(7), "提出方案"), F("10月底前", MonthEnd(10), "完成") } },

        // 须在于: the longer word is removed whole after 于 goes, not 在 alone (which would leave 须)
        { "7月底前提出方案须在于10月底前完成。", new[] { F("7月底前", MonthEnd(7), "提出方案"), F("10月底前", MonthEnd(10), "完成") } },

        // an event is cut at 收到 / 接到 only: 报到 and 接口 are part of the event
        { "登记报到后3日内完成。", new[] { F("登记报到后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Other, "登记报到"), "完成") } },
        { "完成接口调试后3日内上线。", new[] { F("完成接口调试后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Other, "完成接口调试"), "上线") } },
        { "各单位接到通知后3日内答复。", new[] { F("接到通知后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Received, "接到通知"), "答复") } },

        // a number right after an ASCII letter (a model or file code such as A10) starts nothing
        { "a3日内完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
        { "Z3日内完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
        { "A10月底前完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
        { "A年底前完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },

        // a year or half year after 每 (every) is no deadline
        { "每明年底前完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
        { "每上半年末完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
        { "每下半年末完成。", Array.Empty<RequirementDeadlineMutationTests.Found>() },
    };

    [Theory]
    [MemberData(nameof(Requirements))]
    public void Deadlines_at_the_edges_of_a_requirement_are_found_with_what_is_due_by_each(string requirement, RequirementDeadlineMutationTests.Found[] expected)
    {
        var result = DeadlineText.FindInRequirement(requirement, Plan2021);

        result.Deadlines.Select(d => new RequirementDeadlineMutationTests.Found(d.Text, d.Rule, d.Action)).Should().Equal(expected);
        result.Diagnostics.Should().BeEmpty();
    }

    /// <summary>A date that does not exist ends the text: it is reported, and the scan ends there without failing.</summary>
    [Theory]
    [InlineData("各单位于2月30日前", "2月30日", "2月30日前")]
    [InlineData("各单位于32日前", "32日", "32日前")]
    public void A_date_that_does_not_exist_at_the_end_of_a_requirement_is_reported_and_nothing_else_is_read(string text, string date, string phrase)
    {
        var result = DeadlineText.FindInRequirement(text, Plan2021);

        result.Deadlines.Should().BeEmpty();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineInvalidDate);
        diagnostic.Subject.Should().Be(date);
        diagnostic.Span!.Value.Of(text).Should().Be(phrase);
    }

    /// <summary>Steps whose words hold a number followed by a time word (3年) are no action: the text is not guessed.</summary>
    [Theory]
    [InlineData("年底前总结3年工作，10月底前完成")]
    [InlineData("7月底前提出方案，10月底前总结3年工作")]
    public void Steps_whose_words_are_no_action_are_kept_verbatim_as_not_recognised(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineNotRecognized);
    }

    [Fact]
    public void A_requirement_deadline_that_is_neither_fixed_nor_relative_is_refused_with_the_reason()
    {
        var creating = () => new RequirementDeadline(Continuous, new TextSpan(0, 4), "持续推进");

        creating.Should().Throw<ArgumentException>()
            .WithMessage("A deadline inside a requirement is a fixed or relative rule.*")
            .Which.ParamName.Should().Be("rule");
    }

    private static RequirementDeadlineMutationTests.Found F(string text, DeadlineRule rule, string? action) => new(text, rule, action);
}
