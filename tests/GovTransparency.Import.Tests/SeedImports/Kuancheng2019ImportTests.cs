using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Import.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests.SeedImports;

/// <summary>
/// Seed 001: 宽城区's 2019 implementation plan, prose with numbered paragraphs 1、2、 under (一) headings. Expected
/// values are written from reading the document (tests/Fixtures/seeds/001_7855857b27222a3b.txt).
/// </summary>
public class Kuancheng2019ImportTests
{
    private static readonly ImportResult Result = Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.Kuancheng2019);

    private static WorkPlan Plan => Result.Plan;

    [Fact]
    public void Is_read_as_prose_with_numbered_paragraphs()
    {
        Result.Layout.Should().Be(DocumentLayout.ProseNumberedParagraphs);
    }

    [Fact]
    public void Has_three_sections_and_17_tasks()
    {
        Plan.Sections.Select(s => s.Title).Should().Equal("总体要求", "重点工作任务", "工作要求");
        Plan.TaskCount.Should().Be(17);
    }

    [Fact]
    public void Numbered_paragraphs_are_the_tasks_of_their_subsection()
    {
        var tasks = Plan.Sections[1];

        tasks.Subsections.Select(u => u.Title).Should().Equal(
            "以公开为常态,深入推进政务运行全过程公开和重点领域信息公开。",
            "以便民利企为目标,努力提升政务服务工作实效。",
            "以互联网为依托,着力完善政务公开平台建设。",
            "强化制度建设,扎实做好政务公开基础保障工作。");
        tasks.Subsections.Select(u => u.Tasks.Select(t => t.Number.Value).ToArray()).Should().BeEquivalentTo(
            new[] { new[] { 1, 2, 3, 4 }, new[] { 5, 6, 7 }, new[] { 8, 9, 10 }, new[] { 11, 12, 13, 14 } },
            o => o.WithStrictOrdering());
        tasks.Tasks.Should().BeEmpty();
    }

    [Fact]
    public void Subsection_paragraphs_without_numbered_paragraphs_are_tasks_numbered_as_written()
    {
        var requirements = Plan.Sections[2];

        requirements.Subsections.Should().BeEmpty();
        requirements.Tasks.Select(t => t.Number.Text).Should().Equal("(一)", "(二)", "(三)");
        requirements.Tasks[0].Title.Should().Be("强化组织领导。");
        requirements.Tasks[0].Requirement.Should().StartWith("各街镇各部门要充分认识互联网环境下做好政务公开工作的重要意义");
        requirements.Tasks[1].Title.Should().BeNull("the paragraph is a single sentence");
        requirements.Tasks[1].Requirement.Should().Be("各街镇各部门要结合实际,制定本部门、本单位具体实施方案和落实措施,明确任务分工和责任单位、人员,认真抓好各项工作任务的落实。");
    }

    [Fact]
    public void A_task_s_short_first_sentence_is_its_title()
    {
        var task = Imported.Task(Plan, "3、");

        task.Number.Text.Should().Be("3、");
        task.Title.Should().Be("加强政策解读工作,落实政务公开新闻发布工作机制。");
        task.Requirement.Should().StartWith("加强政策解读工作。按照“谁起草、谁解读”的原则");
        task.Requirement.Should().EndWith("原则上新闻发言人或相关负责同志每年解读重要政策不少于1次。");
    }

    [Fact]
    public void A_relative_limit_inside_the_text_is_the_task_s_deadline()
    {
        // 「办事条件发生变化的事项，应在1个工作日内公开变更后的信息」
        var deadline = Imported.Task(Plan, "6、").Deadline.Should().BeOfType<DeadlineRule.Relative>().Subject;
        deadline.Amount.Should().Be(1);
        deadline.Unit.Should().Be(PeriodUnit.WorkingDays);
        Imported.Tasks(Plan).Count(t => t.Deadline is not DeadlineRule.Unspecified).Should().Be(1);
    }

    [Fact]
    public void The_general_requirements_paragraph_is_reported_as_not_used()
    {
        Plan.Sections[0].Tasks.Should().BeEmpty();
        Plan.Sections[0].Subsections.Should().BeEmpty();
        var notUsed = Result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.TextNotUsed).ToList();
        notUsed.Select(d => d.Line).Should().Equal(9);
        notUsed[0].Subject.Should().StartWith("全面贯彻党的十九大和十九届二中、三中全会精神");
    }

    [Fact]
    public void The_header_gives_year_level_title_and_the_city_plan_it_implements()
    {
        Plan.Title.Should().Be("2019年宽城区政务公开工作实施方案");
        Plan.Year.Should().Be(2019);
        Plan.Level.Should().Be(PlanLevel.County);
        Plan.IssuingAuthority.Should().BeNull();
        Plan.Implements.Should().Equal(new DocumentReference(
            new DocumentNumber("长政公组", 2019, 1),
            "长春市人民政府政务公开领导小组关于印发2019年全市政务公开工作要点及分工方案的通知"));
    }
}
