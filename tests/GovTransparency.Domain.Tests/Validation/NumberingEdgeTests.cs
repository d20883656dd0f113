using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The edges of GT1003, GT1004 and GT1007: which earlier task a repeated number names (in the plan or in the
/// section, as written), titles compared per section, titles that are only punctuation, and the largest number.
/// </summary>
public sealed class NumberingEdgeTests
{
    private static WorkTask Numbered(int value, string text) => T(value) with { Number = new TaskNumber(value, text) };

    [Fact]
    public void A_number_repeated_in_a_later_section_names_the_first_task_of_the_plan_as_written()
    {
        // 一: 1, ２ (full width); 二: 2, 3. Through the plan (one break each way, a tie), the 2 of 二 repeats ２.
        var plan = Plan(SectionWithTasks(1, "甲", T(1), Numbered(2, "２")), SectionWithTasks(2, "乙", T(2), T(3)));

        var report = Validate(plan);

        report.TaskNumbering.Should().Be(TaskNumberingScheme.ThroughPlan);
        report.Triples().Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"),
            (DiagnosticCodes.TaskNumberRepeated, DiagnosticSeverity.Error, "Sections[1].Tasks[0].Number"));
        report.WithCode(DiagnosticCodes.TaskNumberRepeated).Single().MessageEn().Should().Be(
            "The task number \"2\" is used twice: an earlier task in the plan is numbered \"２\".");
    }

    [Fact]
    public void A_number_repeated_within_a_section_names_the_first_task_of_that_section()
    {
        // 一: 1, 2, ３ (full width); 二: 1, 2, 3, 3. Restarting per section (1 break against 2); the second 3 of 二
        // repeats the 3 of 二, not the ３ of 一.
        var plan = Plan(
            SectionWithTasks(1, "甲", T(1), T(2), Numbered(3, "３")),
            SectionWithTasks(2, "乙", T(1), T(2), T(3), T(3)));

        var report = Validate(plan);

        report.TaskNumbering.Should().Be(TaskNumberingScheme.RestartingPerSection);
        report.Triples().Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"),
            (DiagnosticCodes.TaskNumberRepeated, DiagnosticSeverity.Error, "Sections[1].Tasks[3].Number"));
        report.WithCode(DiagnosticCodes.TaskNumberRepeated).Single().MessageEn().Should().Be(
            "The task number \"3\" is used twice: an earlier task in the section is numbered \"3\".");
    }

    [Fact]
    public void Under_numbering_per_section_titles_are_compared_within_a_section()
    {
        // 一: 1 甲, 2 乙; 二: 1 乙, 2 乙. Only the second 乙 of 二 repeats a title of its own section.
        var plan = Plan(
            SectionWithTasks(1, "甲", T(1) with { Title = "甲" }, T(2) with { Title = "乙" }),
            SectionWithTasks(2, "乙", T(1) with { Title = "乙" }, T(2) with { Title = "乙。" }));

        Validate(plan).Triples().Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"),
            (DiagnosticCodes.TitleRepeated, DiagnosticSeverity.Warning, "Sections[1].Tasks[1].Title"));
    }

    [Fact]
    public void Titles_that_are_only_punctuation_or_spaces_are_not_compared()
    {
        var tasks = WithFirstTask(t => t with { Title = "。" });
        var sections = tasks.Sections.ToArray();
        sections[1] = S(2, "…", U(1, "持续加强重大政策发布解读。", T(4) with { Title = " " }));
        var plan = tasks with { Sections = sections };
        var sectionTitles = Plan(SectionWithTasks(1, "。", T(1)), SectionWithTasks(2, "、…", T(2)));

        Validate(plan).Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
        Validate(sectionTitles).Triples().Should().Equal((DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"));
    }

    [Fact]
    public void The_largest_task_number_is_checked_like_any_other()
    {
        var plan = Plan(SectionWithTasks(1, "甲", T(1), T(TaskNumber.MaxValue)));

        var report = Validate(plan);

        report.Triples().Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"),
            (DiagnosticCodes.TaskNumberOutOfSequence, DiagnosticSeverity.Error, "Sections[0].Tasks[1].Number"));
        report.Findings[1].Task.Should().Be(new TaskNumber(99_999));
    }
}
