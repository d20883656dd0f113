using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Testing;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests.Readme;

// The README's example, compiled and run: ReadmeExampleTests checks that the README shows exactly this code.
// <readme-example>
// Your code: a supervision dashboard that takes the clock and the calendar as arguments.
public sealed class SupervisionDashboard(IClock clock, IWorkingDayCalendar calendar)
{
    private static readonly DateTimeZone Beijing = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // The tasks that fell due this week (Monday to today) and are still not done.
    public IReadOnlyList<int> OverdueThisWeek(WorkPlan plan, ProgressHistory history)
    {
        var today = clock.GetCurrentInstant().InZone(Beijing).Date;
        var monday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return PlanCompliance.StandingsAt(plan, history, calendar, today)
            .Where(t => t.Standing == ComplianceStanding.Overdue && t.DueDate >= monday)
            .Select(t => t.Number.Value)
            .ToList();
    }
}

// Its test: a fixed clock, a calendar with only the holidays that matter, a plan in five lines.
public class SupervisionDashboardTests
{
    // National Day 2021 (国庆节): 1–7 October off; Sunday 26 September and Saturday 9 October worked (调休).
    private static readonly WorkingDayCalendar NationalDay2021 = TestCalendars.Builder()
        .Holidays(new LocalDate(2021, 10, 1), new LocalDate(2021, 10, 7), "国庆节")
        .WorkingWeekend(new LocalDate(2021, 9, 26), "国庆节")
        .WorkingWeekend(new LocalDate(2021, 10, 9), "国庆节")
        .Build();

    private static readonly WorkPlan Plan = TestPlans.ForYear(2021)
        .IssuedOn(new LocalDate(2021, 9, 28))
        .Task(1, "公开财政预决算", "9月底前", "区财政局")
        .Task(2, "上线政策解读专栏", "印发后5个工作日内", "区政府办公室") // 29, 30 Sep, 8, 9, 11 Oct
        .Task(3, "更新政府信息公开指南", "10月12日前", "区司法局")
        .Task(4, "发布政府信息公开工作年报", "10月底前", "区政府办公室")
        .Build();

    private static readonly ProgressHistory Reports = TestProgress.History(
        TestProgress.Report(new LocalDate(2021, 10, 12)).InProgress(1).InProgress(2).Completed(3).Build());

    [Fact]
    public void Lists_the_tasks_that_fell_due_this_week_and_are_not_done()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13)); // a Wednesday
        var dashboard = new SupervisionDashboard(clock, NationalDay2021);

        // 1 fell due last week, 3 is done, 4 is not due yet.
        dashboard.OverdueThisWeek(Plan, Reports).Should().Equal(2);

        clock.AdvanceDays(7); // Wednesday 20 October: task 2 is still overdue, but since last week.
        dashboard.OverdueThisWeek(Plan, Reports).Should().BeEmpty();
    }

    [Fact]
    public void Without_the_holiday_task_2_would_have_fallen_due_the_week_before()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));
        var dashboard = new SupervisionDashboard(clock, TestCalendars.WeekendsOnly);

        // 29, 30 Sep, 1, 4, 5 Oct: due Tuesday 5 October.
        dashboard.OverdueThisWeek(Plan, Reports).Should().BeEmpty();
    }
}
// </readme-example>
