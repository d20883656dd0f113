using System.Linq;
using FluentAssertions;
using FluentValidation;
using FluentValidation.TestHelper;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT10xx: sections 一、二、…, subsections (一)(二)… and task numbers, with FluentValidation's test helpers.</summary>
public sealed class NumberingRulesTests
{
    private static readonly WorkPlanValidator Validator = new();

    [Fact]
    public void A_clean_plan_only_says_how_its_tasks_are_numbered()
    {
        var report = Validate(Clean());

        report.Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
        report.TaskNumbering.Should().Be(TaskNumberingScheme.ThroughPlan);
        report.Findings[0].MessageEn().Should().Be("Tasks are numbered through the whole plan (4 tasks).");
    }

    [Fact]
    public void A_gap_in_the_section_numbers_is_an_error_at_the_section_after_it()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1))), S(3, "乙", U(1, "子乙", T(2))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[1].Number")
            .WithErrorCode(DiagnosticCodes.SectionNumberOutOfSequence).WithSeverity(Severity.Error)
            .WithErrorMessage("The section number 三、 (3) is out of sequence: 二、 (2) was expected.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Sections_must_start_at_one()
    {
        var plan = Plan(S(2, "甲", U(1, "子甲", T(1))), S(3, "乙", U(1, "子乙", T(2))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Number")
            .WithErrorCode(DiagnosticCodes.SectionNumberOutOfSequence);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Consecutive_sections_and_subsections_pass()
    {
        var result = Validator.TestValidate(Clean());

        result.ShouldNotHaveValidationErrorFor("Sections[1].Number");
        result.Errors.Should().NotContain(e => e.ErrorCode == DiagnosticCodes.SectionNumberOutOfSequence || e.ErrorCode == DiagnosticCodes.SubsectionNumberOutOfSequence);
    }

    [Fact]
    public void A_gap_in_the_subsection_numbers_of_a_section_is_an_error()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1)), U(3, "子乙", T(2))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[1].Number")
            .WithErrorCode(DiagnosticCodes.SubsectionNumberOutOfSequence).WithSeverity(Severity.Error)
            .WithErrorMessage("The subsection number （三） (3) in section 一 is out of sequence: （二） (2) was expected.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Subsections_restart_at_one_in_each_section()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1)), U(2, "子乙", T(2))), S(2, "乙", U(2, "子丙", T(3))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[1].Subsections[0].Number")
            .WithErrorCode(DiagnosticCodes.SubsectionNumberOutOfSequence);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_gap_in_the_task_numbers_is_an_error_at_the_task_after_it()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1), T(2), T(4))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[0].Tasks[2].Number")
            .WithErrorCode(DiagnosticCodes.TaskNumberOutOfSequence).WithSeverity(Severity.Error)
            .WithErrorMessage("The task number \"4\" is out of sequence: 3 was expected.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Tasks_must_start_at_one()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(2), T(3))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[0].Tasks[0].Number")
            .WithErrorCode(DiagnosticCodes.TaskNumberOutOfSequence);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_repeated_task_number_is_one_error_not_two()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1), T(2)), U(2, "子乙", T(2), T(3))));

        var result = Validator.TestValidate(plan);

        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[1].Tasks[0].Number")
            .WithErrorCode(DiagnosticCodes.TaskNumberRepeated).WithSeverity(Severity.Error)
            .WithErrorMessage("The task number \"2\" is used twice: an earlier task in the plan is numbered \"2\".");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Numbering_through_the_plan_is_detected_and_judged_as_such()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1), T(2))), S(2, "乙", U(1, "子乙", T(3), T(4))));

        var report = Validate(plan);

        report.TaskNumbering.Should().Be(TaskNumberingScheme.ThroughPlan);
        report.Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
    }

    [Fact]
    public void Numbering_that_restarts_in_each_section_is_detected_and_judged_as_such()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1), T(2))), S(2, "乙", U(1, "子乙", T(1), T(2), T(3))));

        var report = Validate(plan);

        report.TaskNumbering.Should().Be(TaskNumberingScheme.RestartingPerSection);
        report.Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
        report.Findings[0].MessageEn().Should().Be("Task numbers restart at 1 in each section (5 tasks).");
        report.Findings[0].GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Be("任务编号在每一部分重新从 1 开始（共 5 项任务）。");
    }

    [Fact]
    public void Under_numbering_per_section_a_number_repeated_within_a_section_is_an_error()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1), T(2))), S(2, "乙", U(1, "子乙", T(1), T(2), T(2), T(3))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[1].Subsections[0].Tasks[2].Number")
            .WithErrorCode(DiagnosticCodes.TaskNumberRepeated)
            .WithErrorMessage("The task number \"2\" is used twice: an earlier task in the section is numbered \"2\".");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void The_same_subsection_ordinal_twice_with_different_titles_is_an_error_reported_once()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1)), U(2, "子乙", T(2)), U(2, "子丙", T(3)), U(3, "子丁", T(4))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[2].Number")
            .WithErrorCode(DiagnosticCodes.OrdinalRepeatedWithDifferentTitle).WithSeverity(Severity.Error)
            .WithErrorMessage("The subsection number （二） (2) is used twice with different titles: \"子乙\" and \"子丙\".");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void The_same_section_ordinal_twice_with_different_titles_is_an_error()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1))), S(2, "乙", U(1, "子乙", T(2))), S(2, "丙", U(1, "子丙", T(3))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[2].Number")
            .WithErrorCode(DiagnosticCodes.OrdinalRepeatedWithDifferentTitle);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_heading_repeated_with_its_title_is_a_warning_that_it_was_split()
    {
        var plan = Plan(S(1, "甲", U(1, "子甲", T(1)), U(2, "子乙", T(2)), U(2, "子乙", T(3))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[2]")
            .WithErrorCode(DiagnosticCodes.HeadingRepeated).WithSeverity(Severity.Warning);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Two_subsections_with_one_title_are_a_warning_even_when_punctuation_and_width_differ()
    {
        var plan = Plan(S(1, "甲", U(1, "做好财政信息公开。", T(1)), U(2, "做好财政信息公开", T(2)), U(3, "做好 财政信息公开．", T(3))));

        var result = Validator.TestValidate(plan);

        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[1].Title")
            .WithErrorCode(DiagnosticCodes.TitleRepeated).WithSeverity(Severity.Warning)
            .WithErrorMessage("The subsections （一） and （二） have the same title: \"做好财政信息公开\".");
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[2].Title").WithErrorCode(DiagnosticCodes.TitleRepeated);
        result.Errors.Where(e => e.ErrorCode != DiagnosticCodes.TaskNumberingDetected).Should().HaveCount(2);
    }

    [Fact]
    public void Two_sections_with_one_title_are_a_warning()
    {
        var plan = Plan(S(1, "强化信息公开", U(1, "子甲", T(1))), S(2, "强化信息公开", U(1, "子乙", T(2))));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[1].Title").WithErrorCode(DiagnosticCodes.TitleRepeated);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Subsections_of_different_sections_may_share_a_title()
    {
        var plan = Plan(S(1, "甲", U(1, "加强工作指导", T(1))), S(2, "乙", U(1, "加强工作指导", T(2))));

        Validator.TestValidate(plan).Errors.Should().NotContain(e => e.ErrorCode == DiagnosticCodes.TitleRepeated);
    }

    [Fact]
    public void Two_titled_tasks_with_one_title_are_a_warning_and_distinct_titles_pass()
    {
        var same = Plan(S(1, "甲", U(1, "子甲", T(1) with { Title = "加强市场规则标准公开。" }, T(2) with { Title = "加强市场规则标准公开" })));
        var distinct = Plan(S(1, "甲", U(1, "子甲", T(1) with { Title = "加强市场规则标准公开。" }, T(2) with { Title = "做好规划信息数据互联互通。" })));

        var result = Validator.TestValidate(same);
        result.ShouldHaveValidationErrorFor("Sections[0].Subsections[0].Tasks[1].Title")
            .WithErrorCode(DiagnosticCodes.TitleRepeated)
            .WithErrorMessage("The tasks \"1\" and \"2\" have the same title: \"加强市场规则标准公开\".");
        result.Others().Should().ContainSingle();
        Validator.TestValidate(distinct).Errors.Should().NotContain(e => e.ErrorCode == DiagnosticCodes.TitleRepeated);
    }

    [Fact]
    public void Tasks_placed_directly_under_sections_are_numbered_with_the_others()
    {
        var plan = Plan(SectionWithTasks(1, "甲", T(1), T(2)), SectionWithTasks(2, "乙", T(3), T(5)));

        var result = Validator.TestValidate(plan);
        result.ShouldHaveValidationErrorFor("Sections[1].Tasks[1].Number")
            .WithErrorCode(DiagnosticCodes.TaskNumberOutOfSequence);
        result.Others().Should().ContainSingle();
    }
}
