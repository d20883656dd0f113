using System.Linq;
using FluentAssertions;
using FluentValidation;
using FluentValidation.TestHelper;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT14xx: progress reports against the clean plan (tasks 1–4, 2021).</summary>
public sealed class ProgressRulesTests
{
    private static readonly LocalDate September = new(2021, 9, 30);
    private static readonly LocalDate October = new(2021, 10, 31);

    private static ProgressReport Report(LocalDate asOf, params ProgressEntry[] entries) => new(asOf) { Entries = entries };

    private static ProgressEntry Entry(int task, ProgressStatus status, string text = "") => new(new TaskNumber(task), status, text);

    private static ValidationReport Check(params ProgressReport[] reports) => PlanValidator.Default.Validate(Clean(), reports);

    private static ValidationFinding[] Progress(ValidationReport report) =>
        report.Findings.Where(f => f.Path.StartsWith("Reports")).ToArray();

    [Fact]
    public void A_report_that_matches_the_plan_passes()
    {
        var report = Check(Report(September, Entry(1, ProgressStatus.Completed, "已完成"), Entry(2, ProgressStatus.InProgress, "正在进行")));

        Progress(report).Should().BeEmpty();
        report.Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
    }

    [Fact]
    public void An_entry_for_a_task_the_plan_does_not_have_is_an_error()
    {
        var finding = Progress(Check(Report(September, Entry(1, ProgressStatus.InProgress), Entry(53, ProgressStatus.InProgress)))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressTaskUnknown);
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
        finding.Path.Should().Be("Reports[0].Entries[1].Task");
        finding.Task.Should().Be(new TaskNumber(53));
        finding.MessageEn().Should().Be("The progress entry is for task \"53\", which the plan does not have.");
    }

    [Fact]
    public void Two_identical_entries_for_one_task_are_a_warning()
    {
        var finding = Progress(Check(Report(September, Entry(2, ProgressStatus.InProgress, "正在进行"), Entry(2, ProgressStatus.InProgress, "正在进行")))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressTaskRepeated);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Path.Should().Be("Reports[0].Entries[1].Task");
    }

    [Fact]
    public void Two_entries_for_one_task_that_disagree_are_an_error()
    {
        var finding = Progress(Check(Report(September, Entry(2, ProgressStatus.InProgress, "正在进行"), Entry(2, ProgressStatus.Completed, "已完成")))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressTaskRepeated);
        finding.Severity.Should().Be(DiagnosticSeverity.Error);
        finding.MessageEn().Should().Be("The report has a second entry for task \"2\", which disagrees with the first.");
    }

    [Theory]
    [InlineData(2020, 12, 31)]
    [InlineData(2023, 1, 31)]
    public void A_report_dated_outside_the_plan_year_and_the_next_is_a_warning(int year, int month, int day)
    {
        var finding = Progress(Check(Report(new LocalDate(year, month, day), Entry(1, ProgressStatus.InProgress, "正在进行")))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressReportDateOutsidePlan);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Path.Should().Be("Reports[0].AsOf");
    }

    [Theory]
    [InlineData(2021, 1, 31)]
    [InlineData(2022, 12, 31)] // a report on last year's plan, late in the following year
    public void A_report_dated_in_the_plan_year_or_the_next_passes(int year, int month, int day)
    {
        Progress(Check(Report(new LocalDate(year, month, day), Entry(1, ProgressStatus.InProgress, "正在进行")))).Should().BeEmpty();
    }

    [Fact]
    public void A_task_completed_in_one_report_and_unfinished_in_a_later_one_is_a_warning()
    {
        var finding = Progress(Check(
            Report(September, Entry(3, ProgressStatus.Completed, "已完成")),
            Report(October, Entry(3, ProgressStatus.InProgress, "正在进行")))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressCompletionReversed);
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Path.Should().Be("Reports[1].Entries[0].Status");
        finding.Task.Should().Be(new TaskNumber(3));
        finding.MessageEn().Should().Be("Task \"3\" was reported completed as of 2021-09-30 but in progress as of 2021-10-31.");
        finding.Diagnostic.MessageZh.Should().Be("任务「3」在截至 2021年9月30日 的进展情况中已完成，截至 2021年10月31日 却报为正在推进。");
    }

