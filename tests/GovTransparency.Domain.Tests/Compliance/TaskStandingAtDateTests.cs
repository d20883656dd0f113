using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Progress;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>One task of a 2021 plan (issue date unknown unless stated) judged at a date against its reports.</summary>
public class TaskStandingAtDateTests
{
    private static TaskCompliance Judge(string timeLimit, string reports, string asOf, string? issued = null) =>
        PlanCompliance.StandingsAt(
            Plan(issued is null ? null : Date(issued), Task(1, Rule(timeLimit))),
            History(reports),
            ChinaCalendar.Default,
            Date(asOf)).Single();

    [Theory]
    // Completed: when, as far as the reports can tell, against the due date.
    [InlineData("10月底前", "2021-09-30 已完成", "2021-10-01", ComplianceStanding.CompletedOnTime, "2021-10-31", null)]
    [InlineData("6月底前", "2021-05-31 已完成", "2021-10-01", ComplianceStanding.CompletedOnTime, "2021-06-30", null)]
    [InlineData("6月底前", "2021-09-30 已完成", "2021-10-01", ComplianceStanding.CompletedUndetermined, "2021-06-30", null)]
    [InlineData("6月底前", "2021-05-31 正在进行; 2021-07-31 已完成", "2021-10-01", ComplianceStanding.CompletedUndetermined, "2021-06-30", null)]
    [InlineData("6月底前", "2021-06-30 正在进行; 2021-07-31 已完成", "2021-10-01", ComplianceStanding.CompletedLate, "2021-06-30", 1)]
    [InlineData("持续推进", "2021-09-30 已完成", "2021-10-01", ComplianceStanding.CompletedUndetermined, null, null)]
    // Not completed: against the due date, which is inclusive.
    [InlineData("10月底前", "2021-09-30 正在进行", "2021-09-30", ComplianceStanding.NotYetDue, "2021-10-31", 31)]
    [InlineData("10月底前", "2021-09-30 正在进行", "2021-10-01", ComplianceStanding.DueSoon, "2021-10-31", 30)]
    [InlineData("10月底前", "2021-09-30 正在进行", "2021-10-31", ComplianceStanding.DueSoon, "2021-10-31", 0)]
    [InlineData("10月底前", "2021-09-30 正在进行", "2021-11-01", ComplianceStanding.Overdue, "2021-10-31", 1)]
    [InlineData("10月底前", "2021-09-30 暂未开展", "2021-11-15", ComplianceStanding.Overdue, "2021-10-31", 15)]
    [InlineData("10月底前", "", "2021-11-15", ComplianceStanding.Overdue, "2021-10-31", 15)]
    [InlineData("持续推进", "2021-09-30 正在进行", "2021-11-15", ComplianceStanding.Ongoing, null, null)]
    [InlineData("", "2021-09-30 正在进行", "2021-12-01", ComplianceStanding.DueSoon, "2021-12-31", 30)]
    [InlineData("印发后一个月内", "2021-09-30 正在进行", "2021-10-01", ComplianceStanding.NoDueDate, null, null)]
    [InlineData("视情况而定", "2021-09-30 正在进行", "2021-10-01", ComplianceStanding.NoDueDate, null, null)]
    // What happened later is not known yet; a later report that says not completed withdraws a completion.
    [InlineData("10月底前", "2021-09-30 正在进行; 2021-10-31 已完成", "2021-10-15", ComplianceStanding.DueSoon, "2021-10-31", 16)]
    [InlineData("10月底前", "2021-08-31 已完成; 2021-09-30 正在进行", "2021-11-01", ComplianceStanding.Overdue, "2021-10-31", 1)]
    public void A_task_stands_where_its_reports_and_due_date_put_it(
        string timeLimit, string reports, string asOf, ComplianceStanding standing, string? due, int? days)
    {
        var task = Judge(timeLimit, reports, asOf);

        task.Standing.Should().Be(standing);
        task.DueDate.Should().Be(due is null ? null : Date(due));
        var numbers = standing switch
        {
            ComplianceStanding.Overdue => task.DaysOverdue,
            ComplianceStanding.DueSoon or ComplianceStanding.NotYetDue => task.DaysUntilDue,
            ComplianceStanding.CompletedLate => task.DaysLate,
            _ => null,
        };
        numbers.Should().Be(days);
    }

