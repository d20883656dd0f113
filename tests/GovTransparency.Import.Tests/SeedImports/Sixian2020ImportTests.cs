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
/// Seed 002: 泗县's 2020 plan, tab-indented cells with time limits broken over lines. Expected values are written from
/// reading the document (tests/Fixtures/seeds/002_e0db4bb602b6eeec.txt).
/// </summary>
public class Sixian2020ImportTests
{
    private static readonly ImportResult Result = Imported.Seed(GovTransparency.Domain.Tests.TestSupport.Seeds.Sixian2020);

    private static WorkPlan Plan => Result.Plan;

    [Fact]
    public void Is_read_as_a_table_of_tab_indented_cells_without_progress()
    {
        Result.Layout.Should().Be(DocumentLayout.TabbedCells);
        Result.ProgressReport.Should().BeNull();
    }

    [Fact]
    public void Has_eight_sections_and_48_tasks_numbered_1_to_48()
    {
        Plan.Sections.Should().HaveCount(8);
        Plan.Sections[0].Title.Should().Be("围绕贯彻落实党的十九届四中全会精神加强用权公开");
        Plan.Sections[7].Title.Should().Be("强化做好政务公开工作的各项保障措施");
        Plan.TaskCount.Should().Be(48);
        Imported.Tasks(Plan).Select(t => t.Number.Value).Should().Equal(Enumerable.Range(1, 48));
    }

    [Fact]
    public void Section_seven_repeated_at_a_page_break_stays_one_section_with_seven_subsections()
    {
        Plan.Sections.Select(s => s.Subsections.Count).Should().Equal(3, 3, 3, 3, 3, 4, 7, 5);
        var seventh = Plan.Sections[6];
        seventh.Subsections.Select(u => u.Number.Value).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        seventh.Subsections[2].Title.Should().Be("加强政府网站与政务新媒体建设。");
        seventh.Subsections[2].Tasks.Select(t => t.Number.Value).Should().Equal(31, 32);
        Result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.HeadingRepeated).Select(d => d.Line).Should().Equal(252);
    }

    [Theory]
    [InlineData(1, "2020年\n底前")]
    [InlineData(2, "2020年\n10月\n底前")]
    [InlineData(4, "持续推进")]
    [InlineData(24, "2020年\n11月底前")]
    [InlineData(28, "2020年底前")]
    [InlineData(37, "2020年9\n月底前")]
    [InlineData(41, "2020\n年底前")]
    public void Time_limits_broken_over_lines_are_joined_into_one_cell_kept_verbatim(int task, string timeLimit)
    {
        Imported.Task(Plan, task).TimeLimitText.Should().Be(timeLimit);
    }

    [Fact]
    public void Time_limits_broken_over_lines_read_as_one_phrase_with_their_written_year()
    {
        Imported.Task(Plan, 1).Deadline.Should().Be(new DeadlineRule.ByYearEnd(RuleYear.Of(2020)));
        Imported.Task(Plan, 2).Deadline.Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 10));
        Imported.Task(Plan, 4).Deadline.Should().Be(new DeadlineRule.Continuous());
        Imported.Task(Plan, 24).Deadline.Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 11));
        Imported.Task(Plan, 37).Deadline.Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 9));
        Imported.Task(Plan, 41).Deadline.Should().Be(new DeadlineRule.ByYearEnd(RuleYear.Of(2020)));
        Imported.Tasks(Plan).Select(t => t.Deadline.GetType()).Distinct().Should().BeEquivalentTo(new[] { typeof(DeadlineRule.ByYearEnd), typeof(DeadlineRule.ByMonthEnd), typeof(DeadlineRule.Continuous) });
    }

    [Fact]
    public void Every_task_has_responsible_units_and_a_time_limit()
    {
        Imported.Tasks(Plan).Should().OnlyContain(t => t.ResponsibleUnits.Any() && !string.IsNullOrEmpty(t.TimeLimitText));
    }

    [Fact]
    public void Task_1_is_read_in_full()
    {
        var task = Imported.Task(Plan, 1);

        task.Requirement.Should().Be("对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责，更新完善权责清单并按要求公开。");
        Imported.Names(task.ResponsibleUnits).Should().Equal("县政府各部门", "各乡镇人民政府", "县经济开发区管委会");
        task.LeadUnits.Should().BeEmpty();
    }

    [Fact]
    public void Task_15_is_not_disturbed_by_the_stray_no_break_space_before_its_time_limit()
    {
        var task = Imported.Task(Plan, 15);

        Imported.Names(task.ResponsibleUnits).Should().Equal("县政府办", "县政府各部门");
        task.TimeLimitText.Should().Be("2020年\n底前");
    }

    [Fact]
    public void Open_ended_unit_lists_keep_their_and_other_relevant_departments()
    {
        var task = Imported.Task(Plan, 9);

        task.ResponsibleUnits.Select(u => (u.Name, u.Kind)).Should().Equal(
            ("县政府办", UnitKind.Specific),
            ("县人社局", UnitKind.Specific),
            ("县财政局", UnitKind.Specific),
            ("县商务局", UnitKind.Specific),
            ("县发改委", UnitKind.Specific),
            ("等有关部门", UnitKind.OpenEnded),
            ("各乡镇人民政府", UnitKind.Collective),
            ("县经济开发区管委会", UnitKind.Specific));
    }

    [Fact]
    public void The_header_gives_document_number_issue_date_issuer_and_title()
    {
        Plan.DocumentNumber.Should().Be(new DocumentNumber("泗政办秘", 2020, 49));
        Plan.IssuedOn.Should().Be(new LocalDate(2020, 9, 27));
        Plan.Year.Should().Be(2020);
        Plan.IssuingAuthority.Should().Be("泗县人民政府办公室");
        Plan.Level.Should().Be(PlanLevel.County);
        Plan.Title.Should().Be("2020年政务公开重点工作任务分工");
        Plan.WrittenOn.Should().BeNull();
        Plan.PublishedOn.Should().BeNull();
    }

    [Fact]
    public void The_spaced_header_cell_is_recognised()
    {
        // Line 24 is 「\t具 \u00A0体 \u00A0要 \u00A0求」: the requirement column.
        Imported.Task(Plan, 48).Requirement.Should().Be("继续开展政务公开常态化测评和年度考评工作，不断完善考核方法，注重过程监测和结果运用，按规定对政务公开工作成效突出的先进单位及先进个人予以表扬。");
    }
}
