using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using GovTransparency.Domain;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Testing;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using GovTransparency.Import;
using NodaTime;

namespace PackageSmoke;

/// <summary>
/// What a consumer does with the packages, with every expected value worked out by hand from the 2021 State Council
/// holiday notice (国庆节: 1–7 October are holidays; Sunday 26 September and Saturday 9 October are working days).
/// The same source is compiled into SmokeLibrary (netstandard2.0) and SmokeApp (net10.0); it is internal in both.
/// </summary>
internal static class SmokeChecks
{
    public static void Run(List<string> results)
    {
        void Check(string what, bool ok) => results.Add((ok ? "ok      " : "FAILED  ") + what);

        // The working-day calendar across 国庆 2021.
        var calendar = ChinaCalendar.Default;
        Check("2021-10-09 (a Saturday) is a 调休 working day", calendar.IsWorkingDay(new LocalDate(2021, 10, 9)));
        Check("2021-10-04 (a Monday) is a holiday", !calendar.IsWorkingDay(new LocalDate(2021, 10, 4)));
        // From Tuesday 28 September: 29th, 30th, (1–7 October off), Friday 8th, Saturday 9th, Monday 11th.
        Check("5 working days after 2021-09-28 is 2021-10-11",
            calendar.AddWorkingDays(new LocalDate(2021, 9, 28), 5) == new LocalDate(2021, 10, 11));

        // A plan issued on Tuesday 28 September 2021, built in code from the phrases as a document writes them.
        var issued = new LocalDate(2021, 9, 28);
        var context = new DeadlineContext(2021, issuedOn: issued);
        DeadlineRule Rule(string phrase) => DeadlineText.Parse(phrase, context).Rule;
        var plan = new WorkPlanBuilder("某县2021年政务公开重点工作任务分工", 2021)
            .WithDocumentNumber(new DocumentNumber("某政办", 2021, 12))
            .IssuedOn(issued)
            .AddSection("加强政策解读", section => section
                .AddTask("发布政策解读材料。", task => task.Lead("县政府办公室").Responsible("县政府各部门").Deadline(Rule("10月底前"), "10月底前"))
                .AddTask("公开实施方案。", task => task.Lead("县发改委").Deadline(Rule("自本方案印发之日起7日内"), "自本方案印发之日起7日内"))
                .AddTask("报送工作台账。", task => task.Lead("县数据资源局").Deadline(Rule("本通知印发后5个工作日内"), "本通知印发后5个工作日内"))
                .AddTask("做好政务新媒体日常维护。", task => task.Deadline(Rule("持续推进"), "持续推进")))
            .Build();
        Check("the plan has 4 tasks numbered 1 to 4",
            plan.TaskCount == 4 && plan.EnumerateTasks().Select(t => t.Task.Number).SequenceEqual(new[] { new TaskNumber(1), new TaskNumber(2), new TaskNumber(3), new TaskNumber(4) }));
        Check("task 1's lead unit is 县政府办公室", plan.Sections[0].Tasks[0].LeadUnits.SequenceEqual(new[] { new Unit("县政府办公室") }));

        // Due dates: 10月底前 stays 31 October (a Sunday: a fixed date is kept as written); 7 days after 28 September
        // is 5 October, a holiday, so the period ends on the first working day after it (民法典 art. 203), Friday 8
        // October; 5 working days is Monday 11 October (see above); 持续推进 has no due date.
        LocalDate? Due(int index) => DeadlineResolver.Resolve(plan.Sections[0].Tasks[index].Deadline, context, calendar).DueDate;
        Check("10月底前 is due 2021-10-31", Due(0) == new LocalDate(2021, 10, 31));
        Check("7 days after issue, across 国庆, is due 2021-10-08", Due(1) == new LocalDate(2021, 10, 8));
        Check("5 working days after issue is due 2021-10-11", Due(2) == new LocalDate(2021, 10, 11));
        Check("持续推进 is continuous, with no due date",
            DeadlineResolver.Resolve(plan.Sections[0].Tasks[3].Deadline, context, calendar).Kind == DeadlineResolutionKind.Continuous && Due(3) is null);
        Check("a time limit reads back as Chinese text", plan.Sections[0].Tasks[0].Deadline.ToChineseText() == "10月底前");
        // `with` calls the records' clone method, whose signature differs between the two builds (covariant on net10.0).
        var fixedRule = plan.Sections[0].Tasks[0].Deadline as DeadlineRule.Fixed;
        var copy = fixedRule is null ? null : fixedRule with { };
        Check("a fixed time limit copies with `with`", copy is not null && copy.Equals(fixedRule) && !ReferenceEquals(copy, fixedRule));

        // Validation: the only finding is task 4 with no lead and no responsible unit (GT1102, a warning).
        var validation = PlanValidator.Default.Validate(plan);
        Check("validation finds no error", !validation.HasErrors);
        Check("validation reports task 4 as unassigned (GT1102)",
            validation.WithCode(DiagnosticCodes.TaskUnassigned).Count == 1
            && validation.WithCode(DiagnosticCodes.TaskUnassigned)[0].Severity == DiagnosticSeverity.Warning
            && validation.WithCode(DiagnosticCodes.TaskUnassigned)[0].GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Length > 0);

        // Compliance on 15 November 2021 after the report of 31 October: task 1 done (on time: all of its interval,
        // 29 September to 31 October, is on or before its due date); task 2 not started, 38 days overdue (8 October
        // to 15 November); task 3 in progress, 35 days overdue (11 October to 15 November); task 4 ongoing.
        var report = new ProgressReport(new LocalDate(2021, 10, 31))
        {
            Entries = new[]
            {
                ProgressEntry.FromText(new TaskNumber(1), "已完成"),
                ProgressEntry.FromText(new TaskNumber(2), "暂未开展"),
                ProgressEntry.FromText(new TaskNumber(3), "正在进行"),
            },
        };
        var summary = PlanCompliance.Summarize(plan, report, calendar, new LocalDate(2021, 11, 15));
        var totals = summary.Totals;
        Check("4 tasks, 1 completed on time, 1 in progress, 1 not started",
            totals.Tasks == 4 && totals.Completed == 1 && totals.CompletedOnTime == 1 && totals.InProgress == 1 && totals.NotStarted == 1);
        Check("2 tasks overdue, 1 ongoing", totals.Overdue == 2 && totals.Ongoing == 1);
        Check("the overdue list is task 2 (38 days) then task 3 (35 days)",
            summary.Overdue.Select(t => (t.Number, t.DaysOverdue)).SequenceEqual(new[] { (new TaskNumber(2), (int?)38), (new TaskNumber(3), (int?)35) }));
        Check("the Markdown summary names the overdue task's lead", ComplianceRenderer.ToMarkdown(summary, CultureInfo.GetCultureInfo("zh-CN")).Contains("县发改委"));

        // JSON: a round trip gives an equal plan; bad JSON gives a failed result, not an exception.
        Check("the plan survives a JSON round trip", PlanJson.DeserializePlan(PlanJson.Serialize(plan)).Value.Equals(plan));
        Check("bad JSON gives a failed result", !PlanJson.DeserializePlan("{\"year\":").Success);

        // GovTransparency.Import: a prose 工作要点 with the units in brackets.
        var imported = PlanDocumentImporter.Import(string.Join("\n",
            "2022年某市政务公开工作要点",
            "一、加强政策解读",
            "（一）做好解读工作。各部门要同步解读政策文件。（市府办牵头，市政府各部门负责）"));
        Check("the importer reads 1 section with 1 task", imported.Plan.Sections.Count == 1 && imported.Plan.TaskCount == 1);
        Check("the importer reads the year and the lead unit",
            imported.Plan.Year == 2022 && imported.Plan.Sections[0].Tasks[0].LeadUnits.SequenceEqual(new[] { new Unit("市府办") }));

        // GovTransparency.Domain.Testing: midnight in Beijing is still the previous day in UTC; a calendar with only
        // 1 October off counts Thursday 30 September + 3 working days as Monday 4, Tuesday 5, Wednesday 6 October.
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 9, 28));
        Check("the fixed clock's Beijing date is 2021-09-28 and its UTC date 2021-09-27",
            clock.TodayInBeijing == new LocalDate(2021, 9, 28) && clock.Today(DateTimeZone.Utc) == new LocalDate(2021, 9, 27));
        Check("a test calendar with only 1 October off: 3 working days after 2021-09-30 is 2021-10-06",
            TestCalendars.WithHolidays(new LocalDate(2021, 10, 1)).AddWorkingDays(new LocalDate(2021, 9, 30), 3) == new LocalDate(2021, 10, 6));
    }

    /// <summary>The target framework each package assembly was built for, as loaded in this assembly's context.</summary>
    public static string LoadedAssets() =>
        FrameworkOf(typeof(WorkPlan).Assembly) + " | " + FrameworkOf(typeof(PlanDocumentImporter).Assembly) + " | " + FrameworkOf(typeof(FixedClock).Assembly);

    private static string FrameworkOf(Assembly assembly) =>
        assembly.GetName().Name + " " + (assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "(no TargetFrameworkAttribute)");
}
