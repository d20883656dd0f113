using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The edges of the task rules: how GT1103 compares a lead's and a responsible unit's names (white space, width,
/// ASCII case, one name a prefix of the other), that it names one lead only, and GT1205 against milestones.
/// </summary>
public sealed class TaskRuleEdgeTests
{
    private static readonly WorkTaskValidator TaskValidator = new();

    [Theory]
    [InlineData("区 财政局", "区财政局", true)] // a space in the lead's name
    [InlineData("区财政局", "区 财政局", true)] // a space in the responsible unit's name
    [InlineData("区财政局 ", "区财政局", true)] // a trailing space
    [InlineData(" 区财政局", "区财政局", true)] // a leading space
    [InlineData("区财政", "区财政局", false)] // the lead's name is the start of the other
    [InlineData("区财政局", "区财政", false)] // the responsible unit's name is the start of the other
    [InlineData("区ＡＢＣ局", "区abc局", true)] // full width and upper case against ASCII lower case
    [InlineData("区abc局", "区ＡＢＣ局", true)]
    [InlineData("区！局", "区!局", true)] // U+FF01, the first full-width form
    [InlineData("区～局", "区~局", true)] // U+FF5E, the last full-width form folded
    [InlineData("区AZ局", "区az局", true)] // the first and last ASCII capitals
    [InlineData("区ａｚ局", "区AZ局", true)]
    [InlineData("区@局", "区`局", false)] // the characters either side of A–Z and a–z are not letters
    [InlineData("区[局", "区{局", false)]
    [InlineData("区财政局", "区教育局", false)]
    public void A_unit_is_both_lead_and_responsible_when_the_names_differ_only_in_spaces_width_and_case(string lead, string responsible, bool flagged)
    {
        var findings = TaskValidator.Validate(T(1).WithUnits(Lead(lead), Responsible(responsible))).Errors
            .Where(e => e.ErrorCode == DiagnosticCodes.UnitBothLeadAndResponsible)
            .Select(e => e.PropertyName);

        findings.Should().Equal(flagged ? new[] { "Assignments[1]" } : System.Array.Empty<string>());
    }

    [Fact]
    public void A_responsible_unit_that_matches_two_leads_is_reported_once_naming_the_first()
    {
        var result = TaskValidator.Validate(T(1).WithUnits(Lead("区财政局"), Lead("区 财政局"), Responsible("区财政局 ")));

        result.Errors.Select(e => (e.ErrorCode, e.PropertyName, e.ErrorMessage)).Should().Equal(
            (DiagnosticCodes.UnitBothLeadAndResponsible, "Assignments[2]", "\"区财政局 \" is named responsible (负责) on a task it also leads (牵头) as \"区财政局\"."));
    }

    [Fact]
    public void A_deadline_in_the_requirement_before_the_milestones_that_is_none_of_them_is_a_warning()
    {
        // Column: end of July, then end of October 2021. The text's 6月底前 (2021-06-30) is before 2021-10-31 and is no step.
        var plan = WithFirstTask(t => t.Due(Steps(MonthEnd(7), MonthEnd(10))) with { Requirement = "6月底前提出方案，10月底前完成提升工作。" });

        var finding = Validate(plan).WithCode(DiagnosticCodes.RequirementDeadlineEarlier).Should().ContainSingle().Subject;
        finding.Path.Should().Be(FirstTask + ".Requirement");
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.MessageEn().Should().Be("The requirement text sets the deadline \"6月底前\" (2021-06-30), earlier than the time-limit column's due date 2021-10-31.");
    }

    [Theory]
    [InlineData("做好年度报告", false)] // a date word, no marker
    [InlineData("摸清底数", false)] // a marker, no date word
    [InlineData("按月公开", false)]
    [InlineData("前期准备", false)]
    [InlineData("年底前", true)]
    [InlineData("10月底前", true)]
    public void Only_a_text_with_both_a_date_word_and_a_marker_is_scanned_for_deadlines(string requirement, bool scanned)
    {
        WorkTaskValidator.MayHoldFixedDeadline(requirement).Should().Be(scanned);
    }
}
