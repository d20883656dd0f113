using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Import.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Import.Tests.SeedImports;

/// <summary>
/// Seed 004: 福州市's 2021 plan, with titled tasks and separate 牵头单位 / 责任单位 columns. Expected values are written
/// from reading the document (tests/Fixtures/seeds/004_d89e21f17307f581.txt).
/// </summary>
public class Fuzhou2021ImportTests
{
    private static readonly ImportResult Result = Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.Fuzhou2021);

    private static WorkPlan Plan => Result.Plan;

    [Fact]
    public void Is_read_as_a_table_with_titled_tasks()
    {
        Result.Layout.Should().Be(DocumentLayout.TitledColumns);
        Result.ProgressReport.Should().BeNull();
    }

    [Fact]
    public void Has_four_sections_and_37_tasks_with_titles()
    {
        Plan.Sections.Select(s => s.Title).Should().Equal(
            "紧扣“十四五”开好局起好步深化政务公开",
            "紧扣宏观政策落地见效深化政务公开",
            "紧扣强基础抓基层深化政务公开",
            "紧扣政府信息公开条例实施深化政务公开");
        Plan.Sections.Select(s => s.Subsections.Count).Should().Equal(4, 3, 3, 3);
        Plan.TaskCount.Should().Be(37);
        Imported.Tasks(Plan).Select(t => t.Number.Value).Should().Equal(Enumerable.Range(1, 37));
        Imported.Tasks(Plan).Should().OnlyContain(t => !string.IsNullOrEmpty(t.Title) && t.TimeLimitText == null);
    }

    [Fact]
    public void Task_numbers_keep_the_mark_they_are_written_with()
    {
        Imported.Task(Plan, 1).Number.Text.Should().Be("1.");
        Imported.Task(Plan, 37).Number.Text.Should().Be("37.");
    }

    [Fact]
    public void Task_1_has_a_title_a_requirement_and_only_responsible_units()
    {
        var task = Imported.Task(Plan, 1);

        task.Title.Should().Be("主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。");
        task.Requirement.Should().Be("通过市、县(市)区政府门户网站设立专题,并在政府信息公开专栏集中展示。");
        task.LeadUnits.Should().BeEmpty("its 牵头单位 cell is empty");
        Imported.Names(task.ResponsibleUnits).Should().Equal("市直各有关单位", "各县(市)区政府", "高新区管委会");
    }

    [Fact]
    public void A_lead_unit_keeps_its_note_printed_on_the_next_paragraph()
    {
        var task = Imported.Task(Plan, 3);

        task.Title.Should().Be("做好规划信息数据互联互通。");
        task.Assignments.Where(a => a.Role == UnitRole.Lead).Should().Equal(
            new Assignment(new Unit("市大数据委"), UnitRole.Lead, "负责专题建设"));
        Imported.Names(task.ResponsibleUnits).Should().Equal("各县(市)区政府", "高新区管委会");
    }

    [Fact]
    public void Lead_units_on_consecutive_lines_are_separate_leads()
    {
        Imported.Names(Imported.Task(Plan, 4).LeadUnits).Should().Equal("市发改委", "市商务局");
        Imported.Names(Imported.Task(Plan, 5).LeadUnits).Should().Equal("市发改委", "市市场监管局", "市商务局");
    }

    [Fact]
    public void Task_5_has_an_empty_requirement_cell_and_still_its_units()
    {
        var task = Imported.Task(Plan, 5);

        task.Title.Should().Be("及时公开建设高标准市场体系行动方案的落实举措。");
        task.Requirement.Should().BeEmpty();
        Imported.Names(task.ResponsibleUnits).Should().Equal("市直各有关单位", "各县(市)区政府", "高新区管委会");
    }

    [Fact]
    public void Lead_units_printed_as_separate_paragraphs_are_all_leads()
    {
        Imported.Names(Imported.Task(Plan, 9).LeadUnits).Should().Equal("市财政局", "市农业农村局");
        Imported.Names(Imported.Task(Plan, 12).LeadUnits).Should().Equal("市卫健委", "市大数据委");
        Imported.Names(Imported.Task(Plan, 15).LeadUnits).Should().Equal("市大数据委", "市行政(市民)服务中心管委会");
        Imported.Names(Imported.Task(Plan, 15).ResponsibleUnits).Should().Equal("各县(市)区政府", "高新区管委会");
    }

    [Fact]
    public void Task_23_has_a_lead_with_a_note_and_an_empty_responsible_cell()
    {
        var task = Imported.Task(Plan, 23);

        task.Requirement.Should().Be("2021年底前,将福州市现行有效规章通过市政府门户网站的政府信息公开专栏集中公开,方便公众查询使用。");
        task.Assignments.Should().Equal(new Assignment(new Unit("市司法局"), UnitRole.Lead, "负责市政府规章"));
    }

    [Fact]
    public void Task_27_has_two_leads_the_second_with_a_note()
    {
        var task = Imported.Task(Plan, 27);

        task.Assignments.Where(a => a.Role == UnitRole.Lead).Should().Equal(
            new Assignment(new Unit("市政府办公厅"), UnitRole.Lead),
            new Assignment(new Unit("市大数据委"), UnitRole.Lead, "负责市直部门信息公开专栏改版"));
        Imported.Names(task.ResponsibleUnits).Should().Equal("市直各有关单位", "各县(市)区政府", "高新区管委会");
    }

    [Fact]
    public void Task_28_has_only_a_lead()
    {
        var task = Imported.Task(Plan, 28);

        task.Title.Should().Be("办好政府公报。");
        task.Assignments.Should().Equal(new Assignment(new Unit("市政府办公厅"), UnitRole.Lead));
    }

    [Fact]
    public void A_note_written_in_the_same_cell_as_its_unit_is_read_too()
    {
        var task = Imported.Task(Plan, 31);

        task.Assignments.Should().Equal(
            new Assignment(new Unit("市行政(市民)服务中心管委会"), UnitRole.Lead, "负责市级线下专区建设"),
            new Assignment(new Unit("各县(市)区政府", UnitKind.Collective), UnitRole.Responsible));
    }

    [Fact]
    public void Subsection_titles_are_kept_without_a_final_stop_as_written()
    {
        Plan.Sections[0].Subsections[0].Title.Should().Be("做好各类规划主动公开");
        Plan.Sections[3].Subsections[1].Title.Should().Be("规范政府信息公开行政复议案件审理标准");
    }

    [Fact]
    public void The_header_gives_document_number_dates_issuer_and_the_documents_implemented()
    {
        Plan.DocumentNumber.Should().Be(new DocumentNumber("榕政办", 2021, 53));
        Plan.WrittenOn.Should().Be(new LocalDate(2021, 6, 4));
        Plan.PublishedOn.Should().Be(new LocalDate(2021, 6, 9));
        Plan.IssuedOn.Should().Be(new LocalDate(2021, 6, 4), "the date signed under the notice");
        Plan.IssuingAuthority.Should().Be("福州市人民政府办公厅");
        Plan.Level.Should().Be(PlanLevel.Municipal);
        Plan.Year.Should().Be(2021);
        Plan.Title.Should().Be("2021年全市政务公开工作主要任务分解表");
        Plan.Implements.Should().Equal(
            new DocumentReference(new DocumentNumber("国办发", 2021, 12), "国务院办公厅关于印发2021年政务公开工作要点的通知"),
            new DocumentReference(new DocumentNumber("闽政办函", 2021, 34), "福建省人民政府办公厅关于印发2021年全省政务公开工作主要任务分解表的通知"));
    }

    [Fact]
    public void Without_a_time_limit_column_deadlines_are_read_from_the_requirement_as_milestones()
    {
        Imported.Task(Plan, 25).Deadline.Should().Be(new DeadlineRule.Milestones(new[]
        {
            new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 7), "提出市政府网站栏目设置优化提升方案"),
            new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10), "完成提升工作"),
        }));

        var task23 = (DeadlineRule.Milestones)Imported.Task(Plan, 23).Deadline;
        task23.Steps.Should().ContainSingle().Which.Due.Should().Be(new DeadlineRule.ByYearEnd(RuleYear.Of(2021)));

        Imported.Task(Plan, 1).Deadline.Should().Be(new DeadlineRule.Unspecified(), "its requirement names no deadline");
    }

    [Fact]
    public void Nothing_of_the_table_is_left_unused()
    {
        Result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.TextNotUsed).Should().BeEmpty();
    }
}
