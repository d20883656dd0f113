using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The law between the parser and the formatter: <c>Parse(rule.ToChineseText()).Rule == rule</c>.
/// </summary>
/// <remarks>
/// <para>
/// The law holds for every rule the parser can produce (its canonical rules), which the generators below produce:
/// every fixed kind with any year (the plan year, the next year, any written year), spans of two non-span periods,
/// every recurrence the phrases can say, relative limits counted from no event, the plan's issue, a receipt, an
/// approval or another named event, and milestones of one to four steps with actions.
/// </para>
/// <para>
/// Two kinds need care. <see cref="DeadlineRule.Unspecified"/> is written as the empty text, and the empty text
/// reads back as unspecified. <see cref="DeadlineRule.Unrecognized"/> is written as its text, so the law there says
/// only that text the parser does not understand comes back verbatim, white space included: it is claimed for texts
/// that are indeed not time limits, and checked on such texts rather than assumed.
/// </para>
/// <para>
/// Rules outside the parser's image do not round-trip, by design: a milestone list of one step without an action
/// (it is the fixed rule itself), a span inside a span (refused by the constructor), a recurrence with a day in a
/// quarter, an event text that names another kind of event, a relative period of 1949 years or more (read as a
/// year), or an action that starts with a time word.
/// </para>
/// </remarks>
public class DeadlineRoundTripProperties
{
    private static readonly string[] Actions =
    {
        "提出方案", "完成提升工作", "建成政务公开专区", "开展自查", "报送总结", "部署落实", "公开目录", "支持互联网协议第6版",
    };

    private static readonly string?[] StepActions =
    {
        "提出方案", "完成提升工作", "建成政务公开专区", "开展自查", "报送总结", "部署落实", "公开目录", "支持互联网协议第6版", "完成", null,
    };

    private static readonly string[] NotTimeLimits =
    {
        "视情况而定", "根据上级部署", " 另行通知 ", "随时", "10月前", "2021年前", "30日前", "每两周", "印发后半个月内", "上旬",
        "2月30日前", "13月底前", "按需", "立即", "\t尽快\n",
    };

    private static Gen<RuleYear> Years =>
        Gen.Frequency(
            (4, Gen.Constant(RuleYear.PlanYear)),
            (2, Gen.Constant(RuleYear.NextYear)),
            (3, Gen.Choose(1990, 2100).Select(RuleYear.Of)),
            (1, Gen.Elements(1949, 9999).Select(RuleYear.Of)));

    private static Gen<DeadlineRule.Fixed> Period(int planYear) =>
        Gen.OneOf(
            Years.Select(y => (DeadlineRule.Fixed)new DeadlineRule.ByYearEnd(y)),
            from y in Years
            from m in Gen.Choose(1, 12)
            select (DeadlineRule.Fixed)new DeadlineRule.ByMonthEnd(y, m),
            from y in Years.Where(y => y.Resolve(planYear) <= 9999)
            from m in Gen.Choose(1, 12)
            from d in Gen.Choose(1, System.DateTime.DaysInMonth(y.Resolve(planYear), m))
            select (DeadlineRule.Fixed)new DeadlineRule.ByDate(y, m, d),
            from y in Years
            from p in Gen.Elements(
                YearPeriod.FirstHalf, YearPeriod.SecondHalf, YearPeriod.FirstQuarter,
                YearPeriod.SecondQuarter, YearPeriod.ThirdQuarter, YearPeriod.FourthQuarter)
            select (DeadlineRule.Fixed)new DeadlineRule.ByPeriodEnd(y, p),
            from y in Years
            from m in Gen.Choose(1, 12)
            from part in Gen.Elements(TenDayPeriod.Early, TenDayPeriod.Middle, TenDayPeriod.Late)
            select (DeadlineRule.Fixed)new DeadlineRule.ByTenDayPeriodEnd(y, m, part));

    private static Gen<DeadlineRule.Fixed> Fixed(int planYear) =>
        Gen.Frequency(
            (4, Period(planYear)),
            (1, from start in Period(planYear)
                from end in Period(planYear)
                select (DeadlineRule.Fixed)new DeadlineRule.Spanning(start, end)));

    private static Gen<RecurrenceFrequency> Frequencies =>
        Gen.Elements(
            RecurrenceFrequency.Daily, RecurrenceFrequency.Weekly, RecurrenceFrequency.Monthly,
            RecurrenceFrequency.Quarterly, RecurrenceFrequency.HalfYearly, RecurrenceFrequency.Yearly);

