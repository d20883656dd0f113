using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class WorkPlanBuilderTests
{
    // The first two sections of seed 000 (叶集区 2021), as a consumer would write them in a test.
    private static WorkPlan Yeji() => new WorkPlanBuilder("六安市叶集区2021年政务公开重点工作任务分工", 2021)
        .IssuedBy("叶集区政府办")
        .AtLevel(PlanLevel.County)
        .PublishedOn(new LocalDate(2021, 10, 1))
        .Implementing(new DocumentNumber("国办发", 2021, 12), "2021年政务公开工作要点")
        .AddSection("进一步强化重点领域信息公开", s => s
            .AddSubsection("做好各类规划主动公开。", u => u
                .AddTask("区政府要主动公开国民经济和社会发展第十四个五年规划纲要……", t => t
                    .Lead("区政府办公室", "区发改委", "市自然资源和规划局叶集分局")
                    .Responsible("区政府各部门", "各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("区政府网站建立专题，集中发布区级各类规划……", t => t
                    .Lead("区政府办公室")
                    .Responsible("区政府各部门", "各乡镇街")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前")))
            .AddSubsection("做好市场规则标准和监管执法信息公开。", u => u
                .AddTask("主动公开全国统一的市场准入负面清单并根据调整情况及时更新。", t => t
                    .Lead("区发改委")
                    .Responsible("区市场监管局")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))))
        .AddSection("进一步强化政策发布解读", s => s
            .AddSubsection("持续加强重大政策发布解读。", u => u
                .AddTask("做好爱国卫生运动、健康中国行动等相关工作的信息公开", t => t
                    .Lead("区卫健委")
                    .Responsible("各乡镇街")
                    .Deadline(new DeadlineRule.Continuous(), "持续推进"))))
        .Build();

    [Fact]
    public void Sections_and_subsections_are_numbered_in_the_order_added()
    {
        var plan = Yeji();

        plan.Sections.Select(s => s.Number.Value).Should().Equal(1, 2);
        plan.Sections[0].Subsections.Select(s => s.Number.Value).Should().Equal(1, 2);
        plan.Sections[1].Subsections.Select(s => s.Number.Value).Should().Equal(1);
    }

    [Fact]
    public void Tasks_are_numbered_through_the_whole_plan()
    {
        Yeji().EnumerateTasks().Select(t => t.Task.Number.Value).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void A_task_numbered_explicitly_sets_where_the_numbering_continues()
    {
        var plan = new WorkPlanBuilder("计划", 2021)
            .AddSection("一", s => s
                .AddTask("甲", t => t.Number(new TaskNumber(10)))
                .AddTask("乙"))
            .Build();

        plan.EnumerateTasks().Select(t => t.Task.Number.Value).Should().Equal(10, 11);
    }

    [Fact]
    public void Units_keep_their_roles_and_order()
    {
        var task = Yeji().Sections[0].Subsections[0].Tasks[0];

        task.LeadUnits.Select(u => u.Name).Should().Equal("区政府办公室", "区发改委", "市自然资源和规划局叶集分局");
        task.ResponsibleUnits.Select(u => u.Name).Should().Equal("区政府各部门", "各乡镇街");
        task.CooperatingUnits.Should().BeEmpty();
        task.TimeLimitText.Should().Be("年底前");
        task.Deadline.Should().Be(new DeadlineRule.ByYearEnd(RuleYear.PlanYear));
    }

    [Fact]
    public void Metadata_is_carried_onto_the_plan()
    {
        var plan = Yeji();

        plan.Year.Should().Be(2021);
        plan.IssuingAuthority.Should().Be("叶集区政府办");
        plan.Level.Should().Be(PlanLevel.County);
        plan.PublishedOn.Should().Be(new LocalDate(2021, 10, 1));
        plan.IssuedOn.Should().BeNull();
        plan.Implements.Should().ContainSingle().Which.Should().Be(new DocumentReference(new DocumentNumber("国办发", 2021, 12), "2021年政务公开工作要点"));
    }

    [Fact]
    public void A_task_without_a_time_limit_has_the_unspecified_rule_and_no_text()
    {
        var plan = new WorkPlanBuilder("计划", 2021).AddSection("一", s => s.AddTask("甲")).Build();
        var task = plan.Sections[0].Tasks[0];

        task.Deadline.Should().BeOfType<DeadlineRule.Unspecified>();
        task.TimeLimitText.Should().BeNull();
        task.Assignments.Should().BeEmpty();
    }

    [Fact]
    public void Units_are_kept_with_their_roles_and_kinds_inferred_from_their_names()
    {
        var plan = new WorkPlanBuilder("计划", 2021)
            .AddSection("一", s => s.AddTask("甲", t => t.Lead("办公室").Cooperating("各科室")))
            .Build();

        plan.Sections[0].Tasks[0].Assignments.Should().Equal(
            new Assignment(new Unit("办公室"), UnitRole.Lead),
            new Assignment(new Unit("各科室", UnitKind.Collective), UnitRole.Cooperating));
    }
}
