using System;
using System.Linq;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// Small plans for the validation tests, built with explicit numbers so that tests can get them wrong. The clean
/// plan has nothing to report but how its tasks are numbered; each test changes one thing with <c>with</c>.
/// </summary>
internal static class ValidationFixtures
{
    public static readonly LocalDate IssuedOn = new(2021, 4, 25);

    /// <summary>A plan of 2021, issued 2021-04-25: 一 with (一) tasks 1–2 and (二) task 3; 二 with (一) task 4.</summary>
    public static WorkPlan Clean() => Plan(
        S(1, "进一步强化重点领域信息公开",
            U(1, "做好各类规划主动公开。", T(1), T(2)),
            U(2, "做好财政信息公开。", T(3))),
        S(2, "进一步强化政策发布解读",
            U(1, "持续加强重大政策发布解读。", T(4))));

    public static WorkPlan Plan(params Section[] sections) => new("测试区2021年政务公开重点工作任务分工", 2021)
    {
        IssuedOn = IssuedOn,
        Sections = sections,
    };

    public static Section S(int ordinal, string title, params Subsection[] subsections) =>
        new(new ChineseOrdinal(ordinal), title) { Subsections = subsections };

    public static Section SectionWithTasks(int ordinal, string title, params WorkTask[] tasks) =>
        new(new ChineseOrdinal(ordinal), title) { Tasks = tasks };

    public static Subsection U(int ordinal, string title, params WorkTask[] tasks) =>
        new(new ChineseOrdinal(ordinal), title) { Tasks = tasks };

    /// <summary>A task led by 区财政局, carried out by 各乡镇街, due 年底前.</summary>
    public static WorkTask T(int number, string requirement = "推进部门预算、决算及相关报表公开。") =>
        new(new TaskNumber(number), requirement)
        {
            Assignments = new[] { new Assignment(new Unit("区财政局"), UnitRole.Lead), new Assignment(Unit.FromName("各乡镇街"), UnitRole.Responsible) },
            Deadline = new DeadlineRule.ByYearEnd(RuleYear.PlanYear),
            TimeLimitText = "年底前",
        };

    public static WorkTask WithUnits(this WorkTask task, params Assignment[] assignments) => task with { Assignments = assignments };

    public static WorkTask Due(this WorkTask task, DeadlineRule rule) => task with { Deadline = rule, TimeLimitText = rule.ToChineseText() };

    /// <summary>The clean plan with its first task (一 (一) task 1) replaced.</summary>
    public static WorkPlan WithFirstTask(Func<WorkTask, WorkTask> change)
    {
        var plan = Clean();
        var section = plan.Sections[0];
        var subsection = section.Subsections[0];
        var tasks = subsection.Tasks.ToArray();
        tasks[0] = change(tasks[0]);
        var subsections = section.Subsections.ToArray();
        subsections[0] = subsection with { Tasks = tasks };
        var sections = plan.Sections.ToArray();
        sections[0] = section with { Subsections = subsections };
        return plan with { Sections = sections };
    }

    public const string FirstTask = "Sections[0].Subsections[0].Tasks[0]";

    public static Assignment Lead(string name) => new(Unit.FromName(name), UnitRole.Lead);

    public static Assignment Responsible(string name) => new(Unit.FromName(name), UnitRole.Responsible);

    public static Assignment Cooperating(string name) => new(Unit.FromName(name), UnitRole.Cooperating);

    public static DeadlineRule.ByMonthEnd MonthEnd(int month, int? year = null) =>
        new(year is { } y ? RuleYear.Of(y) : RuleYear.PlanYear, month);

    public static DeadlineRule.Milestones Steps(params DeadlineRule.Fixed[] steps) =>
        new(steps.Select(s => new Milestone(s)));

    public static ValidationReport Validate(WorkPlan plan, ValidationSettings? settings = null) =>
        (settings is null ? PlanValidator.Default : new PlanValidator(settings)).Validate(plan);

    /// <summary>The findings as (code, severity, path) triples, for exact comparisons.</summary>
    public static (string Code, DiagnosticSeverity Severity, string Path)[] Triples(this ValidationReport report) =>
        report.Findings.Select(f => (f.Code, f.Severity, f.Path)).ToArray();
}
