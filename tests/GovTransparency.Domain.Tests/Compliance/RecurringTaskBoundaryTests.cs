using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Progress;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// Recurring tasks (每月, 每半年 …) of a 2021 plan at the edges: a date on a period's first day or an occurrence's due
/// date, the due-soon window's last day, reports dated after the as-of date, which occurrence decides the task's
/// standing, and which occurrence gives a completed task its timeliness.
/// </summary>
public class RecurringTaskBoundaryTests
{
    private static readonly DeadlineRule HalfYearly = new DeadlineRule.Recurring(RecurrenceFrequency.HalfYearly);

    /// <summary>每半年, due on the 20th of the period's last month: 2021-06-20 and 2021-12-20.</summary>
    private static readonly DeadlineRule HalfYearlyBy20th = new DeadlineRule.Recurring(RecurrenceFrequency.HalfYearly, dueDay: 20);

    /// <summary>每月25日前.</summary>
    private static readonly DeadlineRule MonthlyBy25th = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, dueDay: 25);

    private static TaskCompliance Judge(DeadlineRule rule, string reports, string asOf, ComplianceSettings? settings = null) =>
        PlanCompliance.StandingsAt(Plan(Task(1, rule)), History(reports), ChinaCalendar.Default, Date(asOf), settings).Single();

    [Fact]
    public void An_occurrence_not_done_on_its_due_date_is_due_soon_with_0_days_left_not_overdue()
    {
        var task = Judge(Monthly, "", "2021-01-31");

        task.Occurrences[0].Standing.Should().Be(ComplianceStanding.DueSoon);
        task.Occurrences[0].DaysUntilDue.Should().Be(0);
        task.Occurrences[0].DaysOverdue.Should().BeNull();
        task.Standing.Should().Be(ComplianceStanding.DueSoon);
        task.DueDate.Should().Be(Date("2021-01-31"), "January's occurrence, the first, decides");
        task.DaysUntilDue.Should().Be(0);
    }

    [Fact]
    public void An_occurrence_due_exactly_at_the_end_of_the_due_soon_window_is_due_soon()
    {
        // 2021-01-01 + 30 days = 2021-01-31; February's 2021-02-28 is 58 days away.
        var task = Judge(Monthly, "", "2021-01-01");

        task.Occurrences[0].Standing.Should().Be(ComplianceStanding.DueSoon);
        task.Occurrences[0].DaysUntilDue.Should().Be(30);
        task.Occurrences[1].Standing.Should().Be(ComplianceStanding.NotYetDue);
        task.Occurrences[1].DaysUntilDue.Should().Be(58);
        task.Standing.Should().Be(ComplianceStanding.DueSoon);
        task.DaysUntilDue.Should().Be(30);
        task.DueDate.Should().Be(Date("2021-01-31"));
    }

    [Fact]
    public void Among_occurrences_not_yet_due_the_soonest_decides()
    {
        // No due-soon window: every month is not yet due on 1 January; January's, 30 days away, is the most pressing.
        var task = Judge(Monthly, "", "2021-01-01", new ComplianceSettings { DueSoonDays = 0 });

        task.Occurrences.Should().OnlyContain(o => o.Standing == ComplianceStanding.NotYetDue);
        task.Standing.Should().Be(ComplianceStanding.NotYetDue);
        task.DueDate.Should().Be(Date("2021-01-31"));
        task.DaysUntilDue.Should().Be(30);
    }

    [Fact]
    public void Among_overdue_occurrences_the_most_overdue_decides_even_when_it_is_the_first()
    {
        // 2021-03-15: January is 43 days overdue, February 15.
        var task = Judge(Monthly, "", "2021-03-15");

        task.Occurrences.Take(2).Select(o => o.DaysOverdue).Should().Equal(43, 15);
        task.Standing.Should().Be(ComplianceStanding.Overdue);
        task.DueDate.Should().Be(Date("2021-01-31"));
        task.DaysOverdue.Should().Be(43);
    }

    [Fact]
    public void A_report_dated_on_the_first_day_of_a_period_judged_that_day_completes_that_periods_occurrence()
    {
        var task = Judge(Monthly, "2021-02-01 已完成", "2021-02-01");

        task.Occurrences[0].Standing.Should().Be(ComplianceStanding.Overdue, "January was never reported done");
        task.Occurrences[0].DaysOverdue.Should().Be(1);
        task.Occurrences[1].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.Occurrences[1].Completion.Should().Be(new CompletionInterval(Date("2021-02-01"), Date("2021-02-01")));
        task.Timeliness.Should().Be(Timeliness.OnTime, "the report on 1 February lies in February's period, which it completes on time");
    }

    [Fact]
    public void A_report_dated_after_the_as_of_date_within_the_period_is_not_known_yet()
    {
        var task = Judge(Monthly, "2021-03-31 已完成", "2021-03-15");

        task.Occurrences[2].Standing.Should().Be(ComplianceStanding.DueSoon);
        task.Occurrences[2].Completion.Should().BeNull();
        task.Occurrences[2].DaysUntilDue.Should().Be(16);
        task.Status.Should().Be(ProgressStatus.Unknown);
    }

    [Fact]
    public void A_completed_task_takes_the_timeliness_of_the_occurrence_that_holds_its_completion()
    {
        // Only March was reported done; January and February, which lie before, were not.
        var task = Judge(Monthly, "2021-03-31 已完成", "2021-04-10");

        task.Occurrences[2].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.Timeliness.Should().Be(Timeliness.OnTime);
    }

    [Fact]
    public void A_completion_reported_after_the_plan_year_belongs_to_no_occurrence_and_its_timeliness_is_undetermined()
    {
        // 每月25日前: December was reported done on the 20th (on time); the task was then reported in progress, and done
        // again on 2022-01-10, which no occurrence of 2021 holds.
        var task = Judge(MonthlyBy25th, "2021-12-20 已完成; 2022-01-05 正在进行; 2022-01-10 已完成", "2022-01-15");

        task.Occurrences[11].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.Completion.Should().Be(new CompletionInterval(Date("2022-01-06"), Date("2022-01-10")));
        task.Timeliness.Should().Be(Timeliness.Undetermined);
    }

    [Fact]
    public void When_every_occurrence_is_done_on_time_the_first_decides()
    {
        var task = Judge(HalfYearly, "2021-06-30 已完成; 2021-12-31 已完成", "2021-12-31");

        task.Occurrences.Select(o => o.Standing).Should().Equal(ComplianceStanding.CompletedOnTime, ComplianceStanding.CompletedOnTime);
        task.Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.DueDate.Should().Be(Date("2021-06-30"));
        task.DaysLate.Should().BeNull();
    }

    [Fact]
    public void Among_occurrences_done_late_the_one_done_latest_decides()
    {
        // First half: seen in progress on its due date 06-20, done by 06-30: 1 day late at least. Second half: seen in
        // progress on 12-22, done by 12-31: 3 days late at least.
        var task = Judge(HalfYearlyBy20th, "2021-06-20 正在进行; 2021-06-30 已完成; 2021-12-22 正在进行; 2021-12-31 已完成", "2021-12-31");

        task.Occurrences.Select(o => (o.Standing, o.DaysLate)).Should().Equal(
            (ComplianceStanding.CompletedLate, 1), (ComplianceStanding.CompletedLate, 3));
        task.Standing.Should().Be(ComplianceStanding.CompletedLate);
        task.DueDate.Should().Be(Date("2021-12-20"));
        task.DaysLate.Should().Be(3);
        task.Timeliness.Should().Be(Timeliness.Late);
    }

    [Fact]
    public void Between_occurrences_done_equally_late_the_first_decides()
    {
        var task = Judge(HalfYearlyBy20th, "2021-06-20 正在进行; 2021-06-30 已完成; 2021-12-20 正在进行; 2021-12-31 已完成", "2021-12-31");

        task.Occurrences.Select(o => o.DaysLate).Should().Equal(1, 1);
        task.Standing.Should().Be(ComplianceStanding.CompletedLate);
        task.DueDate.Should().Be(Date("2021-06-20"));
        task.DaysLate.Should().Be(1);
    }

    [Fact]
    public void A_recurring_task_is_never_silent()
    {
        Judge(Monthly, "", "2021-10-15").IsSilent.Should().BeFalse();
    }
}
