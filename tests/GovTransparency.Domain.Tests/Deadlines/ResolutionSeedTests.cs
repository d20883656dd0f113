using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The seed plans' time limits through the resolver and the standing at the dates the documents name: the due dates
/// are the ones written out by hand in <see cref="SeedTimeLimitTests"/>; the standings below are counted by hand.
/// </summary>
public class ResolutionSeedTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Yeji = new(2021);
    private static readonly DeadlineContext Sixian = new(2020, new LocalDate(2020, 9, 27));

    [Theory]
    [MemberData(nameof(SeedTimeLimitTests.Yeji2021), MemberType = typeof(SeedTimeLimitTests))]
    public void Every_Yeji_2021_time_limit_resolves_to_its_hand_written_due_date(int task, string cell, DeadlineRule rule, LocalDate? due)
    {
        AssertResolves(task, cell, rule, due, Yeji);
    }

    [Theory]
    [MemberData(nameof(SeedTimeLimitTests.Sixian2020), MemberType = typeof(SeedTimeLimitTests))]
    public void Every_Sixian_2020_time_limit_resolves_to_its_hand_written_due_date(int task, string cell, DeadlineRule rule, LocalDate? due)
    {
        AssertResolves(task, cell, rule, due, Sixian);
    }

    /// <summary>
    /// 泗县 issued its plan on Sunday 27 September 2020 (a 调休 working day) with tasks due 2020年9月底前: three days
    /// later, so they are due soon (not overdue, not already past) at the issue date. By hand: 9-27 → 9-30 is 3 days;
    /// → 10-31 is 3 + 31 = 34; → 11-30 is 34 + 30 = 64; → 12-31 is 64 + 31 = 95.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedTimeLimitTests.Sixian2020), MemberType = typeof(SeedTimeLimitTests))]
    public void At_its_issue_date_the_Sixian_plan_has_tasks_due_soon_and_none_overdue(int task, string cell, DeadlineRule rule, LocalDate? due)
    {
        var expected = new Dictionary<LocalDate, (StandingKind Kind, int Days)>
        {
            [Day(2020, 9, 30)] = (StandingKind.DueSoon, 3),
            [Day(2020, 10, 31)] = (StandingKind.NotYetDue, 34),
            [Day(2020, 11, 30)] = (StandingKind.NotYetDue, 64),
            [Day(2020, 12, 31)] = (StandingKind.NotYetDue, 95),
        };

        var standing = Resolve(cell, Sixian).StandingAt(Sixian.IssuedOn!.Value);

        standing.Resolution.Rule.Should().Be(rule, "task {0}", task);
        if (due is { } date)
        {
            standing.Kind.Should().Be(expected[date].Kind);
            standing.DaysUntilDue.Should().Be(expected[date].Days);
            standing.DaysOverdue.Should().BeNull();
        }
        else
        {
            standing.Kind.Should().Be(StandingKind.Ongoing);
        }
    }

    [Fact]
    public void A_task_due_by_the_end_of_September_2020_that_is_not_done_is_overdue_after_the_National_Day_holiday()
    {
        // Tasks 37 and 39: 2020年9月底前. On 2020-10-09 (the first working day after 国庆节、中秋节) it is 9 days overdue.
        var standing = Resolve("\t2020年9\n月底前", Sixian).StandingAt(new LocalDate(2020, 10, 9));

        standing.Kind.Should().Be(StandingKind.Overdue);
        standing.DaysOverdue.Should().Be(9);
        standing.DueDate.Should().Be(Day(2020, 9, 30));
    }

    /// <summary>
    /// 叶集's September progress report states each task at the end of September 2021. By hand: 9-30 → 10-31 is 31
    /// days (just outside the 30-day window); → 12-31 is 31 + 30 + 31 = 92; 6-30 → 9-30 is 31 + 31 + 30 = 92 days.
    /// </summary>
    [Theory]
    [InlineData("年底前", StandingKind.NotYetDue, 92)]
    [InlineData("10月底前", StandingKind.NotYetDue, 31)]
    [InlineData("6月底前", StandingKind.Overdue, 92)]
    [InlineData("持续推进", StandingKind.Ongoing, null)]
    public void At_the_Yeji_September_report_each_kind_of_time_limit_stands_as_counted_by_hand(string cell, StandingKind kind, int? days)
    {
        var standing = Resolve(cell, Yeji).StandingAt(new LocalDate(2021, 9, 30));

        standing.Kind.Should().Be(kind);
        (standing.DaysUntilDue ?? standing.DaysOverdue).Should().Be(days);
    }

    [Fact]
    public void Task_48_of_Yeji_reported_done_is_completed_on_time_when_done_by_the_end_of_June()
    {
        // 48: 6月底前, 进展情况 已完成. The report gives no completion date; with one before the due date it is on time.
        Resolve("6月底前", Yeji).StandingAt(new LocalDate(2021, 9, 30), completedOn: new LocalDate(2021, 6, 25))
            .Kind.Should().Be(StandingKind.CompletedOnTime);
        Resolve("6月底前", Yeji).StandingAt(new LocalDate(2021, 9, 30), completedOn: new LocalDate(2021, 7, 2))
            .DaysLate.Should().Be(2);
    }

    [Fact]
    public void The_Fuzhou_website_task_resolves_to_two_milestones_due_at_the_end_of_July_and_October_2021()
    {
        var text = Seeds.Read(Seeds.Fuzhou2021).Split('\n').Single(l => l.Contains("7月底前提出市政府网站栏目设置优化提升方案"));
        var context = new DeadlineContext(2021, new LocalDate(2021, 6, 9));
        var rule = DeadlineText.FindInRequirement(text, context).ToMilestones()!;

        var resolution = DeadlineResolver.Resolve(rule, context, China);

        resolution.Kind.Should().Be(DeadlineResolutionKind.Milestones);
        resolution.Milestones.Select(m => (m.Step.Action, m.DueDate)).Should().Equal(
            ("提出市政府网站栏目设置优化提升方案", Day(2021, 7, 31)),
            ("完成提升工作", Day(2021, 10, 31)));
        resolution.DueDate.Should().Be(Day(2021, 10, 31));
        resolution.Diagnostics.Should().BeEmpty();
        resolution.StandingAt(new LocalDate(2021, 6, 9)).DaysUntilDue.Should().Be(144); // 21 + 31 + 31 + 30 + 31
    }

    [Fact]
    public void The_Kuancheng_one_working_day_rule_needs_the_day_the_conditions_changed()
    {
        var text = Seeds.Read(Seeds.Kuancheng2019);
        var context = new DeadlineContext(2019);
        var rule = DeadlineText.FindInRequirement(text.Substring(text.IndexOf("办事条件发生变化", System.StringComparison.Ordinal)), context)
            .Deadlines.First().Rule;

        var unknown = DeadlineResolver.Resolve(rule, context, China);
        unknown.Kind.Should().Be(DeadlineResolutionKind.NeedsEventDate);
        unknown.Event.Should().Be(RelativeEvent.Unnamed);
        unknown.DueDate.Should().BeNull();
        unknown.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineEventDateUnknown);

        // Conditions changed on Monday 2019-09-30: 10-01 to 10-07 is 国庆节, so the one working day is Tuesday 10-08.
        var known = DeadlineResolver.Resolve(rule, context, China, Events(RelativeEvent.Unnamed, new LocalDate(2019, 9, 30)));
        known.DueDate.Should().Be(Day(2019, 10, 8));
    }

    private static void AssertResolves(int task, string cell, DeadlineRule rule, LocalDate? due, DeadlineContext context)
    {
        var resolution = Resolve(cell, context);

        resolution.Rule.Should().Be(rule, "task {0}", task);
        resolution.DueDate.Should().Be(due);
        resolution.Kind.Should().Be(due is null ? DeadlineResolutionKind.Continuous : DeadlineResolutionKind.DueDate);
        resolution.Diagnostics.Should().BeEmpty();
    }

    private static DeadlineResolution Resolve(string cell, DeadlineContext context) =>
        DeadlineResolver.Resolve(DeadlineText.Parse(cell, context).Rule, context, China);

    private static IReadOnlyDictionary<RelativeEvent, LocalDate> Events(RelativeEvent @event, LocalDate date) =>
        new Dictionary<RelativeEvent, LocalDate> { [@event] = date };
}
