using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Import.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Import.Tests.SeedImports;

/// <summary>
/// Seed 003: the State Council's 2021 key points, prose with (一) paragraphs, scraped from a forum page. Expected
/// values are written from reading the document (tests/Fixtures/seeds/003_faeede1183fd7fea.txt).
/// </summary>
public class StateCouncil2021ImportTests
{
    private static readonly ImportResult Result = Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.StateCouncil2021);

    private static WorkPlan Plan => Result.Plan;

    [Fact]
    public void Is_read_as_prose_key_points()
    {
        Result.Layout.Should().Be(DocumentLayout.ProseKeyPoints);
    }

    [Fact]
    public void Has_five_sections_whose_subsection_paragraphs_are_16_tasks()
    {
        Plan.Sections.Select(s => s.Title).Should().Equal(
            "紧扣“十四五”开门红,深化政务公开",
            "密切跟踪宏观政策落实,深化政府透明度",
            "紧紧抓住厚基础、抓基层,深化政务公开",
            "严格按照《政府信息公开条例》落实深化政务公开",
            "狠抓保障,推动落实,深化政务公开");
        Plan.Sections.Select(s => s.Tasks.Count).Should().Equal(4, 3, 3, 3, 3);
        Plan.Sections.Should().OnlyContain(s => s.Subsections.Count == 0);
        Plan.TaskCount.Should().Be(16);
    }

    [Fact]
    public void Each_task_is_numbered_as_written_with_its_first_sentence_as_title()
    {
        var first = Plan.Sections[0].Tasks[0];

        first.Number.Text.Should().Be("(一)");
        first.Title.Should().Be("主动公开各类规划。");
        first.Requirement.Should().StartWith("县级以上人民政府要主动公开国民经济和社会发展第十四个五年规划纲要");

        var last = Plan.Sections[4].Tasks[2];
        last.Number.Text.Should().Be("(三)");
        last.Title.Should().Be("狠抓任务落实。");
    }

    [Fact]
    public void Deadlines_inside_the_text_become_the_task_s_milestones()
    {
        Plan.Sections[2].Tasks[0].Deadline.Should().Be(new DeadlineRule.Milestones(new[]
        {
            new Milestone(new DeadlineRule.ByYearEnd(RuleYear.Of(2021)), "通过政府门户网站政府信息公开栏目集中公开本地区本部门现行有效的法规"),
        }));
        Plan.Sections[0].Tasks[0].Deadline.Should().Be(new DeadlineRule.Unspecified(), "主动公开各类规划 names no deadline");
        Imported.Tasks(Plan).Count(t => t.Deadline is DeadlineRule.Milestones).Should().Be(5);
    }

    [Fact]
    public void The_header_gives_the_State_Council_General_Office_and_the_date_signed()
    {
        Plan.Title.Should().Be("2021年政务公开工作要点");
        Plan.Year.Should().Be(2021);
        Plan.IssuingAuthority.Should().Be("国务院办公厅");
        Plan.Level.Should().Be(PlanLevel.National);
        Plan.IssuedOn.Should().Be(new LocalDate(2021, 4, 9), "「2021 年 4 月 9 日」 is signed under the notice");
        Plan.DocumentNumber.Should().BeNull("this scrape does not carry 国办发〔2021〕12号");
    }

    [Fact]
    public void The_closing_paragraph_is_reported_as_not_used_and_the_forum_page_around_it_is_not_read()
    {
        Result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.TextNotUsed).Select(d => d.Line).Should().Equal(84);
    }
}
