using System;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Programmer errors name their parameter: every null argument of the Deadlines API, every value out of range, with
/// the values just inside each range accepted (issue 9: the guards' surviving mutants).
/// </summary>
public class DeadlineArgumentMutationTests
{
    private static readonly DeadlineContext Plan2021 = new(2021);
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;

    /// <summary>The call, the exception type expected and the parameter it names.</summary>
    public static TheoryData<string, Action, Type, string> NullArguments => new()
    {
        { "Parse(string) text", () => DeadlineText.Parse((string)null!, Plan2021), typeof(ArgumentNullException), "text" },
        { "Parse(string) context", () => DeadlineText.Parse("年底前", null!), typeof(ArgumentNullException), "context" },
        { "Parse(span) context", () => DeadlineText.Parse("年底前".AsSpan(), null!), typeof(ArgumentNullException), "context" },
        { "FindInRequirement requirement", () => DeadlineText.FindInRequirement(null!, Plan2021), typeof(ArgumentNullException), "requirement" },
        { "FindInRequirement context", () => DeadlineText.FindInRequirement("年底前完成", null!), typeof(ArgumentNullException), "context" },
        { "Resolve rule", () => DeadlineResolver.Resolve(null!, Plan2021, China), typeof(ArgumentNullException), "rule" },
        { "Resolve context", () => DeadlineResolver.Resolve(YearEnd(), null!, China), typeof(ArgumentNullException), "context" },
        { "Resolve calendar", () => DeadlineResolver.Resolve(YearEnd(), Plan2021, null!), typeof(ArgumentNullException), "calendar" },
        { "StandingAt rule", () => DeadlineResolver.StandingAt(null!, Plan2021, China, Day(2021, 1, 1)), typeof(ArgumentNullException), "rule" },
        { "StandingAt context", () => DeadlineResolver.StandingAt(YearEnd(), null!, China, Day(2021, 1, 1)), typeof(ArgumentNullException), "context" },
        { "StandingAt calendar", () => DeadlineResolver.StandingAt(YearEnd(), Plan2021, null!, Day(2021, 1, 1)), typeof(ArgumentNullException), "calendar" },
        { "Explain culture", () => DeadlineResolver.Resolve(YearEnd(), Plan2021, China).Explain(null!), typeof(ArgumentNullException), "culture" },
        { "ToText culture", () => DeadlineResolver.Resolve(YearEnd(), Plan2021, China).StandingAt(Day(2021, 1, 1)).ToText(null!), typeof(ArgumentNullException), "culture" },
        { "Milestone due", () => _ = new Milestone(null!, "完成"), typeof(ArgumentNullException), "due" },
        { "MilestoneDueDate step", () => _ = new MilestoneDueDate(null!, Day(2021, 1, 1)), typeof(ArgumentNullException), "step" },
        { "Spanning start", () => _ = new DeadlineRule.Spanning(null!, MonthEnd(7)), typeof(ArgumentNullException), "start" },
        { "Spanning end", () => _ = new DeadlineRule.Spanning(MonthEnd(6), null!), typeof(ArgumentNullException), "end" },
        { "Unrecognized text", () => _ = new DeadlineRule.Unrecognized(null!), typeof(ArgumentNullException), "text" },
        { "Milestones steps", () => _ = new DeadlineRule.Milestones(null!), typeof(ArgumentNullException), "steps" },
        { "Milestones null step", () => _ = new DeadlineRule.Milestones(new Milestone[] { null! }), typeof(ArgumentException), "steps" },
        { "Milestones no step", () => _ = new DeadlineRule.Milestones(Array.Empty<Milestone>()), typeof(ArgumentException), "steps" },
        { "DeadlineParseResult rule", () => _ = new DeadlineParseResult(null!), typeof(ArgumentNullException), "rule" },
        { "DeadlineSearchResult deadlines", () => _ = new DeadlineSearchResult(null!), typeof(ArgumentNullException), "deadlines" },
        { "DeadlineSearchResult null deadline", () => _ = new DeadlineSearchResult(new RequirementDeadline[] { null! }), typeof(ArgumentException), "deadlines" },
        {
            "DeadlineSearchResult null diagnostic",
            () => _ = new DeadlineSearchResult(Array.Empty<RequirementDeadline>(), new Diagnostic[] { null! }),
            typeof(ArgumentException),
            "diagnostics"
        },
        { "RequirementDeadline rule", () => _ = new RequirementDeadline(null!, new TextSpan(0, 3), "年底前"), typeof(ArgumentNullException), "rule" },
        { "RequirementDeadline text", () => _ = new RequirementDeadline(YearEnd(), new TextSpan(0, 3), null!), typeof(ArgumentNullException), "text" },
    };

