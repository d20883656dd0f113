using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The rules wired up in the validators' constructors, checked with validators built inside each test (the shared
/// <see cref="PlanValidator.Default"/> is built once per process): every level of the model, every deadline kind
/// and every progress rule reports what it should, and the settings reach every level.
/// </summary>
public sealed class FreshValidatorTests
{
    private static ValidationReport ValidateFresh(WorkPlan plan, params ProgressReport[] reports) =>
        new PlanValidator(new ValidationSettings()).Validate(plan, reports);

    private static (string Code, DiagnosticSeverity Severity, string Path)[] OthersThanNumbering(ValidationReport report) =>
        report.Triples().Where(t => t.Code != DiagnosticCodes.TaskNumberingDetected).ToArray();

    public static TheoryData<string, DeadlineRule, string, DiagnosticSeverity, string> DeadlineKinds => new()
    {
        // The clean plan is of 2021 and issued on 2021-04-25.
        { "year end of 2011", new DeadlineRule.ByYearEnd(RuleYear.Of(2011)), DiagnosticCodes.DeadlineYearDiffers, DiagnosticSeverity.Warning, ".Deadline" },
        { "end of March", MonthEnd(3), DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, ".Deadline" },
        { "1 April", new DeadlineRule.ByDate(RuleYear.PlanYear, 4, 1), DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, ".Deadline" },
        { "end of Q1", new DeadlineRule.ByPeriodEnd(RuleYear.PlanYear, YearPeriod.FirstQuarter), DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, ".Deadline" },
        { "mid April (20th)", new DeadlineRule.ByTenDayPeriodEnd(RuleYear.PlanYear, 4, TenDayPeriod.Middle), DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, ".Deadline" },
        { "February to March", new DeadlineRule.Spanning(MonthEnd(2), MonthEnd(3)), DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, ".Deadline" },
        { "20 days after approval", new DeadlineRule.Relative(RelativeEvent.Approved, 20, PeriodUnit.Days), DiagnosticCodes.RelativeEventUnknown, DiagnosticSeverity.Info, ".Deadline" },
        { "October then July", Steps(MonthEnd(10), MonthEnd(7)), DiagnosticCodes.MilestonesOutOfOrder, DiagnosticSeverity.Error, ".Deadline.Steps[1]" },
        { "none", new DeadlineRule.Unspecified(), DiagnosticCodes.DeadlineUnspecified, DiagnosticSeverity.Info, ".Deadline" },
        { "另行通知", new DeadlineRule.Unrecognized("另行通知"), DiagnosticCodes.DeadlineUnrecognized, DiagnosticSeverity.Warning, ".Deadline" },
    };

    [Theory]
    [MemberData(nameof(DeadlineKinds))]
    public void A_new_validator_checks_every_kind_of_deadline(string name, DeadlineRule rule, string code, DiagnosticSeverity severity, string path)
    {
        OthersThanNumbering(ValidateFresh(WithFirstTask(t => t.Due(rule))))
            .Should().Equal(new[] { (code, severity, FirstTask + path) }, name);
    }

    [Fact]
    public void A_new_validator_checks_every_level_of_the_plan()
    {
        // 一 (empty title) holds task 1 directly, with an empty requirement;
        // 三 (a gap: 2 expected) holds (二) (a gap: (一) expected) with task 2 led by a collective, and (三) with no
        // title and no tasks; 四 has nothing at all.
        var plan = Plan(
            SectionWithTasks(1, string.Empty, T(1, string.Empty)),
            S(3, "乙", U(2, "子乙", T(2).WithUnits(Lead("区政府各部门"), Responsible("各乡镇街"))), U(3, string.Empty)),
            S(4, "丙")) with
        {
            WrittenOn = new LocalDate(2021, 4, 20),
            PublishedOn = new LocalDate(2021, 4, 10),
        };

        OthersThanNumbering(ValidateFresh(plan)).Should().BeEquivalentTo(new[]
        {
            (DiagnosticCodes.PublishedBeforeWritten, DiagnosticSeverity.Error, "PublishedOn"),
            (DiagnosticCodes.SectionNumberOutOfSequence, DiagnosticSeverity.Error, "Sections[1].Number"),
            (DiagnosticCodes.HeadingTitleEmpty, DiagnosticSeverity.Warning, "Sections[0].Title"),
            (DiagnosticCodes.RequirementEmpty, DiagnosticSeverity.Error, "Sections[0].Tasks[0].Requirement"),
            (DiagnosticCodes.SubsectionNumberOutOfSequence, DiagnosticSeverity.Error, "Sections[1].Subsections[0].Number"),
            (DiagnosticCodes.LeadUnitNotSpecific, DiagnosticSeverity.Info, "Sections[1].Subsections[0].Tasks[0].Assignments[0].Unit"),
            (DiagnosticCodes.HeadingTitleEmpty, DiagnosticSeverity.Warning, "Sections[1].Subsections[1].Title"),
            (DiagnosticCodes.HeadingWithoutTasks, DiagnosticSeverity.Warning, "Sections[1].Subsections[1].Tasks"),
            (DiagnosticCodes.HeadingWithoutTasks, DiagnosticSeverity.Warning, "Sections[2].Tasks"),
        });
    }

