using System;
using System.Text.Json;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using NodaTime;

// Exercises the reflection-sensitive paths of the package after trimming: the source-generated JSON contract in
// both directions, the public options with converters, the embedded calendar data and the phrase parser.
var failures = 0;
void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        failures++;
    }
}

var context = new DeadlineContext(2021, new LocalDate(2021, 6, 9));
var plan = new WorkPlanBuilder("福州市2021年政务公开工作任务分工", 2021)
    .WithDocumentNumber(new DocumentNumber("榕政办", 2021, 53))
    .AddSection("紧扣“十四五”开好局起好步深化政务公开", s => s
        .AddTask("主动公开规划", t => t.Lead("市发改委").Responsible("各县(市)区政府")
            .Deadline(DeadlineText.Parse("7月底前提出方案，10月底前完成", context).Rule, "7月底前提出方案，10月底前完成"))
        .AddTask("持续公开", t => t.Deadline(DeadlineText.Parse("持续推进", context).Rule, "持续推进"))
        .AddTask("答复留言", t => t.Deadline(DeadlineText.Parse("自收到留言咨询之日起3个工作日内", context).Rule)))
    .Build();

var read = PlanJson.DeserializePlan(PlanJson.Serialize(plan));
Check(read.Success && read.Value.Equals(plan), "plan JSON round trip");

var report = new ProgressReport(new LocalDate(2021, 9, 30)) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(1), "发布图表图解11篇") } };
Check(PlanJson.DeserializeProgressReport(PlanJson.Serialize(report)).Value.Equals(report), "report JSON round trip");
// The trim-safe way to embed our types: ask PlanJson.Options for the type's JsonTypeInfo.
var ruleInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DeadlineRule>)PlanJson.Options.GetTypeInfo(typeof(DeadlineRule));
Check(JsonSerializer.Deserialize(JsonSerializer.Serialize(plan.Sections[0].Tasks[0].Deadline, ruleInfo), ruleInfo)!
    .Equals(plan.Sections[0].Tasks[0].Deadline), "deadline rule through PlanJson.Options");
Check(!PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"year\":\"x\"}").Success, "bad JSON gives a failed result");
Check(PlanJson.JsonSchema.Length > 1000, "embedded JSON schema");
Check(ChinaCalendar.Default.AddWorkingDays(new LocalDate(2024, 9, 27), 3) == new LocalDate(2024, 10, 8), "embedded calendar");

Console.WriteLine(failures == 0 ? "trimmed build works" : failures + " checks failed");
return failures == 0 ? 0 : 1;
