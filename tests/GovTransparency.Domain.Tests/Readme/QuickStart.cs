using System.Globalization;
using System.IO;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Units;
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
        // Read the cells of a task as the document wrote them (seed 002, 泗县 2020).
        var context = new DeadlineContext(planYear: 2020, issuedOn: new LocalDate(2020, 9, 27));
        var timeLimit = DeadlineText.Parse("2020年\n10月\n底前", context);
        var units = AssignmentText.Parse("县政务服务中心牵头，县政府各部门负责落实");

        var plan = new WorkPlanBuilder("2020年政务公开重点工作任务分工", 2020)
            .WithDocumentNumber(DocumentNumber.Parse("泗政办秘〔2020〕49号").Value)
            .IssuedOn(context.IssuedOn!.Value)
            .AddSection("围绕贯彻落实党的十九届四中全会精神加强用权公开", section => section
                .AddTask("各行政机关依法公开工作职能、机构设置、办公地址等信息。", task => task
                    .Assign(units.Assignments)
                    .Deadline(timeLimit.Rule, "2020年\n10月\n底前")))
            .Build();

        foreach (var location in plan.EnumerateTasks())
        {
            var task = location.Task;
            var resolution = DeadlineResolver.Resolve(task.Deadline, context, ChinaCalendar.Default);
            var standing = resolution.StandingAt(asOf: new LocalDate(2020, 11, 15));
            Console.WriteLine($"{task.Number} {task.Deadline.ToChineseText()}, 牵头 {string.Join("、", task.LeadUnits)}: "
                + $"{standing.Kind}, {standing.DaysOverdue} days");
        }

        // Working days on the official calendar: 2024-09-29 is a working Sunday (调休), 10-01 to 10-07 are holidays.
        Console.WriteLine(ChinaCalendar.Default.AddWorkingDays(new LocalDate(2024, 9, 27), 3).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

        // Store and exchange plans as JSON; reading never throws and reports problems with their JSON path.
        var json = PlanJson.Serialize(plan);
        Console.WriteLine(PlanJson.DeserializePlan(json).Value == plan);
        // </quick-start>

        return output.ToString();
    }
}
