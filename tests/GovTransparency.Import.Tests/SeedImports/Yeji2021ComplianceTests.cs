using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using GovTransparency.Import.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Import.Tests.SeedImports;

/// <summary>
/// Seed 000 (叶集区 2021) judged against its own September report (as of 2021-09-30), the figures of issue 8.
/// Every expected value is counted by hand from tests/Fixtures/seeds/000_7a8037ce1b73a2ce.txt:
/// time limits — 10月底前: 30, 31, 32, 35, 38; 6月底前: 48; 持续推进: 9, 10, 11, 40, 41, 44, 45, 46, 47, 52; 年底前: the
/// other 36. Progress — 已完成: 31, 48; 暂未开展: 14, 38, 43, 49; everything else reports activity (in progress).
/// The plan's issue date is not in the document (its 发文日期 2021-10-01 is the report's), so completion is counted
/// from 1 January 2021.
/// </summary>
public class Yeji2021ComplianceTests
{
    private static readonly ImportResult Imported = TestSupport.Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.Yeji2021);
    private static readonly LocalDate FirstOctober = new(2021, 10, 1);
    private static readonly LocalDate FifteenthNovember = new(2021, 11, 15);

    private static WorkPlan Plan => Imported.Plan;

    private static ProgressReport Report => Imported.ProgressReport!;

    private static ComplianceSummary At(LocalDate asOf, ComplianceSettings? settings = null) =>
        PlanCompliance.Summarize(Plan, Report, ChinaCalendar.Default, asOf, settings);

    private static int[] Numbers(System.Collections.Generic.IEnumerable<TaskCompliance> tasks) => tasks.Select(t => t.Number.Value).ToArray();

    [Fact]
    public void The_report_is_as_of_the_end_of_September()
    {
        Report.AsOf.Should().Be(new LocalDate(2021, 9, 30));
        Plan.IssuedOn.Should().BeNull();
    }

    [Fact]
    public void As_of_1_October_exactly_31_and_48_are_completed_31_on_time_and_48_undetermined()
    {
        var summary = At(FirstOctober);

        Numbers(summary.Tasks.Where(t => t.IsCompleted)).Should().Equal(31, 48);
        var task31 = summary.Tasks.Single(t => t.Number.Value == 31);
        task31.Standing.Should().Be(ComplianceStanding.CompletedOnTime);
        task31.Timeliness.Should().Be(Timeliness.OnTime);
        task31.Completion.Should().Be(new CompletionInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 9, 30)));

        // 6月底前, and the only report saying 已完成 is as of 30 September: done some time in 2021 up to then.
        var task48 = summary.Tasks.Single(t => t.Number.Value == 48);
        task48.Standing.Should().Be(ComplianceStanding.CompletedUndetermined);
        task48.Timeliness.Should().Be(Timeliness.Undetermined);
        task48.DueDate.Should().Be(new LocalDate(2021, 6, 30));
        task48.DaysLate.Should().BeNull();
    }

    [Fact]
    public void As_of_1_October_exactly_14_38_43_and_49_are_not_started()
    {
        Numbers(At(FirstOctober).Tasks.Where(t => t.Status == ProgressStatus.NotStarted)).Should().Equal(14, 38, 43, 49);
    }

    [Fact]
    public void As_of_1_October_nothing_is_overdue_and_exactly_30_32_35_and_38_are_due_soon_in_30_days()
    {
        var summary = At(FirstOctober);

        summary.Overdue.Should().BeEmpty();
        Numbers(summary.DueSoon).Should().Equal(30, 32, 35, 38);
        summary.DueSoon.Should().OnlyContain(t => t.DueDate == new LocalDate(2021, 10, 31) && t.DaysUntilDue == 30);
    }

    [Fact]
    public void The_due_soon_window_is_inclusive_one_day_less_and_10月底前_is_not_due_soon()
    {
        At(FirstOctober, new ComplianceSettings { DueSoonDays = 29 }).DueSoon.Should().BeEmpty();
    }

    [Fact]
    public void As_of_15_November_with_the_same_report_exactly_30_32_35_and_38_are_overdue_by_15_days()
    {
        var summary = At(FifteenthNovember);

        Numbers(summary.Overdue).Should().Equal(30, 32, 35, 38);
        summary.Overdue.Select(t => t.DaysOverdue).Should().Equal(15, 15, 15, 15);
        summary.DueSoon.Should().BeEmpty();
        Numbers(summary.Tasks.Where(t => t.IsCompleted)).Should().Equal(31, 48);
    }

    [Fact]
    public void Totals_as_of_1_October_add_up_to_the_52_tasks()
    {
        var totals = At(FirstOctober).Totals;

        totals.Tasks.Should().Be(52);
        totals.Completed.Should().Be(2);
        totals.CompletedOnTime.Should().Be(1);
        totals.CompletedLate.Should().Be(0);
        totals.CompletedUndetermined.Should().Be(1);
        totals.NotStarted.Should().Be(4);
        totals.InProgress.Should().Be(46);
        totals.Unknown.Should().Be(0);
        totals.Overdue.Should().Be(0);
        totals.DueSoon.Should().Be(4);
        totals.Ongoing.Should().Be(10);
        totals.NotYetDue.Should().Be(36);
        totals.NoDueDate.Should().Be(0);
        totals.Silent.Should().Be(0);
        totals.CompletionRate.Should().BeApproximately(2.0 / 52, 1e-12);
        totals.OnTimeRate.Should().Be(1.0);
    }

    [Fact]
    public void As_of_15_November_the_ten_continuous_tasks_are_silent_46_days_after_the_last_report()
    {
        var summary = At(FifteenthNovember);

        Numbers(summary.Silent).Should().Equal(9, 10, 11, 40, 41, 44, 45, 46, 47, 52);
        summary.Totals.OnTimeRate.Should().Be(0.2); // 31 on time; 30, 32, 35, 38 overdue
    }

    [Fact]
    public void A_continuous_task_reported_on_31_days_ago_is_not_silent_yet()
    {
        At(new LocalDate(2021, 10, 31)).Silent.Should().BeEmpty();
        Numbers(At(new LocalDate(2021, 11, 1)).Silent).Should().HaveCount(10);
    }

    // 区政府办公室, counted by hand from the 责任单位 cells (21 cells name it):
    //   lead (牵头), 17 tasks: 1, 2, 12, 14, 15, 16, 17, 24, 26, 31, 32, 33, 34, 38, 40, 48, 49
    //     completed 31 (10月底前, on time) and 48 (6月底前, undetermined); not started 14, 38, 49;
    //     in progress the other 12; 10月底前 and not completed: 32, 38 (due soon on 1 October, 15 days overdue on
    //     15 November); 持续推进: 40.
    //   responsible (负责落实), 4 tasks: 25 (区政府办公室、区政府各部门,各乡镇街负责落实), 50, 51, 52 — all in progress,
    //     52 持续推进, the others 年底前.
    //   cooperating: none.
    [Fact]
    public void The_rows_of_区政府办公室_match_the_hand_count()
    {
        var summary = At(FirstOctober);

        var lead = summary.ByLeadUnit.Single(r => r.Unit.Name == "区政府办公室").Totals;
        (lead.Tasks, lead.Completed, lead.CompletedOnTime, lead.CompletedLate, lead.CompletedUndetermined).Should().Be((17, 2, 1, 0, 1));
        (lead.InProgress, lead.NotStarted, lead.Unknown).Should().Be((12, 3, 0));
        (lead.Overdue, lead.DueSoon, lead.Ongoing, lead.NotYetDue).Should().Be((0, 2, 1, 12));

        var responsible = summary.ByResponsibleUnit.Single(r => r.Unit.Name == "区政府办公室").Totals;
        (responsible.Tasks, responsible.Completed, responsible.InProgress, responsible.NotStarted).Should().Be((4, 0, 4, 0));
        (responsible.Overdue, responsible.DueSoon, responsible.Ongoing, responsible.NotYetDue).Should().Be((0, 0, 1, 3));

        summary.ByCooperatingUnit.Should().BeEmpty();

        var november = At(FifteenthNovember).ByLeadUnit.Single(r => r.Unit.Name == "区政府办公室").Totals;
        (november.Overdue, november.DueSoon).Should().Be((2, 0));
    }

    [Fact]
    public void Collective_units_are_rows_of_their_own()
    {
        var responsible = At(FirstOctober).ByResponsibleUnit;

        responsible.Should().Contain(r => r.Unit.Name == "区政府各部门" && r.Unit.Kind == UnitKind.Collective);
        responsible.Should().Contain(r => r.Unit.Name == "各乡镇街" && r.Unit.Kind == UnitKind.Collective);
    }

    // 区融媒体中心 leads 4, 12, 23 and 24; task 26 writes it 融媒体中心 (区政府办公室、融媒体中心牵头).
    [Fact]
    public void The_unit_directory_merges_an_alias_into_one_row()
    {
        var plain = At(FirstOctober).ByLeadUnit;
        plain.Single(r => r.Unit.Name == "区融媒体中心").Totals.Tasks.Should().Be(4);
        plain.Single(r => r.Unit.Name == "融媒体中心").Totals.Tasks.Should().Be(1);

        var directory = UnitDirectory.Empty.WithUnit("区融媒体中心", "融媒体中心");
        var merged = At(FirstOctober, new ComplianceSettings { Units = directory }).ByLeadUnit;
        merged.Single(r => r.Unit.Name == "区融媒体中心").Totals.Tasks.Should().Be(5);
        merged.Should().NotContain(r => r.Unit.Name == "融媒体中心");
    }

    // Section 四 holds tasks 29-39: completed 31, not started 38, the other 9 in progress; due soon 30, 32, 35, 38.
    // Section 六 holds tasks 44-52: completed 48, not started 49, 7 in progress; 持续推进 44, 45, 46, 47, 52.
    [Fact]
    public void The_section_rows_match_the_hand_count()
    {
        var sections = At(FirstOctober).BySection;

        sections.Select(s => s.Totals.Tasks).Should().Equal(10, 9, 9, 11, 4, 9);
        var fourth = sections[3].Totals;
        (fourth.Completed, fourth.NotStarted, fourth.InProgress, fourth.DueSoon).Should().Be((1, 1, 9, 4));
        var sixth = sections[5].Totals;
        (sixth.Completed, sixth.NotStarted, sixth.InProgress, sixth.Ongoing).Should().Be((1, 1, 7, 5));
    }

    [Fact]
    public void A_later_report_completing_30_shows_what_changed_since_September()
    {
        var october = new ProgressReport(new LocalDate(2021, 10, 31))
        {
            Entries = Report.Entries.Select(e => e.Task.Value == 30 ? ProgressEntry.FromText(e.Task, "已完成") : e).ToList(),
        };
        var history = new ProgressHistory(new[] { Report, october });

        var summary = PlanCompliance.Summarize(Plan, history, ChinaCalendar.Default, new LocalDate(2021, 11, 1));

        summary.Changes!.Since.Should().Be(new LocalDate(2021, 9, 30));
        Numbers(summary.Changes.BecameCompleted).Should().Equal(30);
        Numbers(summary.Changes.SlippedToOverdue).Should().Equal(32, 35, 38);
        summary.Overdue.Select(t => (t.Number.Value, t.DaysOverdue)).Should().Equal((32, 1), (35, 1), (38, 1));
        // Completed between the September report (not completed) and the October one: all of it on or before 10-31.
        summary.Tasks.Single(t => t.Number.Value == 30).Standing.Should().Be(ComplianceStanding.CompletedOnTime);
    }
}
