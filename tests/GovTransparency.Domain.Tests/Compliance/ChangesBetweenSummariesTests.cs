using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// <see cref="ComplianceChanges.Between"/> on summaries that differ: tasks that were already completed or already
/// overdue are not news, and a task is only compared with the same task.
/// </summary>
public class ChangesBetweenSummariesTests
{
    private static ComplianceSummary At(WorkPlan plan, ProgressHistory history, string asOf) =>
        PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date(asOf));

    [Fact]
    public void A_task_completed_on_both_dates_did_not_become_completed()
    {
        var plan = Plan(Task(1, October));
        var history = History("2021-09-15 已完成");

        var changes = ComplianceChanges.Between(At(plan, history, "2021-09-20"), At(plan, history, "2021-11-30"));

        changes.BecameCompleted.Should().BeEmpty();
        changes.SlippedToOverdue.Should().BeEmpty();
        changes.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_task_overdue_on_both_dates_did_not_slip()
    {
        var plan = Plan(Task(1, October));

        // Due 2021-10-31, never reported: overdue on 5 November and still on 30 November.
        var changes = ComplianceChanges.Between(At(plan, ProgressHistory.Empty, "2021-11-05"), At(plan, ProgressHistory.Empty, "2021-11-30"));

        changes.SlippedToOverdue.Should().BeEmpty();
        changes.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void One_kind_of_change_alone_makes_the_changes_non_empty()
    {
        var plan = Plan(Task(1, October));
        var completed = ComplianceChanges.Between(At(plan, ProgressHistory.Empty, "2021-09-01"), At(plan, History("2021-10-20 已完成"), "2021-10-25"));
        var slipped = ComplianceChanges.Between(At(plan, ProgressHistory.Empty, "2021-09-01"), At(plan, ProgressHistory.Empty, "2021-11-30"));

        completed.BecameCompleted.Select(t => t.Number.Value).Should().Equal(1);
        completed.SlippedToOverdue.Should().BeEmpty();
        completed.IsEmpty.Should().BeFalse();
        slipped.BecameCompleted.Should().BeEmpty();
        slipped.SlippedToOverdue.Select(t => t.Number.Value).Should().Equal(1);
        slipped.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Summaries_of_plans_of_different_lengths_compare_the_tasks_both_hold()
    {
        var two = Plan(Task(1, October), Task(2, October));
        var one = Plan(Task(1, October));
        var history = History("2021-10-20 已完成");

        var shrunk = ComplianceChanges.Between(At(two, ProgressHistory.Empty, "2021-09-01"), At(one, history, "2021-11-30"));
        var grown = ComplianceChanges.Between(At(one, ProgressHistory.Empty, "2021-09-01"), At(two, history, "2021-11-30"));

        shrunk.BecameCompleted.Select(t => t.Number.Value).Should().Equal(1);
        shrunk.SlippedToOverdue.Should().BeEmpty();
        grown.BecameCompleted.Select(t => t.Number.Value).Should().Equal(1);
        grown.SlippedToOverdue.Should().BeEmpty("task 2 is not in the earlier summary, so it did not slip since then");
    }

    [Fact]
    public void A_task_is_compared_only_with_the_task_of_the_same_number()
    {
        // Task 1 is not yet due on 1 September. The later plan has task 2 in the same place, overdue by 30 November;
        // it is a different task, so nothing slipped.
        var before = At(Plan(Task(1, October)), ProgressHistory.Empty, "2021-09-01");
        var after = At(Plan(Task(2, October)), ProgressHistory.Empty, "2021-11-30");

        var changes = ComplianceChanges.Between(before, after);

        after.Tasks.Single().Standing.Should().Be(ComplianceStanding.Overdue);
        changes.IsEmpty.Should().BeTrue();
    }
}
