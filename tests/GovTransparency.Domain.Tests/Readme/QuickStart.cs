using System.IO;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Domain.Tests.Readme;

/// <summary>
/// The README's quick start, compiled. The code between the markers must equal the README's C# block (a test
/// checks it), so the README always compiles and stays true. <c>Console</c> here is a captured writer.
/// </summary>
public static class QuickStart
{
    private static TextWriter Console { get; set; } = TextWriter.Null;

    public static string Run()
    {
        using var output = new StringWriter();
        Console = output;

        // <quick-start>
        var plan = new WorkPlanBuilder("泗县2020年政务公开重点工作任务分工", 2020)
            .WithDocumentNumber(new DocumentNumber("泗政办秘", 2020, 49))
            .IssuedOn(new LocalDate(2020, 9, 27))
            .AddSection("加强权力配置信息公开", section => section
                .AddTask("梳理公开权责清单", task => task
                    .Lead("县司法局")
                    .Responsible("县政府各部门")
                    .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前")))
            .Build();

        foreach (var location in plan.EnumerateTasks())
        {
            var task = location.Task;
            Console.WriteLine($"{task.Number} {task.Requirement}: {task.TimeLimitText} ({location.Path})");
        }
        // </quick-start>

        return output.ToString();
    }
}
