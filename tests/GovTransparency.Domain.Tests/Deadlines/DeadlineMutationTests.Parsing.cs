using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Every word the phrase reader knows, each in a phrase of its own, with the rule it means written out by hand and no
/// diagnostic (issue 9: the reader's and the normaliser's surviving mutants). A word the reader failed to consume would
/// leave text behind, which shows as another rule or as a diagnostic.
/// </summary>
public class DeadlinePhraseMutationTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>Continuous words, alone and joined, each a kind of "keep going" with no due date.</summary>
    public static TheoryData<string, DeadlineRule> ContinuousPhrases => new()
    {
        { "常态化推进", Continuous },
        { "常态化开展", Continuous },
        { "持续推进", Continuous },
        { "持续开展", Continuous },
        { "持续进行", Continuous },
        { "持续实施", Continuous },
        { "长期坚持", Continuous },
        { "长期推进", Continuous },
        { "长期开展", Continuous },
        { "常态化", Continuous },
        { "长期", Continuous },
        { "持续", Continuous },
        { "长效", Continuous },
        { "持续推进，常态化开展", Continuous },
        { "长期坚持,持续推进", Continuous },
        { "持续推进、完成", Continuous },
        { "长期坚持，全部完成", Continuous },
    };

    /// <summary>The words that may stand before a time limit (于 at, 应于 should by, 力争 strive to, 截至 up to …).</summary>
    public static TheoryData<string, DeadlineRule> PrefixedPhrases => new()
    {
        { "力争在年底前", YearEnd() },
        { "力争于年底前", YearEnd() },
        { "截止到年底", YearEnd() },
        { "截止至年底", YearEnd() },
        { "不晚于年底", YearEnd() },
        { "应于年底前", YearEnd() },
        { "应在年底前", YearEnd() },
        { "要于年底前", YearEnd() },
        { "要在年底前", YearEnd() },
        { "须于年底前", YearEnd() },
        { "须在年底前", YearEnd() },
        { "需于年底前", YearEnd() },
        { "需在年底前", YearEnd() },
        { "并于年底前", YearEnd() },
        { "并在年底前", YearEnd() },
        { "将于年底前", YearEnd() },
        { "力争年底前", YearEnd() },
        { "最迟年底前", YearEnd() },
        { "最晚年底前", YearEnd() },
        { "截至年底", YearEnd() },
        { "截止年底", YearEnd() },
        { "确保年底前", YearEnd() },
        { "务必年底前", YearEnd() },
        { "于年底前", YearEnd() },
        { "在年底前", YearEnd() },
        { "确保于年底前", YearEnd() },
        { "力争在10月底前", MonthEnd(10) },
    };

    /// <summary>A completion word after a fixed limit says nothing more: the rule is the fixed one, not a milestone.</summary>
    public static TheoryData<string, DeadlineRule> CompletionPhrases => new()
    {
        { "年底前完成", YearEnd() },
        { "年底前全部完成", YearEnd() },
        { "年底前基本完成", YearEnd() },
        { "年底前完成任务", YearEnd() },
        { "年底前完成工作", YearEnd() },
        { "年底前到位", YearEnd() },
        { "年底前落实到位", YearEnd() },
        { "年底前办结", YearEnd() },
        { "年底前结束", YearEnd() },
        { "10月底前，完成", MonthEnd(10) },
    };

    /// <summary>Years (次年 / 明年 / 翌年 / 下一年 the next, 今年 / 本年 / 当年 this one, 年度 a year) and the period forms.</summary>
    public static TheoryData<string, DeadlineRule> YearAndPeriodPhrases => new()
    {
        { "明年底前", YearEnd(Next) },
        { "翌年6月底前", MonthEnd(6, Next) },
        { "下一年3月底前", MonthEnd(3, Next) },
        { "次年度内", YearEnd(Next) },
        { "次年度6月底前", MonthEnd(6, Next) },
        { "今年底前", YearEnd() },
        { "今年度内", YearEnd() },
        { "本年度内", YearEnd() },
        { "本年10月底前", MonthEnd(10) },
        { "当年10月底前", MonthEnd(10) },
        { "2021年度内", YearEnd(Year(2021)) },
        { "2021年度10月底前", MonthEnd(10, Year(2021)) },
        { "1949年底前", YearEnd(Year(1949)) },
        { "9999年底前", YearEnd(Year(9999)) },
        { "2020年末", YearEnd(Year(2020)) },
        { "2020年内", YearEnd(Year(2020)) },
        { "2020年底", YearEnd(Year(2020)) },
        { "年度内", YearEnd() },
        { "年底之前", YearEnd() },
        { "上半年末", PeriodEnd(YearPeriod.FirstHalf) },
        { "上半年底前", PeriodEnd(YearPeriod.FirstHalf) },
        { "下半年底前", PeriodEnd(YearPeriod.SecondHalf) },
        { "下半年末", PeriodEnd(YearPeriod.SecondHalf) },
        { "第三季度", PeriodEnd(YearPeriod.ThirdQuarter) },
        { "三季", PeriodEnd(YearPeriod.ThirdQuarter) },
        { "二季度底", PeriodEnd(YearPeriod.SecondQuarter) },
        { "第一季度末前", PeriodEnd(YearPeriod.FirstQuarter) },
        { "1季度末", PeriodEnd(YearPeriod.FirstQuarter) },
        { "4季度末", PeriodEnd(YearPeriod.FourthQuarter) },
        { "2022年第二季度末", PeriodEnd(YearPeriod.SecondQuarter, Year(2022)) },
        { "1月底前", MonthEnd(1) },
        { "12月底前", MonthEnd(12) },
        { "10月份底前", MonthEnd(10) },
        { "10月末", MonthEnd(10) },
        { "10月份", MonthEnd(10) },
        { "10月", MonthEnd(10) },
        { "10月30号前", Date(10, 30) },
        { "1月1日前", Date(1, 1) },
        { "1月31日前", Date(1, 31) },
        { "12月31日前", Date(12, 31) },
        { "6月上旬末", TenDays(6, TenDayPeriod.Early) },
        { "6月下旬底前", TenDays(6, TenDayPeriod.Late) },
        { "6月中旬", TenDays(6, TenDayPeriod.Middle) },
    };

    /// <summary>The markers after a fixed limit: 前 / 之前 / 以前 (by), 为止 / 止 (until), 之内 / 以内 / 内 (within).</summary>
    public static TheoryData<string, DeadlineRule> MarkerPhrases => new()
    {
        { "10月底为止", MonthEnd(10) },
        { "10月30日止", Date(10, 30) },
        { "10月30日为止", Date(10, 30) },
        { "上半年之内", PeriodEnd(YearPeriod.FirstHalf) },
        { "三季度以内", PeriodEnd(YearPeriod.ThirdQuarter) },
        { "三季度内", PeriodEnd(YearPeriod.ThirdQuarter) },
        { "10月30日以前", Date(10, 30) },
        { "10月30日之前", Date(10, 30) },
        { "3月内", MonthEnd(3) },
    };

    /// <summary>Spans joined by 至, 到 or a dash (any dash or wave), with a bare first number taking the unit of the end.</summary>
    public static TheoryData<string, DeadlineRule> SpanPhrases => new()
    {
        { "6月到7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6-7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6月-7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6~7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6～7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "1-3月", Span(MonthEnd(1), MonthEnd(3)) },
        { "2022年1-3月", Span(MonthEnd(1, Year(2022)), MonthEnd(3, Year(2022))) },
        { "2021到2025年", Span(YearEnd(Year(2021)), YearEnd(Year(2025))) },
        { "2021至2025年底前", Span(YearEnd(Year(2021)), YearEnd(Year(2025))) },
        { "1949-1950年", Span(YearEnd(Year(1949)), YearEnd(Year(1950))) },
        { "2021年11月至2022年2月", Span(MonthEnd(11, Year(2021)), MonthEnd(2, Year(2022))) },
        { "2021年11月至2月", Span(MonthEnd(11, Year(2021)), MonthEnd(2, Year(2021))) },
        { "3月1日至4月15日", Span(Date(3, 1), Date(4, 15)) },
        { "一季度至三季度", Span(PeriodEnd(YearPeriod.FirstQuarter), PeriodEnd(YearPeriod.ThirdQuarter)) },
        { "5月中旬至6月上旬", Span(TenDays(5, TenDayPeriod.Middle), TenDays(6, TenDayPeriod.Early)) },
        { "6月至年底", Span(MonthEnd(6), YearEnd()) },
        { "今年至次年", Span(YearEnd(), YearEnd(Next)) },
    };

    /// <summary>Recurrences: every spelling of each frequency, the day or month in the period, and an alternative.</summary>
    public static TheoryData<string, DeadlineRule> RecurringPhrases => new()
    {
        { "每天", Every(RecurrenceFrequency.Daily) },
        { "按日", Every(RecurrenceFrequency.Daily) },
        { "每星期", Every(RecurrenceFrequency.Weekly) },
        { "按周", Every(RecurrenceFrequency.Weekly) },
        { "每个月", Every(RecurrenceFrequency.Monthly) },
        { "每月度", Every(RecurrenceFrequency.Monthly) },
        { "每季", Every(RecurrenceFrequency.Quarterly) },
        { "按季", Every(RecurrenceFrequency.Quarterly) },
        { "每半年度", Every(RecurrenceFrequency.HalfYearly) },
        { "按半年", Every(RecurrenceFrequency.HalfYearly) },
        { "每年度", Every(RecurrenceFrequency.Yearly) },
        { "按年", Every(RecurrenceFrequency.Yearly) },
        { "每月底", Every(RecurrenceFrequency.Monthly) },
        { "每月末前", Every(RecurrenceFrequency.Monthly) },
        { "每月中旬", Every(RecurrenceFrequency.Monthly, day: 20) },
        { "每月下旬", Every(RecurrenceFrequency.Monthly) },
        { "每月上旬前", Every(RecurrenceFrequency.Monthly, day: 10) },
        { "每月1日前", Every(RecurrenceFrequency.Monthly, day: 1) },
        { "每月31日前", Every(RecurrenceFrequency.Monthly, day: 31) },
        { "每月25日以前", Every(RecurrenceFrequency.Monthly, day: 25) },
        { "每月25日之前", Every(RecurrenceFrequency.Monthly, day: 25) },
        { "每月一次", Every(RecurrenceFrequency.Monthly) },
        { "每年年末", Every(RecurrenceFrequency.Yearly) },
        { "每年底", Every(RecurrenceFrequency.Yearly) },
        { "每年末前", Every(RecurrenceFrequency.Yearly) },
        { "每年3月底前", Every(RecurrenceFrequency.Yearly, month: 3) },
        { "每年3月末", Every(RecurrenceFrequency.Yearly, month: 3) },
        { "每年3月", Every(RecurrenceFrequency.Yearly, month: 3) },
        { "每年1月1日前", Every(RecurrenceFrequency.Yearly, month: 1, day: 1) },
        { "每年12月31日前", Every(RecurrenceFrequency.Yearly, month: 12, day: 31) },
        { "每年2月29日前", Every(RecurrenceFrequency.Yearly, month: 2, day: 29) },
        { "每年3月31号前", Every(RecurrenceFrequency.Yearly, month: 3, day: 31) },
        { "每季度末", Every(RecurrenceFrequency.Quarterly) },
        { "每季度底前", Every(RecurrenceFrequency.Quarterly) },
        { "每季度一次", Every(RecurrenceFrequency.Quarterly) },
        { "每半年末", Every(RecurrenceFrequency.HalfYearly) },
        { "每月或每季度", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度末", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度底", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度前", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度之前", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度以前", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "按月或按季度一次", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "每月一次或每季度一次", Every(RecurrenceFrequency.Monthly, alternative: RecurrenceFrequency.Quarterly) },
        { "每月25日前或按季度底前", Every(RecurrenceFrequency.Monthly, day: 25, alternative: RecurrenceFrequency.Quarterly) },
        { "按季度或按半年", Every(RecurrenceFrequency.Quarterly, alternative: RecurrenceFrequency.HalfYearly) },
        { "按周或按日", Every(RecurrenceFrequency.Weekly, alternative: RecurrenceFrequency.Daily) },
    };

    /// <summary>Relative limits: each unit and marker, each event word and connector (之日起, 之后, 以后, 后, 起).</summary>
    public static TheoryData<string, DeadlineRule> RelativePhrases => new()
    {
        { "5个自然日内", Within(5, PeriodUnit.Days) },
        { "10天内", Within(10, PeriodUnit.Days) },
        { "2个星期内", Within(2, PeriodUnit.Weeks) },
        { "3个月以内", Within(3, PeriodUnit.Months) },
        { "1年内", Within(1, PeriodUnit.Years) },
        { "2年之内", Within(2, PeriodUnit.Years) },
        { "1日内", Within(1, PeriodUnit.Days) },
        { "99999日内", Within(99_999, PeriodUnit.Days) },
        { "从收到之日起5个工作日内", Within(5, PeriodUnit.WorkingDays, RelativeEvent.Received) },
        { "从收到申请之日起5个工作日内", Within(5, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到申请") },
        { "印发之后10日内", Within(10, PeriodUnit.Days, RelativeEvent.PlanIssued) },
        { "下发以后1个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued, "下发") },
        { "发布后3日内", Within(3, PeriodUnit.Days, RelativeEvent.PlanIssued, "发布") },
        { "印发后3月内", Within(3, PeriodUnit.Months, RelativeEvent.PlanIssued) },
        { "接到通知后2个工作日内", Within(2, PeriodUnit.WorkingDays, RelativeEvent.Received, "接到通知") },
        { "收悉后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Received, "收悉") },
        { "收到后3日内", Within(3, PeriodUnit.Days, RelativeEvent.Received) },
        { "批准之日起30日内", Within(30, PeriodUnit.Days, RelativeEvent.Approved, "批准") },
        { "批复之日后20日内", Within(20, PeriodUnit.Days, RelativeEvent.Approved) },
        { "受理起5个工作日内", Within(5, PeriodUnit.WorkingDays, RelativeEvent.Other, "受理") },
        { "自立项之日起1年内", Within(1, PeriodUnit.Years, RelativeEvent.Other, "立项") },
        { "自收到" + new string('某', 38) + "之日起3日内", Within(3, PeriodUnit.Days, RelativeEvent.Received, "收到" + new string('某', 38)) },
    };

    /// <summary>Traditional forms of the key words, other dashes and invisible characters read like the plain phrase.</summary>
    public static TheoryData<string, DeadlineRule> NormalizedPhrases => new()
    {
        { "每週", Every(RecurrenceFrequency.Weekly) },
        { "兩週內", Within(2, PeriodUnit.Weeks) },
        { "於年底前", YearEnd() },
        { "發佈後3日內", Within(3, PeriodUnit.Days, RelativeEvent.PlanIssued, "发布") },
        { "持續推進", Continuous },
        { "持續實施", Continuous },
        { "長期堅持", Continuous },
        { "常態化", Continuous },
        { "批復後20日內", Within(20, PeriodUnit.Days, RelativeEvent.Approved) },
        { "批覆後20日內", Within(20, PeriodUnit.Days, RelativeEvent.Approved) },
        { "當年10月底前", MonthEnd(10) },
        { "並於年底前", YearEnd() },
        { "須於年底前", YearEnd() },
        { "應於年底前", YearEnd() },
        { "將於年底前", YearEnd() },
        { "力爭年底前", YearEnd() },
        { "最遲年底前", YearEnd() },
        { "確保年底前", YearEnd() },
        { "務必年底前", YearEnd() },
        { "10月底為止", MonthEnd(10) },
        { "10月30號前", Date(10, 30) },
        { "從收到之日起5個工作日內", Within(5, PeriodUnit.WorkingDays, RelativeEvent.Received) },
        { "年底前辦結", YearEnd() },
        { "6\u20107月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u20117月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u20127月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u20137月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u20147月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u20157月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u22127月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\u301c7月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\ufe587月", Span(MonthEnd(6), MonthEnd(7)) },
        { "6\ufe637月", Span(MonthEnd(6), MonthEnd(7)) },
        { "10月\u200b底前", MonthEnd(10) },
        { "10月\u200c底前", MonthEnd(10) },
        { "10月\u200d底前", MonthEnd(10) },
        { "10月\u2060底前", MonthEnd(10) },
        { "10月\ufeff底前", MonthEnd(10) },
        { "10月\u00ad底前", MonthEnd(10) },
        { "10月\u007f底前", MonthEnd(10) },
        { "10月\u3000底前", MonthEnd(10) },
        { "10月\u00a0底前", MonthEnd(10) },
        { "10月\u0001底前", MonthEnd(10) },
        { "“年底前”", YearEnd() },
        { "\"年底前\"", YearEnd() },
        { "'年底前'", YearEnd() },
        { "年底前…", YearEnd() },
        { "年底前！", YearEnd() },
        { "年底前？", YearEnd() },
        { "年底前；", YearEnd() },
        { "年底前：", YearEnd() },
        { "年底前.", YearEnd() },
    };

    [Theory]
    [MemberData(nameof(ContinuousPhrases))]
    [MemberData(nameof(PrefixedPhrases))]
    [MemberData(nameof(CompletionPhrases))]
    [MemberData(nameof(YearAndPeriodPhrases))]
    [MemberData(nameof(MarkerPhrases))]
    [MemberData(nameof(SpanPhrases))]
    [MemberData(nameof(RecurringPhrases))]
    [MemberData(nameof(RelativePhrases))]
    [MemberData(nameof(NormalizedPhrases))]
    public void Each_word_the_reader_knows_reads_as_its_rule_with_nothing_left_over(string phrase, DeadlineRule expected)
    {
        var result = DeadlineText.Parse(phrase, Plan2021);

        result.Rule.Should().Be(expected);
        result.Diagnostics.Should().BeEmpty();
        result.IsRecognized.Should().BeTrue();
        result.HasWarnings.Should().BeFalse();
    }

    /// <summary>Dates, months, quarters and years that do not exist, with the part named in the warning.</summary>
    [Theory]
    [InlineData("1948-2025年", "1948")]
    [InlineData("13-14月", "13")]
    [InlineData("0-3月", "0")]
    [InlineData("0月底前", "0月")]
    [InlineData("1月0日前", "1月0日")]
    [InlineData("1月32日前", "1月32日")]
    [InlineData("0季度", "0季度")]
    [InlineData("第5季度末", "第5季度")]
    [InlineData("每月0日前", "0日")]
    [InlineData("每年13月底前", "13月")]
    [InlineData("每年0月底前", "0月")]
    [InlineData("每年4月31日前", "4月31日")]
    [InlineData("每年1月0日前", "1月0日")]
    [InlineData("每年1月32日前", "1月32日")]
    [InlineData("1948年6月底前", "1948年")]
    public void A_part_that_does_not_exist_is_named_in_the_warning(string text, string part)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(Unrecognized(text));
        result.IsRecognized.Should().BeFalse();
        result.HasWarnings.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineInvalidDate && d.Severity == DiagnosticSeverity.Warning && d.Subject == part);
    }

    [Theory]
    [InlineData("0日内")]
    [InlineData("自收到,申请之日起3日内")]
    [InlineData("年底前前")]
    [InlineData("第三")]
    [InlineData("次年度度内")]
    [InlineData("每月十五")]
    public void Phrases_that_only_look_like_time_limits_are_kept_verbatim(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(Unrecognized(text));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineNotRecognized);
    }

    [Fact]
    public void An_event_of_forty_characters_is_read_and_one_of_forty_one_is_not()
    {
        var forty = "收到" + new string('某', 38);
        var fortyOne = forty + "某";

        DeadlineText.Parse("自" + forty + "之日起3日内", Plan2021).Rule.Should().Be(Within(3, PeriodUnit.Days, RelativeEvent.Received, forty));
        DeadlineText.Parse("自" + fortyOne + "之日起3日内", Plan2021).Rule.Should().Be(Unrecognized("自" + fortyOne + "之日起3日内"));
    }

    [Theory]
    [InlineData("。")]
    [InlineData("“”")]
    [InlineData("…")]
    [InlineData(",;")]
    public void Text_of_only_punctuation_is_no_time_limit(string text)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Should().Be(Unspecified);
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineNotSpecified);
        result.HasWarnings.Should().BeFalse();
    }

    [Theory]
    [InlineData("持续推进公开", "公开")]
    [InlineData("每月公开", "公开")]
    [InlineData("3个工作日内答复", "答复")]
    [InlineData("持续推进，公开", "公开")]
    public void Plain_words_after_a_continuous_recurring_or_relative_limit_are_left_out_with_a_note(string text, string words)
    {
        var result = DeadlineText.Parse(text, Plan2021);

        result.Rule.Kind.Should().NotBe(DeadlineKind.Unrecognized);
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.DeadlineWordsIgnored && d.Severity == DiagnosticSeverity.Info && d.Subject == words);
        result.HasWarnings.Should().BeFalse();
    }

    [Fact]
    public void Milestone_actions_are_kept_as_written_with_the_separators_around_them_trimmed()
    {
        DeadlineText.Parse("7月底前，提出方案，；10月底前，完成。", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")));
        DeadlineText.Parse("6月底前起草、9月底前审议、年底前印发", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(6), "起草"), (MonthEnd(9), "审议"), (YearEnd(), "印发")));
        DeadlineText.Parse("5月29日,12月10日前", Plan2021).Rule
            .Should().Be(Steps((Date(5, 29), null), (Date(12, 10), null)));
    }

    [Fact]
    public void Each_found_milestone_step_keeps_its_own_year_and_later_steps_inherit_it()
    {
        DeadlineText.Parse("次年3月底前试点，6月底前推广", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(3, Next), "试点"), (MonthEnd(6, Next), "推广")));
        DeadlineText.Parse("2020年6月底前起草，2021年3月底前印发，6月底前评估", Plan2021).Rule
            .Should().Be(Steps((MonthEnd(6, Year(2020)), "起草"), (MonthEnd(3, Year(2021)), "印发"), (MonthEnd(6, Year(2021)), "评估")));
    }

    [Fact]
    public void A_parse_result_checks_its_arguments_and_says_whether_it_warns()
    {
        FluentActions.Invoking(() => new DeadlineParseResult(null!)).Should().Throw<System.ArgumentNullException>().WithParameterName("rule");
        FluentActions.Invoking(() => new DeadlineParseResult(YearEnd(), new Diagnostic[] { null! }))
            .Should().Throw<System.ArgumentException>().WithParameterName("diagnostics");

        var none = new DeadlineParseResult(YearEnd());
        none.Diagnostics.Should().BeEmpty();
        none.HasWarnings.Should().BeFalse();
        none.IsRecognized.Should().BeTrue();

        var info = DeadlineText.Parse(string.Empty, Plan2021);
        var warning = DeadlineText.Parse("视情况而定", Plan2021);
        var both = new DeadlineParseResult(YearEnd(), info.Diagnostics.Concat(warning.Diagnostics));
        both.Diagnostics.Should().HaveCount(2);
        both.HasWarnings.Should().BeTrue();
        new DeadlineParseResult(YearEnd(), info.Diagnostics).HasWarnings.Should().BeFalse();
    }
}
