using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Import.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Import.Tests.SeedImports;

/// <summary>
/// Seed 000: 叶集区's September 2021 progress report on its plan, one cell per line. Expected values are written from
/// reading the document (tests/Fixtures/seeds/000_7a8037ce1b73a2ce.txt).
/// </summary>
public class Yeji2021ImportTests
{
    private static readonly ImportResult Result = Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.Yeji2021);

    private static WorkPlan Plan => Result.Plan;

    [Fact]
    public void Is_read_as_a_table_with_one_cell_per_line()
    {
        Result.Layout.Should().Be(DocumentLayout.CellPerLine);
    }

    [Fact]
    public void Has_six_sections_with_the_titles_written()
    {
        Plan.Sections.Select(s => s.Number.Value).Should().Equal(1, 2, 3, 4, 5, 6);
        Plan.Sections.Select(s => s.Title).Should().Equal(
            "进一步强化重点领域信息公开",
            "进一步强化政策发布解读",
            "进一步强化政务公开工作基础",
            "进一步强化基层政务公开",
            "进一步强化政府信息公开条例落实",
            "进一步强化指导监督");
    }

    [Fact]
    public void Has_52_tasks_numbered_1_to_52_in_document_order()
    {
        Plan.TaskCount.Should().Be(52);
        Imported.Tasks(Plan).Select(t => t.Number).Should().Equal(Enumerable.Range(1, 52).Select(n => new TaskNumber(n)));
    }

    [Fact]
    public void Headers_repeated_after_page_breaks_continue_their_section_and_subsection()
    {
        // 一、 is printed three times (lines 24, 48, 83) and stays one section with five subsections.
        var first = Plan.Sections[0];
        first.Subsections.Select(u => u.Tasks.Select(t => t.Number.Value).ToArray()).Should().BeEquivalentTo(
            new[] { new[] { 1, 2 }, new[] { 3, 4, 5 }, new[] { 6, 7 }, new[] { 8 }, new[] { 9, 10 } },
            o => o.WithStrictOrdering());

        // 三、(一) is repeated at lines 274/276 before task 22, and 三、(二) at lines 342/344 before task 28.
        var third = Plan.Sections[2];
        third.Subsections.Should().HaveCount(2);
        third.Subsections[0].Tasks.Select(t => t.Number.Value).Should().Equal(20, 21, 22);
        third.Subsections[1].Tasks.Select(t => t.Number.Value).Should().Equal(23, 24, 25, 26, 27, 28);
    }

    [Fact]
    public void Each_repeated_header_is_reported_with_its_line()
    {
        Result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.HeadingRepeated).Select(d => d.Line!.Value).Should().Equal(
            48, 83, 168, 224, 226, 274, 276, 342, 344, 370, 372, 385, 387, 441, 443, 604);
    }

    [Fact]
    public void Subsections_per_section_are_kept_as_written_numbering_defects_included()
    {
        Plan.Sections.Select(s => s.Subsections.Select(u => u.Number.Value).ToArray()).Should().BeEquivalentTo(
            new[]
            {
                new[] { 1, 2, 3, 4, 5 },
                new[] { 1, 2, 2, 3, 4 }, // two 「(二)」 in section 二
                new[] { 1, 2 },
                new[] { 1, 2, 3 },
                new[] { 1, 2, 3 },
                new[] { 1, 2, 3, 4 },
            },
            o => o.WithStrictOrdering());

        Plan.Sections[1].Subsections[1].Title.Should().Be("持续加强重大政策发布解读。");
        Plan.Sections[1].Subsections[2].Title.Should().Be("不断提升政策解读质量效果。");
        Plan.Sections[0].Subsections[2].Title.Should().Be("做好财政信息公开。");
        Plan.Sections[0].Subsections[3].Title.Should().Be("做好财政信息公开。");
    }

    [Fact]
    public void Every_task_has_assignments_and_a_time_limit()
    {
        Imported.Tasks(Plan).Should().OnlyContain(t => t.Assignments.Count > 0 && !string.IsNullOrEmpty(t.TimeLimitText));
    }

    [Fact]
    public void Task_1_is_read_in_full()
    {
        var task = Imported.Task(Plan, 1);

        task.Requirement.Should().StartWith("区政府要主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等");
        task.Requirement.Should().EndWith("各乡镇街负责涉及本地规划的具体公开。");
        Imported.Names(task.LeadUnits).Should().Equal("区政府办公室", "区发改委", "市自然资源和规划局叶集分局");
        Imported.Names(task.ResponsibleUnits).Should().Equal("区政府各部门", "各乡镇街");
        task.TimeLimitText.Should().Be("年底前");
        Result.ProgressReport!.FindEntry(task.Number)!.Text.Should().Be("已建立“叶集区规划蓝图”专题,相关规划信息正在完善。");
    }

    [Fact]
    public void Task_3_has_one_lead_and_one_responsible_unit()
    {
        var task = Imported.Task(Plan, 3);

        task.Requirement.Should().Be("主动公开全国统一的市场准入负面清单并根据调整情况及时更新。");
        Imported.Names(task.LeadUnits).Should().Equal("区发改委");
        Imported.Names(task.ResponsibleUnits).Should().Equal("区市场监管局");
        task.TimeLimitText.Should().Be("年底前");
        Result.ProgressReport!.FindEntry(task.Number)!.Text.Should().Be("正在进行");
    }

    [Fact]
    public void Task_24_keeps_its_counted_progress_text()
    {
        var task = Imported.Task(Plan, 24);

        task.Requirement.Should().StartWith("健全政务新媒体监管机制");
        Imported.Names(task.LeadUnits).Should().Equal("区政府办公室", "区融媒体中心");
        Imported.Names(task.ResponsibleUnits).Should().Equal("有政务新媒体的相关单位");
        var entry = Result.ProgressReport!.FindEntry(task.Number)!;
        entry.Text.Should().Be("政务新媒体18家,正常维护中");
        entry.Metrics.Should().ContainSingle(m => m.Quantity == 18);
    }

    [Fact]
    public void Task_48_is_due_at_the_end_of_June_and_completed()
    {
        var task = Imported.Task(Plan, 48);

        task.Requirement.Should().StartWith("各地各部门在省级2020年度政务公开重点任务落实情况回头看的基础上");
        Imported.Names(task.LeadUnits).Should().Equal("区政府办公室");
        task.TimeLimitText.Should().Be("6月底前");
        Result.ProgressReport!.FindEntry(task.Number)!.Status.Should().Be(ProgressStatus.Completed);
    }

    [Fact]
    public void Task_22_skips_the_stray_no_break_space_between_its_cells()
    {
        // Line 282 holds only a no-break space between the requirement and the units.
        var task = Imported.Task(Plan, 22);

        task.Requirement.Should().Be("建立区级政策文件库,实现规章和规范性文件全面归集和全生命周期管理。");
        Imported.Names(task.LeadUnits).Should().Equal("区司法局");
        task.TimeLimitText.Should().Be("年底前");
        Result.ProgressReport!.FindEntry(task.Number)!.Text.Should().Be("正在进行");
    }

    [Fact]
    public void The_progress_column_becomes_a_report_of_52_entries_as_of_the_end_of_September_2021()
    {
        var report = Result.ProgressReport!;

        report.AsOf.Should().Be(new LocalDate(2021, 9, 30));
        report.Entries.Should().HaveCount(52);
        report.Entries.Select(e => e.Task.Value).Should().Equal(Enumerable.Range(1, 52));
        report.Title.Should().Be("六安市叶集区2021年9月政务公开重点工作任务分工进展情况");
        report.PlanTitle.Should().Be("六安市叶集区2021年政务公开重点工作任务分工");
    }

    [Fact]
    public void Progress_entries_are_read_exactly_as_ProgressEntry_FromText_reads_them()
    {
        foreach (var entry in Result.ProgressReport!.Entries)
        {
            entry.Should().Be(ProgressEntry.FromText(entry.Task, entry.Text));
        }
    }

    [Fact]
    public void Progress_statuses_follow_the_texts()
    {
        var report = Result.ProgressReport!;

        report.Entries.Where(e => e.Status == ProgressStatus.Completed).Select(e => e.Task.Value).Should().Equal(31, 48);
        report.Entries.Where(e => e.Status == ProgressStatus.NotStarted).Select(e => e.Task.Value).Should().Equal(14, 38, 43, 49);
    }

    [Fact]
    public void The_header_gives_issuer_level_year_and_publication_date_and_no_document_number()
    {
        Plan.Title.Should().Be("六安市叶集区2021年政务公开重点工作任务分工");
        Plan.Year.Should().Be(2021);
        Plan.IssuingAuthority.Should().Be("叶集区政府办");
        Plan.Level.Should().Be(PlanLevel.County);
        Plan.PublishedOn.Should().Be(new LocalDate(2021, 10, 1));
        Plan.WrittenOn.Should().BeNull("成文日期 is 暂无");
        Plan.DocumentNumber.Should().BeNull("文号 is empty");
        Plan.Implements.Should().BeEmpty();
    }

    [Fact]
    public void Time_limits_are_kept_verbatim_and_read_against_the_plan_year()
    {
        var byText = Imported.Tasks(Plan).GroupBy(t => t.TimeLimitText!).ToDictionary(g => g.Key, g => g.Select(t => t.Deadline).Distinct().Single());

        byText.Keys.Should().BeEquivalentTo("年底前", "持续推进", "10月底前", "6月底前");
        byText["年底前"].Should().Be(new DeadlineRule.ByYearEnd(RuleYear.PlanYear));
        byText["持续推进"].Should().Be(new DeadlineRule.Continuous());
        byText["10月底前"].Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10));
        byText["6月底前"].Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6));
    }
}