    [Fact]
    public void Reports_are_compared_by_date_not_by_the_order_given()
    {
        var backwards = Progress(Check(
            Report(October, Entry(3, ProgressStatus.NotStarted, "暂未开展")),
            Report(September, Entry(3, ProgressStatus.Completed, "已完成"))));
        var forwards = Progress(Check(
            Report(October, Entry(3, ProgressStatus.Completed, "已完成")),
            Report(September, Entry(3, ProgressStatus.InProgress, "正在进行"))));

        backwards.Should().ContainSingle().Which.Path.Should().Be("Reports[0].Entries[0].Status");
        forwards.Should().BeEmpty("the task was in progress in September and completed in October");
    }

    [Fact]
    public void A_task_that_stays_completed_or_whose_status_is_unknown_later_passes()
    {
        Progress(Check(
            Report(September, Entry(3, ProgressStatus.Completed, "已完成")),
            Report(October, Entry(3, ProgressStatus.Completed, "已完成")))).Should().BeEmpty();
        Progress(Check(
            Report(September, Entry(3, ProgressStatus.Completed, "已完成")),
            Report(October, Entry(4, ProgressStatus.InProgress, "正在进行")))).Should().BeEmpty("October does not report on task 3");
    }

    [Fact]
    public void A_status_that_could_not_be_understood_is_worth_knowing()
    {
        var finding = Progress(Check(Report(September, ProgressEntry.FromText(new TaskNumber(1), "见附件")))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(DiagnosticCodes.ProgressStatusUnknown);
        finding.Severity.Should().Be(DiagnosticSeverity.Info);
        finding.Path.Should().Be("Reports[0].Entries[0].Status");
        finding.Subject.Should().Be("见附件");
        finding.MessageEn().Should().Be("The task's status could not be understood from the progress text \"见附件\".");
    }

    [Theory]
    [InlineData("已完成")]
    [InlineData("发布图表图解11")]
    [InlineData("暂未开展")]
    public void Statuses_read_from_seed_000s_texts_pass(string text)
    {
        new ProgressEntryValidator().TestValidate(ProgressEntry.FromText(new TaskNumber(1), text)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void The_entry_validator_on_its_own_checks_the_status()
    {
        new ProgressEntryValidator().TestValidate(Entry(1, ProgressStatus.Unknown))
            .ShouldHaveValidationErrorFor(e => e.Status).WithErrorCode(DiagnosticCodes.ProgressStatusUnknown).WithSeverity(Severity.Info)
            .WithErrorMessage("The progress entry is empty; the task's status is unknown.").Only();
    }

    [Fact]
    public void A_report_naming_another_plan_is_a_warning()
    {
        var plan = Clean() with { DocumentNumber = new DocumentNumber("某政办", 2021, 12) };
        var report = new ProgressReport(September) { PlanDocumentNumber = new DocumentNumber("某政办", 2021, 13), Entries = new[] { Entry(1, ProgressStatus.InProgress, "正在进行") } };
        var same = report with { PlanDocumentNumber = plan.DocumentNumber };

        var finding = PlanValidator.Default.Validate(plan, new[] { report }).Findings.Should().ContainSingle(f => f.Path.StartsWith("Reports")).Subject;
        finding.Code.Should().Be(DiagnosticCodes.ProgressReportForOtherPlan);
        finding.Path.Should().Be("Reports[0].PlanDocumentNumber");
        PlanValidator.Default.Validate(plan, new[] { same }).Findings.Should().NotContain(f => f.Path.StartsWith("Reports"));
    }
}
