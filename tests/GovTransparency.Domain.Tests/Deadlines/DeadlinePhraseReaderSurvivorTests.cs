using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The phrase reader's mutants that survived Stryker's second run over DeadlinePhraseReader (issue 9): phrases that
/// take the reader down the paths no other test reached (a prefix word with nothing after it, a time word after a
/// separator, a number and a time word inside an action, spans whose ends do not fit), each with its rule and
/// diagnostics worked out by hand from the phrase.
/// </summary>
public class DeadlinePhraseReaderSurvivorTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>Generous: each of these phrases is read in well under a millisecond.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Phrases read as a time limit, with no diagnostic.</summary>
    public static TheoryData<string, DeadlineRule> ReadPhrases => new()
    {
        // 最迟 (at the latest) then 截止到 (up to): each prefix word is read whole, from the first word of the list
        { "最迟截止到10月底", MonthEnd(10) },
        { "力争截止至年底", YearEnd() },

        // two continuous words with nothing between them are both read: nothing is left over
        { "长期坚持常态化开展", Continuous },
        { "持续推进常态化推进", Continuous },

        // a span from the last possible year to itself, and from December to December
        { "9999-9999年", Span(YearEnd(Year(9999)), YearEnd(Year(9999))) },
        { "12-12月", Span(MonthEnd(12), MonthEnd(12)) },

        // an action that ends in a digit is still an action
        { "10月底前升级到IPv6", Steps((MonthEnd(10), "升级到IPv6")) },
        { "年底前支持IPv6", Steps((YearEnd(), "支持IPv6")) },

        // a word that is not a prefix word (确定 is not 确保) is the event of a relative limit
        { "确定后5日内", Within(5, PeriodUnit.Days, RelativeEvent.Other, "确定") },
    };

    [Theory]
    [MemberData(nameof(ReadPhrases))]
    public void Phrases_down_the_readers_rarer_paths_read_as_their_rule(string phrase, DeadlineRule expected)
    {
        var result = ParseWithinPatience(phrase);

        result.Rule.Should().Be(expected);
        result.Diagnostics.Should().BeEmpty();
    }

    /// <summary>
    /// Texts that are not a time limit the reader understands, kept verbatim with GT0402 (not recognised): the reader
    /// must neither guess a rule, nor name a wrong reason, nor fail.
    /// </summary>
    [Theory]
    // a prefix word with nothing after it
    [InlineData("于")]
    [InlineData("截至。")]
    // continuous words followed by words holding a time word (年 月 日 天 周 季 旬 前): not plain words to leave out
    [InlineData("持续推进年报公开")]
    [InlineData("持续推进月报")]
    [InlineData("持续推进日常公开")]
    [InlineData("持续推进天气预报")]
    [InlineData("持续推进周报")]
    [InlineData("持续推进季报")]
    [InlineData("持续推进旬报")]
    [InlineData("持续推进前期工作")]
    // a time word right after the separator that follows a fixed limit: no action starts with 底 or 末
    [InlineData("10月，底前完成")]
    [InlineData("10月，末前完成")]
    // an action that holds a number followed by a time word is a time limit not understood
    [InlineData("年底前总结3年工作")]
    [InlineData("年底前提交3月报表")]
    [InlineData("年底前完成3日巡查")]
    [InlineData("年底前开展7天培训")]
    [InlineData("年底前完成2周评估")]
    [InlineData("年底前报送3季报告")]
    [InlineData("年底前报送3旬数据")]
    [InlineData("年底前处理5号文件")]
    [InlineData("年底前完成三底清查")]
    [InlineData("年底前报送3末数据")]
    [InlineData("年底前解决三前问题")]
    // a span whose end cannot be read
    [InlineData("上半年至今")]
    [InlineData("2021至今")]
    // 明年前 / 今年前: before the year starts, or by its end? Not guessed, even without a number
    [InlineData("明年前")]
    [InlineData("今年前")]
    // no event before a separator: not a relative limit
    [InlineData("根据需要，及时公开")]
    // 旬 after a word that is not 上 / 中 / 下 is no ten-day period (every ten days is no frequency the reader knows)
    [InlineData("每旬")]
    // a year already written, then a span of years
    [InlineData("2021年2022-2025年")]
    // a span of two numbers whose unit is neither 年 nor 月
    [InlineData("1-2季度")]
    [InlineData("6-7")]
    // 31日 is a possible day: no warning that the day does not exist
    [InlineData("31日前")]
    // a two-digit number before 年 is no year
    [InlineData("20年底前")]
    [InlineData("1900-2000")]
    // a long-sounding word that is no continuous word
    [InlineData("长远谋划")]
    public void Texts_the_reader_does_not_understand_are_kept_verbatim_as_not_recognised(string text)
    {
        var result = ParseWithinPatience(text);

        result.Rule.Should().Be(Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineNotRecognized && d.Severity == DiagnosticSeverity.Warning);
    }

    /// <summary>Dates, months and years that do not exist, with the part named in the warning (GT0403).</summary>
    [Theory]
    [InlineData("13月内", "13月")]
    [InlineData("2021-2025月", "2021")]
    [InlineData("2021-1948年", "1948年")]
    [InlineData("6-13月", "13月")]
    [InlineData("32日前", "32日前")]
    public void A_part_that_does_not_exist_is_named_in_the_warning(string text, string part)
    {
        var result = ParseWithinPatience(text);

        result.Rule.Should().Be(Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineInvalidDate && d.Severity == DiagnosticSeverity.Warning && d.Subject == part);
    }

    [Fact]
    public void Continuous_words_joined_by_a_word_that_is_no_separator_leave_the_rest_out_with_a_note()
    {
        // 和 (and) joins no list the reader knows: the first continuous word is the rule, the rest is left out
        var result = ParseWithinPatience("持续推进和长期坚持");

        result.Rule.Should().Be(Continuous);
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineWordsIgnored && d.Severity == DiagnosticSeverity.Info && d.Subject == "和长期坚持");
    }

    [Fact]
    public void A_ten_day_period_without_a_month_in_one_clause_does_not_hide_the_next_step()
    {
        // 上旬 (the first ten days) of no month is no step; 10月底前 after it still is
        var result = ParseWithinPatience("6月底前起草，上旬征求意见，10月底前印发");

        result.Rule.Should().Be(Steps((MonthEnd(6), "起草，上旬征求意见"), (MonthEnd(10), "印发")));
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_month_end_without_before_is_a_deadline_inside_a_requirement()
    {
        // 底 (end) is itself a deadline marker: 10月底 needs no 前
        var result = FindWithinPatience("10月底完成整改。");

        result.Deadlines.Should().ContainSingle().Which.Should().Match<RequirementDeadline>(d =>
            d.Rule.Equals(MonthEnd(10)) && d.Text == "10月底" && d.Action == "完成整改");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_number_of_years_is_a_relative_limit_inside_a_requirement_and_not_a_year()
    {
        // 3年内 is "within three years", not the year 3
        var result = FindWithinPatience("3年内完成整改。");

        result.Deadlines.Should().ContainSingle().Which.Should().Match<RequirementDeadline>(d =>
            d.Rule.Equals(Within(3, PeriodUnit.Years)) && d.Text == "3年内" && d.Action == "完成整改");
        result.Diagnostics.Should().BeEmpty();
    }

    /// <summary>
    /// Recurrences with a day or month that does not exist are skipped inside a requirement like any recurrence; the
    /// scan goes on past them (the date is then checked as a fixed deadline where one can start).
    /// </summary>
    [Theory]
    [InlineData("每月0日前报送。", new string[0])]
    [InlineData("每年13月底前报送。", new[] { DiagnosticCodes.DeadlineInvalidDate })]
    [InlineData("每年4月31日前报送。", new[] { DiagnosticCodes.DeadlineInvalidDate })]
    public void Recurrences_that_do_not_exist_are_skipped_inside_a_requirement(string text, string[] codes)
    {
        var result = FindWithinPatience(text);

        result.Deadlines.Should().BeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().Equal(codes);
    }

    private static DeadlineParseResult ParseWithinPatience(string text) => WithinPatience(text, t => DeadlineText.Parse(t, Plan2021));

    private static DeadlineSearchResult FindWithinPatience(string text) => WithinPatience(text, t => DeadlineText.FindInRequirement(t, Plan2021));

    /// <summary>Reads <paramref name="text"/> on another thread, so that a reader that never stops fails the test instead of hanging it.</summary>
    private static T WithinPatience<T>(string text, Func<string, T> read)
    {
        var reading = Task.Run(() => read(text));
        reading.Wait(Patience).Should().BeTrue("reading “{0}” must end", text);
        return reading.Result;
    }
}
