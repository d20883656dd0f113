using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using Xunit;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// Validation stays linear in the size of the plan: the memory it allocates (a deterministic stand-in for its time,
/// which the benchmarks measure) doubles, no more, when the plan does; no rule compares all tasks or all unit names
/// in pairs, and no structure per task lands on the large-object heap.
/// </summary>
public sealed class ValidationScalingTests
{
    /// <summary>A plan of <paramref name="sections"/> sections of 10 subsections of 10 tasks, every tenth task with a distinct unit name.</summary>
    private static WorkPlan Plan(int sections)
    {
        var number = 0;
        return new WorkPlan("规模测试计划", 2021)
        {
            IssuedOn = new NodaTime.LocalDate(2021, 4, 25),
            Sections = Enumerable.Range(1, sections).Select(s => new Section(new ChineseOrdinal(s), "第" + s + "部分")
            {
                Subsections = Enumerable.Range(1, 10).Select(u => new Subsection(new ChineseOrdinal(u), "第" + s + "部分第" + u + "节")
                {
                    Tasks = Enumerable.Range(0, 10).Select(_ =>
                    {
                        number++;
                        return new WorkTask(new TaskNumber(number), "2021年9月底前完成第" + number + "项工作。")
                        {
                            Assignments = new[]
                            {
                                new Assignment(new Unit("区" + (number % 10 == 0 ? "第" + number : "财政") + "局"), UnitRole.Lead),
                                new Assignment(Unit.FromName("各乡镇街"), UnitRole.Responsible),
                            },
                            Deadline = new DeadlineRule.ByYearEnd(RuleYear.PlanYear),
                            TimeLimitText = "年底前",
                        };
                    }).ToArray(),
                }).ToArray(),
            }).ToArray(),
        };
    }

    private static long Allocated(WorkPlan plan)
    {
        PlanValidator.Default.Validate(plan); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = PlanValidator.Default.Validate(plan);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        report.WithCode(DiagnosticCodes.RequirementDeadlineEarlier).Should().HaveCount(plan.TaskCount, "every task's text is earlier than its column");
        return allocated;
    }

    [Fact]
    public void Twice_the_tasks_cost_at_most_twice_the_memory()
    {
        var small = Allocated(Plan(20)); // 2,000 tasks, 200 distinct unit names
        var large = Allocated(Plan(40)); // 4,000 tasks, 400 distinct unit names

        ((double)large / small).Should().BeLessThan(2.2, "the benchmarks hold time to the same bound");
    }
}