    [Theory]
    [InlineData("2021-09-30 已完成", ProgressStatus.Completed, Timeliness.OnTime)]
    [InlineData("2021-09-30 正在进行", ProgressStatus.InProgress, null)]
    [InlineData("2021-09-30 暂未开展", ProgressStatus.NotStarted, null)]
    [InlineData("2021-09-30 见附件", ProgressStatus.Unknown, null)]
    [InlineData("", ProgressStatus.Unknown, null)]
    public void The_status_is_the_latest_report_and_only_completed_tasks_have_a_timeliness(string reports, ProgressStatus status, Timeliness? timeliness)
    {
        var task = Judge("10月底前", reports, "2021-10-01");

        task.Status.Should().Be(status);
        task.IsReported.Should().Be(reports.Length > 0);
        task.Timeliness.Should().Be(timeliness);
        (task.Completion is not null).Should().Be(status == ProgressStatus.Completed);
    }

    [Fact]
    public void The_latest_entry_and_its_report_date_are_kept_with_the_text_as_written()
    {
        var task = Judge("年底前", "2021-08-31 暂未开展; 2021-09-30 发布图表图解11", "2021-10-20");

        task.LatestEntry!.Text.Should().Be("发布图表图解11");
        task.ReportedOn.Should().Be(Date("2021-09-30"));
        task.Status.Should().Be(ProgressStatus.InProgress);
    }

    [Theory]
    // Without an issue date, completion is counted from 1 January of the plan year: [01-01, 09-30] holds 06-30.
    [InlineData(null, ComplianceStanding.CompletedUndetermined)]
    // Issued on 5 July, the task cannot have been done before then: all of [07-05, 09-30] is after 06-30.
    [InlineData("2021-07-05", ComplianceStanding.CompletedLate)]
    public void Completion_is_counted_from_the_plans_issue_date_when_known(string? issued, ComplianceStanding standing)
    {
        var task = Judge("6月底前", "2021-09-30 已完成", "2021-10-01", issued);

        task.Standing.Should().Be(standing);
        if (issued is not null)
        {
            task.Completion.Should().Be(new CompletionInterval(Date("2021-07-05"), Date("2021-09-30")));
            task.DaysLate.Should().Be(5);
        }
    }

    [Fact]
    public void A_completion_date_stated_in_the_report_is_judged_exactly()
    {
        var report = new ProgressReport(Date("2021-09-30"))
        {
            Entries = new[] { ProgressEntry.FromText(new GovTransparency.Domain.Plans.TaskNumber(1), "已完成") with { CompletedOn = Date("2021-07-02") } },
        };

        var task = PlanCompliance.Summarize(Plan(Task(1, June)), report, ChinaCalendar.Default, Date("2021-10-01")).Tasks.Single();

        task.Standing.Should().Be(ComplianceStanding.CompletedLate);
        task.DaysLate.Should().Be(2);
    }

    [Fact]
    public void A_relative_time_limit_counts_from_the_issue_date_by_the_Civil_Code()
    {
        // Issued 2021-06-09: one month ends on 2021-07-09, a Friday and a working day.
        var task = Judge("印发后一个月内", "2021-06-30 正在进行", "2021-07-10", "2021-06-09");

        task.Standing.Should().Be(ComplianceStanding.Overdue);
        task.DueDate.Should().Be(Date("2021-07-09"));
        task.DaysOverdue.Should().Be(1);
    }

    [Fact]
    public void A_task_without_a_time_limit_is_judged_against_the_plans_default_and_says_so()
    {
        var task = Judge("", "2021-09-30 正在进行", "2021-10-01");

        task.Resolution.IsDefault.Should().BeTrue();
        task.DueDate.Should().Be(Date("2021-12-31"));
    }

