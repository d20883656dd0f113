using System;
using System.Linq;
using FluentAssertions;
using FluentValidation;
using FluentValidation.TestHelper;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT11xx: requirement texts, who leads and carries out a task, unit names, empty headings.</summary>
public sealed class ContentRulesTests
{
    private static readonly WorkPlanValidator Validator = new();
    private static readonly WorkTaskValidator TaskValidator = new();

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void An_empty_requirement_is_an_error(string requirement)
    {
        var result = TaskValidator.TestValidate(T(1, requirement));

        result.ShouldHaveValidationErrorFor(t => t.Requirement)
            .WithErrorCode(DiagnosticCodes.RequirementEmpty).WithSeverity(Severity.Error)
            .WithErrorMessage("The task's requirement text is empty.")
            .Only();
    }

    [Fact]
    public void An_empty_requirement_under_a_title_is_a_warning()
    {
        TaskValidator.TestValidate(T(1, string.Empty) with { Title = "加强市场规则标准公开。" })
            .ShouldHaveValidationErrorFor(t => t.Requirement)
            .WithErrorCode(DiagnosticCodes.RequirementEmpty).WithSeverity(Severity.Warning).Only();
    }

    [Fact]
    public void A_requirement_with_text_passes()
    {
        TaskValidator.TestValidate(T(1, "主动公开全国统一的市场准入负面清单并根据调整情况及时更新。")).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_task_nobody_leads_or_carries_out_is_a_warning()
    {
        var none = TaskValidator.TestValidate(T(1).WithUnits());
        var onlyCooperating = TaskValidator.TestValidate(T(1).WithUnits(Cooperating("各科室")));

        none.ShouldHaveValidationErrorFor(t => t.Assignments)
            .WithErrorCode(DiagnosticCodes.TaskUnassigned).WithSeverity(Severity.Warning)
            .WithErrorMessage("The task names no lead unit (牵头) and no responsible unit (负责).").Only();
        onlyCooperating.ShouldHaveValidationErrorFor(t => t.Assignments).WithErrorCode(DiagnosticCodes.TaskUnassigned).Only();
    }

    [Fact]
    public void A_task_with_a_lead_only_or_responsible_units_only_passes()
    {
        // Seed 000, task 11: 区政府各部门,各乡镇街负责落实 (no lead); seed 004: 市大数据委 leads alone.
        TaskValidator.TestValidate(T(1).WithUnits(Responsible("区政府各部门"), Responsible("各乡镇街"))).ShouldNotHaveAnyValidationErrors();
        TaskValidator.TestValidate(T(1).WithUnits(Lead("市大数据委"))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_unit_both_lead_and_responsible_on_one_task_is_a_warning()
    {
        var result = TaskValidator.TestValidate(T(1).WithUnits(Lead("区财政局"), Responsible("各乡镇街"), Responsible("区 财政局")));

        result.ShouldHaveValidationErrorFor("Assignments[2]")
            .WithErrorCode(DiagnosticCodes.UnitBothLeadAndResponsible).WithSeverity(Severity.Warning)
            .WithErrorMessage("\"区 财政局\" is named responsible (负责) on a task it also leads (牵头) as \"区财政局\".")
            .Only();
    }

    [Fact]
    public void A_unit_both_lead_and_responsible_is_found_through_the_directorys_aliases()
    {
        var directory = UnitDirectory.Empty.WithUnit("县市场监督管理局", "县市监局", "县市场监管局");
        var task = T(1).WithUnits(Lead("县市监局"), Responsible("县市场监管局"));

        new WorkTaskValidator(new ValidationSettings { Units = directory }).TestValidate(task)
            .ShouldHaveValidationErrorFor("Assignments[1]").WithErrorCode(DiagnosticCodes.UnitBothLeadAndResponsible).Only();
        TaskValidator.TestValidate(task).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_lead_that_is_a_collective_or_an_open_ended_set_is_worth_knowing()
    {
        var result = TaskValidator.TestValidate(T(1).WithUnits(Lead("区财政局"), Lead("区政府各部门"), Lead("等有关部门"), Responsible("各乡镇街")));

        result.ShouldHaveValidationErrorFor("Assignments[1].Unit")
            .WithErrorCode(DiagnosticCodes.LeadUnitNotSpecific).WithSeverity(Severity.Info)
            .WithErrorMessage("The lead unit \"区政府各部门\" is a collective of bodies, not one body that answers for the task.");
        result.ShouldHaveValidationErrorFor("Assignments[2].Unit").WithErrorCode(DiagnosticCodes.LeadUnitNotSpecific);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void A_collective_carrying_out_a_task_is_normal()
    {
        TaskValidator.TestValidate(T(1).WithUnits(Lead("区财政局"), Responsible("区政府各部门"), Responsible("等有关部门")))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void The_assignment_validator_checks_one_assignment_on_its_own()
    {
        var validator = new AssignmentValidator();

        validator.TestValidate(Lead("各乡镇街")).ShouldHaveValidationErrorFor(a => a.Unit).WithErrorCode(DiagnosticCodes.LeadUnitNotSpecific);
        validator.TestValidate(Responsible("各乡镇街")).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(Lead("区财政局")).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_subsection_or_section_without_tasks_is_a_warning()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1)), U(2, "子乙")), S(2, "乙"), S(3, "丙", U(1, "子丙", T(2))));

        var result = Validator.TestValidate(plan);

        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[1].Tasks")
            .WithErrorCode(DiagnosticCodes.HeadingWithoutTasks).WithSeverity(Severity.Warning)
            .WithErrorMessage("The subsection （二） holds no task.");
        result.ShouldHaveValidationErrorFor("Sections[1].Tasks")
            .WithErrorCode(DiagnosticCodes.HeadingWithoutTasks).WithErrorMessage("The section 二、 holds no task.");
        result.Others().Should().HaveCount(2);
    }

    [Fact]
    public void A_section_of_tasks_without_subsections_is_not_empty()
    {
        Validator.TestValidate(Plan(SectionWithTasks(1, "甲", T(1)))).Others().Should().BeEmpty();
    }

    [Fact]
    public void A_heading_without_a_title_is_a_warning()
    {
        var plan = Plan(S(1, " ", U(1, "", T(1))));

        var result = Validator.TestValidate(plan);

        result.ShouldHaveValidationErrorFor("Sections[0].Title").WithErrorCode(DiagnosticCodes.HeadingTitleEmpty).WithSeverity(Severity.Warning);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[0].Title").WithErrorCode(DiagnosticCodes.HeadingTitleEmpty);
        result.Others().Should().HaveCount(2);
    }
}