    private static Gen<DeadlineRule.Recurring> Recurring =>
        from frequency in Frequencies
        from due in frequency switch
        {
            RecurrenceFrequency.Monthly => Gen.OneOf(
                Gen.Constant(((int?)null, (int?)null)),
                Gen.Choose(1, 31).Select(d => ((int?)null, (int?)d))),
            RecurrenceFrequency.Yearly => Gen.OneOf(
                Gen.Constant(((int?)null, (int?)null)),
                Gen.Choose(1, 12).Select(m => ((int?)m, (int?)null)),
                from m in Gen.Choose(1, 12)
                from d in Gen.Choose(1, m == 2 ? 29 : System.DateTime.DaysInMonth(2001, m))
                select ((int?)m, (int?)d)),
            _ => Gen.Constant(((int?)null, (int?)null)),
        }
        from alternative in Gen.OneOf(Gen.Constant((RecurrenceFrequency?)null), Frequencies.Select(f => (RecurrenceFrequency?)f))
        select new DeadlineRule.Recurring(frequency, due.Item1, due.Item2, alternative);

    private static Gen<(RelativeEvent, string?)> Events =>
        Gen.OneOf(
            Gen.Constant((RelativeEvent.Unnamed, (string?)null)),
            Gen.Elements<string?>(null, "本通知印发", "本方案印发", "重点任务分工印发", "文件下发", "本方案发布").Select(t => (RelativeEvent.PlanIssued, t)),
            Gen.Elements<string?>(null, "收到留言咨询", "收到申请", "接到投诉", "收到…").Select(t => (RelativeEvent.Received, t)),
            Gen.Elements<string?>(null, "批准", "项目批复", "上级批准").Select(t => (RelativeEvent.Approved, t)),
            Gen.Elements<string?>("受理", "立案", "会议召开", "检查结束").Select(t => (RelativeEvent.Other, t)));

    private static Gen<DeadlineRule.Relative> Relative =>
        from e in Events
        from unit in Gen.Elements(PeriodUnit.Days, PeriodUnit.WorkingDays, PeriodUnit.Weeks, PeriodUnit.Months, PeriodUnit.Years)
        from amount in unit == PeriodUnit.Years ? Gen.Choose(1, 100) : Gen.Choose(1, 100_000)
        select new DeadlineRule.Relative(e.Item1, amount, unit, e.Item2);

    private static Gen<DeadlineRule.Milestones> Milestones(int planYear) =>
        Gen.OneOf(
            from due in Fixed(planYear)
            from action in Gen.Elements(Actions)
            select new DeadlineRule.Milestones(new[] { new Milestone(due, action) }),
            from count in Gen.Choose(2, 4)
            from steps in Gen.ArrayOf(
                from due in Fixed(planYear)
                from action in Gen.Elements(StepActions)
                select new Milestone(due, action),
                count)
            select new DeadlineRule.Milestones(steps));

    private static Gen<DeadlineRule> Rule(int planYear) =>
        Gen.Frequency(
            (6, Fixed(planYear).Select(r => (DeadlineRule)r)),
            (1, Gen.Constant((DeadlineRule)new DeadlineRule.Continuous())),
            (3, Recurring.Select(r => (DeadlineRule)r)),
            (3, Relative.Select(r => (DeadlineRule)r)),
            (3, Milestones(planYear).Select(r => (DeadlineRule)r)),
            (1, Gen.Constant((DeadlineRule)new DeadlineRule.Unspecified())),
            (1, Gen.Elements(NotTimeLimits).Select(t => (DeadlineRule)new DeadlineRule.Unrecognized(t))));

    private static Gen<(DeadlineContext Context, DeadlineRule Rule)> ContextAndRule =>
        from planYear in Gen.Choose(2000, 2030)
        from rule in Rule(planYear)
        select (new DeadlineContext(planYear), rule);

    [Fact]
    public void Parsing_the_canonical_phrase_of_a_rule_gives_the_rule_back()
    {
        Properties.Check(
            Prop.ForAll(ContextAndRule.ToArbitrary(), pair =>
            {
                var text = pair.Rule.ToChineseText();
                var parsed = DeadlineText.Parse(text, pair.Context).Rule;
                parsed.Should().Be(pair.Rule, "「{0}」 is the canonical phrase", text);
            }),
            maxTest: 3000);
    }

    [Fact]
    public void Every_rule_has_an_english_description()
    {
        Properties.Check(
            Prop.ForAll(ContextAndRule.ToArbitrary(), pair => pair.Rule.ToEnglishDescription().Length > 0),
            maxTest: 1000);
    }

    [Fact]
    public void The_texts_the_law_assumes_are_not_time_limits_indeed_are_not()
    {
        foreach (var text in NotTimeLimits)
        {
            DeadlineText.Parse(text, new DeadlineContext(2021)).Rule.Should().Be(new DeadlineRule.Unrecognized(text));
        }
    }
}
