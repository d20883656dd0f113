using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Validation;
using Xunit;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>Laws of the numbering checks over plans of any shape.</summary>
public sealed class NumberingPropertiesTests
{
    /// <summary>Shapes: per section, the number of tasks in each of its subsections (a section may have none).</summary>
    private static readonly Gen<int[][]> Shapes =
        Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(1, 4)).Select(s => s.Take(4).ToArray())).Select(s => s.Take(6).ToArray());

    private static WorkPlan Build(int[][] shape)
    {
        var builder = new WorkPlanBuilder("测试计划", 2021);
        for (var i = 0; i < shape.Length; i++)
        {
            var section = shape[i];
            builder.AddSection("部分" + i, s =>
            {
                for (var u = 0; u < section.Length; u++)
                {
                    var tasks = section[u];
                    s.AddSubsection("小节" + u, b =>
                    {
                        for (var t = 0; t < tasks; t++)
                        {
                            b.AddTask("做好政务公开工作。", x => x.Lead("区政府办公室"));
                        }
                    });
                }
            });
        }

        return builder.Build();
    }

    [Fact]
    public void A_plan_built_in_order_has_no_numbering_finding_but_its_scheme()
    {
        Properties.Check(Prop.ForAll(Shapes.ToArbitrary(), shape =>
        {
            var plan = Build(shape);
            var report = PlanValidator.Default.Validate(plan);

            report.Findings.Where(f => f.Code.StartsWith("GT10", System.StringComparison.Ordinal) && f.Code != DiagnosticCodes.TaskNumberingDetected)
                .Should().BeEmpty();
            report.TaskNumbering.Should().Be(plan.TaskCount == 0 ? TaskNumberingScheme.Unknown : TaskNumberingScheme.ThroughPlan);
        }), maxTest: 200);
    }

    [Fact]
    public void Dropping_a_task_gives_one_gap_at_the_task_after_it()
    {
        var cases = from shape in Shapes.Where(s => s.Sum(x => x.Sum()) >= 3)
                    from dropped in Gen.Choose(2, shape.Sum(x => x.Sum()) - 1)
                    select (shape, dropped);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plan = Build(c.shape);
            var sections = plan.Sections.Select(s => s with
            {
                Subsections = s.Subsections.Select(u => u with { Tasks = u.Tasks.Where(t => t.Number.Value != c.dropped).ToArray() }).ToArray(),
            }).ToArray();
            var report = PlanValidator.Default.Validate(plan with { Sections = sections });

            var gap = report.AtLeast(DiagnosticSeverity.Error).Should().ContainSingle().Subject;
            gap.Code.Should().Be(DiagnosticCodes.TaskNumberOutOfSequence);
            gap.Task.Should().Be(new TaskNumber(c.dropped + 1));
        }), maxTest: 200);
    }
}
