using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using FluentValidation.Results;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The edges of mapping failures to findings and reports (codes left blank, no path, a task known to the validator),
/// the numbering scheme in JSON, and the progress rules' edges (texts that disagree, reports of one date, a
/// reversal reported once).
/// </summary>
public sealed class FindingMappingEdgeTests
{
    private static readonly LocalDate September = new(2021, 9, 30);

    private static ProgressEntry Entry(int task, ProgressStatus status, string text) => new(new TaskNumber(task), status, text);

    /// <summary>A failure of the entry validator: GT1405 about task 7, at <c>Status</c>.</summary>
    private static ValidationFailure UnknownStatusOfTask7() =>
        new ProgressEntryValidator().Validate(Entry(7, ProgressStatus.Unknown, string.Empty)).Errors.Single();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_failure_whose_code_was_blanked_keeps_the_findings_code(string? code)
    {
        var failure = UnknownStatusOfTask7();
        failure.ErrorCode = code;

        ValidationFinding.FromFailure(failure).Code.Should().Be(DiagnosticCodes.ProgressStatusUnknown);
    }

    [Fact]
    public void A_failure_whose_code_was_changed_keeps_the_change()
    {
        var failure = UnknownStatusOfTask7();
        failure.ErrorCode = "X0001";

        ValidationFinding.FromFailure(failure).Code.Should().Be("X0001");
    }

    [Fact]
    public void A_failure_without_a_path_maps_to_the_empty_path()
    {
        var failure = UnknownStatusOfTask7();
        failure.PropertyName = null;

        var finding = ValidationFinding.FromFailure(failure, Clean());

        finding.Path.Should().BeEmpty();
        finding.Task.Should().Be(new TaskNumber(7));
        new ValidationFinding(new Diagnostic(DiagnosticCodes.TaskUnassigned, DiagnosticSeverity.Warning, "无", "none")).Path.Should().BeEmpty();
    }

    [Fact]
    public void The_task_the_validator_knows_wins_over_the_task_of_the_path()
    {
        var failure = UnknownStatusOfTask7();
        failure.PropertyName = "Sections[0].Subsections[0].Tasks[1]";

        ValidationFinding.FromFailure(failure, Clean()).Task.Should().Be(new TaskNumber(7));
    }

    [Fact]
    public void A_foreign_failure_is_refused_with_a_message_that_says_why()
    {
        FluentActions.Invoking(() => ValidationFinding.FromFailure(new ValidationFailure("Name", "must not be empty")))
            .Should().Throw<ArgumentException>()
            .WithMessage("The failure was not produced by the GovTransparency.Domain validators: its CustomState carries no finding.*");
        FluentActions.Invoking(() => ValidationReport.FromResult(null!)).Should().Throw<ArgumentNullException>().WithParameterName("result");
    }

    [Fact]
    public void Json_names_every_numbering_scheme()
    {
        var perSection = Plan(SectionWithTasks(1, "甲", T(1), T(2)), SectionWithTasks(2, "乙", T(1)));

        static string Scheme(ValidationReport report) => JsonDocument.Parse(report.ToJson()).RootElement.GetProperty("taskNumbering").GetString()!;

        Scheme(Validate(perSection)).Should().Be("restartingPerSection");
        Scheme(ValidationReport.FromResult(new WorkPlanValidator().Validate(perSection))).Should().Be("unknown");
    }

    [Fact]
    public void Two_entries_of_one_status_with_different_texts_disagree()
    {
        var findings = PlanValidator.Default.Validate(Clean(), new[]
        {
            new ProgressReport(September) { Entries = new[] { Entry(2, ProgressStatus.InProgress, "正在进行"), Entry(2, ProgressStatus.InProgress, "推进中") } },
        }).Findings.Where(f => f.Path.StartsWith("Reports", StringComparison.Ordinal)).ToArray();

        findings.Select(f => (f.Code, f.Severity, f.Path)).Should().Equal((DiagnosticCodes.ProgressTaskRepeated, DiagnosticSeverity.Error, "Reports[0].Entries[1].Task"));
        findings[0].MessageEn().Should().Be("The report has a second entry for task \"2\", which disagrees with the first.");
    }

    [Fact]
    public void Reports_of_one_date_do_not_reverse_each_other_and_a_reversal_is_reported_once()
    {
        var sameDay = PlanValidator.Default.Validate(Clean(), new[]
        {
            new ProgressReport(September) { Entries = new[] { Entry(3, ProgressStatus.Completed, "已完成") } },
            new ProgressReport(September) { Entries = new[] { Entry(3, ProgressStatus.InProgress, "正在进行") } },
        });
        var threeMonths = PlanValidator.Default.Validate(Clean(), new[]
        {
            new ProgressReport(September) { Entries = new[] { Entry(3, ProgressStatus.Completed, "已完成") } },
            new ProgressReport(new LocalDate(2021, 10, 31)) { Entries = new[] { Entry(3, ProgressStatus.InProgress, "正在进行") } },
            new ProgressReport(new LocalDate(2021, 11, 30)) { Entries = new[] { Entry(3, ProgressStatus.NotStarted, "暂未开展") } },
        });

        sameDay.WithCode(DiagnosticCodes.ProgressCompletionReversed).Should().BeEmpty();
        threeMonths.WithCode(DiagnosticCodes.ProgressCompletionReversed).Select(f => f.Path).Should().Equal("Reports[1].Entries[0].Status");
    }
}