    [Theory]
    [InlineData("2021-09-30 正在进行", "2021-10-31", false)]
    [InlineData("2021-09-30 正在进行", "2021-11-01", true)]
    [InlineData("2021-09-30 正在进行; 2021-10-31 正在进行", "2021-11-15", false)]
    [InlineData("", "2021-01-01", true)]
    [InlineData("2021-09-30 已完成", "2021-12-31", false)]
    public void A_continuous_task_not_completed_is_silent_when_unreported_for_more_than_31_days(string reports, string asOf, bool silent)
    {
        Judge("持续推进", reports, asOf).IsSilent.Should().Be(silent);
    }

    [Fact]
    public void Only_continuous_tasks_are_ever_silent()
    {
        Judge("年底前", "", "2021-11-15").IsSilent.Should().BeFalse();
    }

    [Fact]
    public void The_silence_window_is_a_setting()
    {
        var standings = PlanCompliance.StandingsAt(
            Plan(Task(1, Continuous)),
            History("2021-09-30 正在进行"),
            ChinaCalendar.Default,
            Date("2021-10-15"),
            new ComplianceSettings { SilenceDays = 14 });

        standings.Single().IsSilent.Should().BeTrue();
    }

    // A monthly task (每月): January and March reported done in their own month-end reports, February reported
    // still in progress, judged on 10 April.
    [Fact]
    public void A_recurring_task_is_judged_per_occurrence_and_stands_by_its_most_pressing_one()
    {
        var task = Judge("每月", "2021-01-31 已完成; 2021-02-28 正在进行; 2021-03-31 已完成", "2021-04-10");

        task.Occurrences.Should().HaveCount(12);
        task.Occurrences[0].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.Occurrences[0].Completion.Should().Be(new CompletionInterval(Date("2021-01-01"), Date("2021-01-31")));
        task.Occurrences[1].Standing.Should().Be(ComplianceStanding.Overdue);
        task.Occurrences[1].DaysOverdue.Should().Be(41);
        task.Occurrences[2].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.Occurrences[3].Standing.Should().Be(ComplianceStanding.DueSoon);
        task.Occurrences[3].DaysUntilDue.Should().Be(20);
        task.Occurrences.Skip(4).Should().OnlyContain(o => o.Standing == ComplianceStanding.NotYetDue);

        task.Standing.Should().Be(ComplianceStanding.Overdue);
        task.DueDate.Should().Be(Date("2021-02-28"));
        task.DaysOverdue.Should().Be(41);
        task.Status.Should().Be(ProgressStatus.Completed);
        task.Timeliness.Should().Be(Timeliness.OnTime, "the latest report, in March, completes March's occurrence");
    }

    [Fact]
    public void A_recurring_occurrence_reported_done_only_after_its_period_is_not_completed_by_that_report()
    {
        // The April report speaks of April; January's occurrence stays open.
        var task = Judge("每月", "2021-04-30 已完成", "2021-05-01");

        task.Occurrences[0].Standing.Should().Be(ComplianceStanding.Overdue);
        task.Occurrences[3].Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task.DaysOverdue.Should().Be(90); // 2021-01-31 to 2021-05-01
    }

    [Fact]
    public void Reports_name_tasks_by_number_value_so_the_plan_order_does_not_matter()
    {
        var plan = Plan(Task(2, October), Task(1, October));
        var history = new ProgressHistory(new[] { Report("2021-09-30", (1, "已完成"), (2, "暂未开展")) });

        var standings = PlanCompliance.StandingsAt(plan, history, ChinaCalendar.Default, Date("2021-11-01"));

        standings.Select(t => (t.Number.Value, t.Standing)).Should().Equal(
            (2, ComplianceStanding.Overdue), (1, ComplianceStanding.CompletedOnTime));
        standings.Select(t => t.PlanIndex).Should().Equal(0, 1);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors_named_by_parameter()
    {
        var plan = Plan(Task(1, October));
        FluentActions.Invoking(() => PlanCompliance.StandingsAt(null!, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01")))
            .Should().Throw<System.ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => PlanCompliance.Summarize(plan, (ProgressHistory)null!, ChinaCalendar.Default, Date("2021-10-01")))
            .Should().Throw<System.ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => PlanCompliance.Summarize(plan, ProgressHistory.Empty, null!, Date("2021-10-01")))
            .Should().Throw<System.ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => new ComplianceSettings { DueSoonDays = -1 })
            .Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