    /// <summary>Values just outside each range: the call, the parameter named.</summary>
    public static TheoryData<string, Action, string> OutOfRange => new()
    {
        { "month 0", () => _ = new DeadlineRule.ByMonthEnd(Plan, 0), "month" },
        { "month 13", () => _ = new DeadlineRule.ByMonthEnd(Plan, 13), "month" },
        { "date month 0", () => _ = new DeadlineRule.ByDate(Plan, 0, 1), "month" },
        { "date month 13", () => _ = new DeadlineRule.ByDate(Plan, 13, 1), "month" },
        { "day 0", () => _ = new DeadlineRule.ByDate(Plan, 1, 0), "day" },
        { "1-32", () => _ = new DeadlineRule.ByDate(Plan, 1, 32), "day" },
        { "2-30", () => _ = new DeadlineRule.ByDate(Plan, 2, 30), "day" },
        { "4-31", () => _ = new DeadlineRule.ByDate(Plan, 4, 31), "day" },
        { "6-31", () => _ = new DeadlineRule.ByDate(Plan, 6, 31), "day" },
        { "9-31", () => _ = new DeadlineRule.ByDate(Plan, 9, 31), "day" },
        { "11-31", () => _ = new DeadlineRule.ByDate(Plan, 11, 31), "day" },
        { "ten days month 0", () => _ = new DeadlineRule.ByTenDayPeriodEnd(Plan, 0, TenDayPeriod.Early), "month" },
        { "ten days month 13", () => _ = new DeadlineRule.ByTenDayPeriodEnd(Plan, 13, TenDayPeriod.Early), "month" },
        { "ten days part 0", () => _ = new DeadlineRule.ByTenDayPeriodEnd(Plan, 6, (TenDayPeriod)0), "part" },
        { "ten days part 4", () => _ = new DeadlineRule.ByTenDayPeriodEnd(Plan, 6, (TenDayPeriod)4), "part" },
        { "period 0", () => _ = new DeadlineRule.ByPeriodEnd(Plan, (YearPeriod)0), "Period" },
        { "period 7", () => _ = new DeadlineRule.ByPeriodEnd(Plan, (YearPeriod)7), "Period" },
        { "frequency 0", () => _ = new DeadlineRule.Recurring((RecurrenceFrequency)0), "frequency" },
        { "frequency 7", () => _ = new DeadlineRule.Recurring((RecurrenceFrequency)7), "frequency" },
        { "due month 0", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 0), "dueMonth" },
        { "due month 13", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 13), "dueMonth" },
        { "due day 0", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, null, 0), "dueDay" },
        { "due day 32", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, null, 32), "dueDay" },
        { "due 2-30", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 2, 30), "dueDay" },
        { "due 4-31", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 4, 31), "dueDay" },
        { "alternative 0", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, alternative: (RecurrenceFrequency)0), "alternative" },
        { "alternative 7", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, alternative: (RecurrenceFrequency)7), "alternative" },
        { "event -1", () => _ = new DeadlineRule.Relative((RelativeEvent)(-1), 1, PeriodUnit.Days), "event" },
        { "event 5", () => _ = new DeadlineRule.Relative((RelativeEvent)5, 1, PeriodUnit.Days, "受理"), "event" },
        { "amount 0", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 0, PeriodUnit.Days), "amount" },
        { "amount 100001", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 100_001, PeriodUnit.Days), "amount" },
        { "unit 0", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 1, (PeriodUnit)0), "unit" },
        { "unit 6", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 1, (PeriodUnit)6), "unit" },
        { "plan year 1948", () => _ = new DeadlineContext(1948), "planYear" },
        { "plan year 9999", () => _ = new DeadlineContext(9999), "planYear" },
        { "due date 1948", () => _ = YearEnd().DueDate(1948), "planYear" },
        { "due date 9999", () => _ = YearEnd().DueDate(9999), "planYear" },
        { "standing window -1", () => _ = DeadlineResolver.StandingAt(YearEnd(), Plan2021, China, Day(2021, 1, 1), dueSoonDays: -1), "dueSoonDays" },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_null_argument_throws_naming_the_parameter(string call, Action action, Type type, string parameter)
    {
        var thrown = FluentActions.Invoking(action).Should().Throw<ArgumentException>(call).Which;

        thrown.GetType().Should().Be(type, call);
        thrown.ParamName.Should().Be(parameter, call);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_out_of_range_throws_naming_the_parameter(string call, Action action, string parameter)
    {
        FluentActions.Invoking(action).Should().Throw<ArgumentOutOfRangeException>(call).WithParameterName(parameter);
    }

    [Fact]
    public void The_values_at_the_edges_of_each_range_are_accepted()
    {
        new DeadlineRule.ByMonthEnd(Plan, 1).Month.Should().Be(1);
        new DeadlineRule.ByMonthEnd(Plan, 12).Month.Should().Be(12);
        foreach (var month in new[] { 1, 3, 5, 7, 8, 10, 12 })
        {
            new DeadlineRule.ByDate(Plan, month, 31).Day.Should().Be(31);
        }

        foreach (var month in new[] { 4, 6, 9, 11 })
        {
            new DeadlineRule.ByDate(Plan, month, 30).Day.Should().Be(30);
        }

        new DeadlineRule.ByDate(Plan, 2, 29).Day.Should().Be(29);
        new DeadlineRule.ByDate(Plan, 1, 1).Day.Should().Be(1);
        new DeadlineRule.ByTenDayPeriodEnd(Plan, 1, TenDayPeriod.Early).Part.Should().Be(TenDayPeriod.Early);
        new DeadlineRule.ByTenDayPeriodEnd(Plan, 12, TenDayPeriod.Late).Month.Should().Be(12);
        new DeadlineRule.ByPeriodEnd(Plan, YearPeriod.FirstHalf).Period.Should().Be(YearPeriod.FirstHalf);
        new DeadlineRule.ByPeriodEnd(Plan, YearPeriod.FourthQuarter).Period.Should().Be(YearPeriod.FourthQuarter);

        var daily = new DeadlineRule.Recurring(RecurrenceFrequency.Daily, alternative: RecurrenceFrequency.Yearly);
        (daily.Frequency, daily.Alternative).Should().Be((RecurrenceFrequency.Daily, (RecurrenceFrequency?)RecurrenceFrequency.Yearly));
        var yearly = new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 12, 31, RecurrenceFrequency.Daily);
        (yearly.Frequency, yearly.DueMonth, yearly.DueDay, yearly.Alternative)
            .Should().Be((RecurrenceFrequency.Yearly, (int?)12, (int?)31, (RecurrenceFrequency?)RecurrenceFrequency.Daily));
        new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 1, 1).DueDay.Should().Be(1);
        new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 2, 29).DueDay.Should().Be(29);
        new DeadlineRule.Recurring(RecurrenceFrequency.Yearly, 4, 30).DueDay.Should().Be(30);
        new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, null, 31).DueDay.Should().Be(31);
        new DeadlineRule.Recurring(RecurrenceFrequency.Monthly).DueMonth.Should().BeNull();

        var relative = new DeadlineRule.Relative(RelativeEvent.Other, 100_000, PeriodUnit.Years, "受理");
        (relative.Event, relative.Amount, relative.Unit, relative.EventText).Should().Be((RelativeEvent.Other, 100_000, PeriodUnit.Years, "受理"));
        new DeadlineRule.Relative(RelativeEvent.Unnamed, 1, PeriodUnit.Days).Amount.Should().Be(1);

        new DeadlineContext(DeadlineContext.MinPlanYear).PlanYear.Should().Be(1949);
        new DeadlineContext(DeadlineContext.MaxPlanYear).PlanYear.Should().Be(9998);
        YearEnd().DueDate(1949).Should().Be(Day(1949, 12, 31));
        YearEnd().DueDate(9998).Should().Be(Day(9998, 12, 31));
        DeadlineResolver.StandingAt(YearEnd(), Plan2021, China, Day(2021, 12, 31), dueSoonDays: 0).Kind.Should().Be(StandingKind.DueSoon);
    }

    [Fact]
    public void An_event_text_of_white_space_is_no_text()
    {
        new DeadlineRule.Relative(RelativeEvent.Unnamed, 3, PeriodUnit.Days, "  ").EventText.Should().BeNull();
        new DeadlineRule.Relative(RelativeEvent.PlanIssued, 3, PeriodUnit.Days, string.Empty).EventText.Should().BeNull();
        new DeadlineRule.Relative(RelativeEvent.Received, 3, PeriodUnit.Days, "收到留言").EventText.Should().Be("收到留言");
        FluentActions.Invoking(() => new DeadlineRule.Relative(RelativeEvent.Other, 3, PeriodUnit.Days, " \n"))
            .Should().Throw<ArgumentException>().WithParameterName("eventText");
    }

    [Fact]
    public void An_action_of_white_space_is_no_action()
    {
        new Milestone(MonthEnd(7), " \t").Action.Should().BeNull();
        new Milestone(MonthEnd(7)).Action.Should().BeNull();
        new Milestone(MonthEnd(7), "提出方案").Action.Should().Be("提出方案");
        new Milestone(MonthEnd(7), "提出方案").Due.Should().Be(MonthEnd(7));
        new RequirementDeadline(YearEnd(), new TextSpan(0, 3), "年底前", "  ").Action.Should().BeNull();
        new RequirementDeadline(YearEnd(), new TextSpan(0, 3), "年底前", "完成").Action.Should().Be("完成");
    }

    [Fact]
    public void A_deadline_inside_a_requirement_is_only_a_fixed_or_a_relative_rule()
    {
        var span = new TextSpan(0, 2);
        foreach (var rule in new DeadlineRule[] { Continuous, Every(RecurrenceFrequency.Monthly), Steps((MonthEnd(7), "提出")), Unspecified, Unrecognized("另行通知") })
        {
            FluentActions.Invoking(() => new RequirementDeadline(rule, span, "x")).Should().Throw<ArgumentException>().WithParameterName("rule");
        }

        new RequirementDeadline(Within(3, PeriodUnit.Days), span, "3日内").Rule.Should().Be(Within(3, PeriodUnit.Days));
        var found = new RequirementDeadline(Span(MonthEnd(6), MonthEnd(7)), span, "6月至7月");
        (found.Rule, found.Span, found.Text).Should().Be(((DeadlineRule)Span(MonthEnd(6), MonthEnd(7)), span, "6月至7月"));
    }

    [Fact]
    public void Milestones_keep_their_steps_in_order_and_the_last_is_the_last_written()
    {
        var rule = Steps((MonthEnd(11), "完成"), (MonthEnd(7), "总结"), (MonthEnd(9), "验收"));

        rule.Steps.Should().HaveCount(3);
        rule.Last.Should().Be(new Milestone(MonthEnd(9), "验收"));
        rule.Kind.Should().Be(DeadlineKind.Milestones);
        Steps((MonthEnd(7), "提出")).Last.Should().Be(new Milestone(MonthEnd(7), "提出"));
    }

    [Fact]
    public void Milestones_need_the_plan_year_when_any_step_does()
    {
        Steps((MonthEnd(7, Year(2020)), "起草"), (YearEnd(), "印发")).UsesPlanYear.Should().BeTrue();
        Steps((MonthEnd(7), "起草"), (YearEnd(Year(2022)), "印发")).UsesPlanYear.Should().BeTrue();
        Steps((MonthEnd(7, Year(2020)), "起草"), (YearEnd(Year(2022)), "印发")).UsesPlanYear.Should().BeFalse();
        Steps((Span(MonthEnd(6, Year(2022)), MonthEnd(7)), "推广")).UsesPlanYear.Should().BeTrue();
        Steps((Span(MonthEnd(6), MonthEnd(7, Year(2022))), "推广")).UsesPlanYear.Should().BeFalse();
        Within(3, PeriodUnit.Days).UsesPlanYear.Should().BeFalse();
        Unrecognized("另行通知").UsesPlanYear.Should().BeFalse();
        Unspecified.UsesPlanYear.Should().BeTrue();
        Every(RecurrenceFrequency.Monthly).UsesPlanYear.Should().BeTrue();
        Continuous.UsesPlanYear.Should().BeFalse();
        PeriodEnd(YearPeriod.FirstHalf, Year(2022)).UsesPlanYear.Should().BeFalse();
        TenDays(6, TenDayPeriod.Early, Next).UsesPlanYear.Should().BeTrue();
        Date(6, 1, Year(2022)).UsesPlanYear.Should().BeFalse();
    }

    [Fact]
    public void The_string_of_a_standing_or_resolution_that_is_only_a_default_value_says_so()
    {
        default(TaskStanding).ToString().Should().Be("default(TaskStanding)");
        default(DeadlineResolution).ToString().Should().Be("default(DeadlineResolution)");
        default(TaskStanding).Kind.Should().Be((StandingKind)0);
        DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China).ToString().Should().Be("DueDate 2021-10-31 (10月底前)");
        DeadlineResolver.Resolve(Continuous, Plan2021, China).ToString().Should().Be("Continuous (持续推进)");
        DeadlineResolver.Resolve(Unspecified, Plan2021, China).ToString().Should().Be("DefaultDueDate 2021-12-31 ()");
        DeadlineResolver.Resolve(Steps((MonthEnd(7), "提出")), Plan2021, China).ToString().Should().Be("Milestones 2021-07-31 (7月底前提出)");
        DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China).StandingAt(Day(2021, 11, 2)).ToString()
            .Should().Be("Overdue by 2 days: due 2021-10-31 (as of 2021-11-02).");
    }
}