    [Fact]
    public void A_new_validator_checks_every_progress_rule()
    {
        var plan = Clean() with { DocumentNumber = new DocumentNumber("某政办", 2021, 12) };
        var september = new ProgressReport(new LocalDate(2021, 9, 30))
        {
            Entries = new[]
            {
                new ProgressEntry(new TaskNumber(1), ProgressStatus.Completed, "已完成"),
                new ProgressEntry(new TaskNumber(53), ProgressStatus.InProgress, "正在进行"),
                new ProgressEntry(new TaskNumber(2), ProgressStatus.InProgress, "正在进行"),
                new ProgressEntry(new TaskNumber(2), ProgressStatus.InProgress, "正在进行"),
            },
        };
        var october = new ProgressReport(new LocalDate(2021, 10, 31)) { Entries = new[] { new ProgressEntry(new TaskNumber(1), ProgressStatus.InProgress, "正在进行") } };
        var stray = new ProgressReport(new LocalDate(2023, 1, 31))
        {
            PlanDocumentNumber = new DocumentNumber("某政办", 2021, 13),
            Entries = new[] { new ProgressEntry(new TaskNumber(3), ProgressStatus.InProgress, "正在进行") },
        };

        OthersThanNumbering(ValidateFresh(plan, september, october, stray)).Should().BeEquivalentTo(new[]
        {
            (DiagnosticCodes.ProgressTaskUnknown, DiagnosticSeverity.Error, "Reports[0].Entries[1].Task"),
            (DiagnosticCodes.ProgressTaskRepeated, DiagnosticSeverity.Warning, "Reports[0].Entries[3].Task"),
            (DiagnosticCodes.ProgressCompletionReversed, DiagnosticSeverity.Warning, "Reports[1].Entries[0].Status"),
            (DiagnosticCodes.ProgressReportDateOutsidePlan, DiagnosticSeverity.Warning, "Reports[2].AsOf"),
            (DiagnosticCodes.ProgressReportForOtherPlan, DiagnosticSeverity.Warning, "Reports[2].PlanDocumentNumber"),
        });
    }

    [Fact]
    public void New_default_settings_look_for_similar_unit_names()
    {
        // Task 1 is led by 县市监局, task 4 (in 二) by 县市场监管局: once each, so the shorter is the variant.
        new ValidationSettings().DetectSimilarUnitNames.Should().BeTrue();
        var plan = Plan(
            S(1, "甲", U(1, "子甲", T(1).WithUnits(Lead("县市监局")), T(2), T(3))),
            S(2, "乙", U(1, "子乙", T(4).WithUnits(Lead("县市场监管局")))));

        OthersThanNumbering(ValidateFresh(plan)).Should().Equal(
            (DiagnosticCodes.UnitNamesSimilar, DiagnosticSeverity.Warning, "Sections[0].Subsections[0].Tasks[0].Assignments[0]"));
    }

    [Fact]
    public void The_unit_directory_reaches_the_tasks_of_sections_and_subsections()
    {
        var directory = UnitDirectory.Empty.WithUnit("区政府办公室", "区府办");
        var settings = new ValidationSettings { Units = directory, DetectSimilarUnitNames = false };
        var task = T(1).WithUnits(Lead("区府办"), Responsible("区政府办公室"));

        new PlanValidator(settings).Validate(Plan(SectionWithTasks(1, "甲", task))).Triples()
            .Should().Contain((DiagnosticCodes.UnitBothLeadAndResponsible, DiagnosticSeverity.Warning, "Sections[0].Tasks[0].Assignments[1]"));
        new SectionValidator(settings).Validate(new Section(new ChineseOrdinal(1), "甲") { Tasks = new[] { task } }).Errors
            .Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal((DiagnosticCodes.UnitBothLeadAndResponsible, "Tasks[0].Assignments[1]"));
        new SubsectionValidator(settings).Validate(new Subsection(new ChineseOrdinal(1), "子甲") { Tasks = new[] { task } }).Errors
            .Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal((DiagnosticCodes.UnitBothLeadAndResponsible, "Tasks[0].Assignments[1]"));
        new SectionValidator(settings).Settings.Should().BeSameAs(settings);
        new SubsectionValidator(settings).Settings.Should().BeSameAs(settings);
        new SubsectionValidator().Settings.Should().BeSameAs(ValidationSettings.Default);
    }
}
