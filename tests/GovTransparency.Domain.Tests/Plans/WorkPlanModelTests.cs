using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class WorkPlanModelTests
{
    private static WorkPlan Build(string requirement = "推进部门所属单位预算、决算及相关报表公开。") =>
        new WorkPlanBuilder("计划", 2021)
            .AddSection("进一步强化重点领域信息公开", s => s
                .AddTask("直属任务")
                .AddSubsection("做好财政信息公开。", u => u
                    .AddTask(requirement, t => t.Lead("区财政局").Responsible("区政府各部门", "各乡镇街"))))
            .AddSection("进一步强化政策发布解读", s => s
                .AddSubsection("持续加强重大政策发布解读。", u => u.AddTask("解读")))
            .Build();

    [Fact]
    public void Plans_built_alike_are_equal_all_the_way_down()
    {
        var a = Build();
        var b = Build();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == b).Should().BeTrue();
    }

    [Fact]
    public void A_change_deep_in_a_task_makes_plans_differ()
    {
        Build().Should().NotBe(Build("推进部门所属单位预算公开。"));
    }

    [Fact]
    public void With_expressions_give_a_changed_copy_and_leave_the_original_alone()
    {
        var plan = Build();
        var renamed = plan with { Title = "新标题" };

        plan.Title.Should().Be("计划");
        renamed.Title.Should().Be("新标题");
        renamed.Sections.Should().BeSameAs(plan.Sections);
    }

    [Fact]
    public void A_list_passed_to_a_record_is_copied_so_later_changes_do_not_leak_in()
    {
        var sections = new List<Section> { new(new ChineseOrdinal(1), "一") };
        var plan = new WorkPlan("计划", 2021) { Sections = sections };

        sections.Add(new Section(new ChineseOrdinal(2), "二"));

        plan.Sections.Should().HaveCount(1);
    }

    [Fact]
    public void EnumerateTasks_walks_direct_tasks_then_subsections_with_their_paths()
    {
        var locations = Build().EnumerateTasks().ToList();

        locations.Select(l => l.Path).Should().Equal(
            "Sections[0].Tasks[0]",
            "Sections[0].Subsections[0].Tasks[0]",
            "Sections[1].Subsections[0].Tasks[0]");
        locations[1].Section.Title.Should().Be("进一步强化重点领域信息公开");
        locations[1].Subsection!.Title.Should().Be("做好财政信息公开。");
        locations[0].Subsection.Should().BeNull();
        locations[0].SubsectionIndex.Should().Be(-1);
    }

    [Fact]
    public void TaskCount_counts_every_task_once()
    {
        Build().TaskCount.Should().Be(3);
        new WorkPlan("空", 2021).TaskCount.Should().Be(0);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors_that_name_the_parameter()
    {
        FluentActions.Invoking(() => new WorkPlan(null!, 2021)).Should().Throw<ArgumentNullException>().WithParameterName("title");
        FluentActions.Invoking(() => new WorkTask(new TaskNumber(1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirement");
        FluentActions.Invoking(() => new WorkPlan("计划", 2021) { Sections = null! }).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => new WorkTask(new TaskNumber(1), "x") { Deadline = null! }).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => new Assignment(null!, UnitRole.Lead)).Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void A_plan_year_outside_the_plausible_range_is_a_programmer_error(int year)
    {
        FluentActions.Invoking(() => new WorkPlan("计划", year)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    [Fact]
    public void A_list_holding_null_is_rejected()
    {
        FluentActions.Invoking(() => new Section(new ChineseOrdinal(1), "一") { Tasks = new WorkTask[] { null! } })
            .Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void A_blank_unit_name_is_a_programmer_error()
    {
        FluentActions.Invoking(() => new Unit("  ")).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void An_empty_note_is_no_note()
    {
        new Assignment(new Unit("市大数据委"), UnitRole.Responsible, " ").Note.Should().BeNull();
        new Assignment(new Unit("市大数据委"), UnitRole.Responsible, "负责专题建设").ToString().Should().Be("市大数据委(负责专题建设) Responsible");
    }
}
