using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>
/// Summarising plans at a date (issue 8): the summary of a generated plan set of 1,000,000 tasks with one report each
/// should take at most 1 s. The set is 100 plans of 10,000 tasks (a task number is at most 99,999, so one plan cannot
/// hold a million), each with one progress report that mentions every task. Each invocation builds each plan's
/// <see cref="ProgressHistory"/> (so indexing the report is measured) and summarises all 100 plans.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ComplianceBenchmarks
{
    /// <summary>The number of plans.</summary>
    public const int Plans = 100;

    /// <summary>The tasks per plan.</summary>
    public const int TasksPerPlan = 10_000;

    private readonly LocalDate _asOf = new(2021, 11, 15);
    private WorkPlan[] _plans = null!;
    private ProgressReport[] _reports = null!;
    private WorkPlan _seedSized = null!;
    private ProgressReport _seedSizedReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plans = new WorkPlan[Plans];
        _reports = new ProgressReport[Plans];
        for (var p = 0; p < Plans; p++)
        {
            (_plans[p], _reports[p]) = Generate(p, TasksPerPlan);
        }

        (_seedSized, _seedSizedReport) = Generate(0, 52);
    }

    /// <summary>Summarises the 100 plans of 10,000 tasks, one report each: 1,000,000 tasks per invocation.</summary>
    [Benchmark]
    public int SummarizeMillionTasks()
    {
        var overdue = 0;
        for (var p = 0; p < _plans.Length; p++)
        {
            var history = new ProgressHistory(new[] { _reports[p] });
            overdue += PlanCompliance.Summarize(_plans[p], history, ChinaCalendar.Default, _asOf).Totals.Overdue;
        }

        return overdue;
    }

    /// <summary>Summarises one plan of seed 000's size (52 tasks), for the per-plan overhead.</summary>
    [Benchmark]
    public int SummarizeSeedSizedPlan() =>
        PlanCompliance.Summarize(_seedSized, new ProgressHistory(new[] { _seedSizedReport }), ChinaCalendar.Default, _asOf).Totals.Overdue;

    /// <summary>
    /// A plan shaped like the seeds: six sections of subsections of ten tasks (or more, so that a section has at most 99); time limits 年底前 (most), 10月底前,
    /// 6月底前, 持续推进, unwritten, 印发后一个月内 and 每季度; one or two lead units out of 60 and the two collectives
    /// responsible; a report as of 2021-09-30 with every status.
    /// </summary>
    private static (WorkPlan Plan, ProgressReport Report) Generate(int seed, int taskCount)
    {
        DeadlineRule[] rules =
        {
            new DeadlineRule.ByYearEnd(RuleYear.PlanYear), new DeadlineRule.ByYearEnd(RuleYear.PlanYear), new DeadlineRule.ByYearEnd(RuleYear.PlanYear),
            new DeadlineRule.ByYearEnd(RuleYear.PlanYear), new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10), new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6),
            new DeadlineRule.Continuous(), new DeadlineRule.Unspecified(), new DeadlineRule.Relative(RelativeEvent.PlanIssued, 1, PeriodUnit.Months),
            new DeadlineRule.Recurring(RecurrenceFrequency.Quarterly),
        };
        ProgressStatus[] statuses = { ProgressStatus.InProgress, ProgressStatus.InProgress, ProgressStatus.Completed, ProgressStatus.NotStarted, ProgressStatus.Unknown };
        var units = new Assignment[60];
        for (var u = 0; u < units.Length; u++)
        {
            units[u] = new Assignment(new Unit("区第" + u.ToString(System.Globalization.CultureInfo.InvariantCulture) + "局"), UnitRole.Lead);
        }

        var departments = new Assignment(new Unit("区政府各部门", UnitKind.Collective), UnitRole.Responsible);
        var towns = new Assignment(new Unit("各乡镇街", UnitKind.Collective), UnitRole.Responsible);
        var random = new System.Random(seed);
        var sections = new List<Section>();
        var entries = new List<ProgressEntry>(taskCount);
        var number = 1;
        var perSection = (taskCount + 5) / 6;
        var perSubsection = System.Math.Max(10, (perSection + 98) / 99); // at most 99 subsections (二十 … 九十九)
        for (var s = 1; s <= 6 && number <= taskCount; s++)
        {
            var subsections = new List<Subsection>();
            for (var u = 1; number <= taskCount && number <= s * perSection && u <= 99; u++)
            {
                var tasks = new List<WorkTask>(perSubsection);
                for (var t = 0; t < perSubsection && number <= taskCount && number <= s * perSection; t++, number++)
                {
                    var lead = units[random.Next(units.Length)];
                    var assignments = random.Next(3) == 0
                        ? new[] { lead, units[random.Next(units.Length)], departments, towns }
                        : new[] { lead, departments, towns };
                    tasks.Add(new WorkTask(new TaskNumber(number), "按要求做好政务公开工作，及时公开相关信息。")
                    {
                        Assignments = assignments,
                        Deadline = rules[random.Next(rules.Length)],
                    });
                    entries.Add(new ProgressEntry(new TaskNumber(number), statuses[random.Next(statuses.Length)], "正在进行"));
                }

                subsections.Add(new Subsection(new ChineseOrdinal(u), "做好信息公开。") { Tasks = tasks });
            }

            sections.Add(new Section(new ChineseOrdinal(s), "进一步强化重点领域信息公开") { Subsections = subsections });
        }

        var plan = new WorkPlan("生成的政务公开重点工作任务分工", 2021) { IssuedOn = new LocalDate(2021, 6, 9), Sections = sections };
        if (plan.TaskCount != taskCount)
        {
            throw new System.InvalidOperationException("Generated " + plan.TaskCount + " tasks instead of " + taskCount + ".");
        }

        var report = new ProgressReport(new LocalDate(2021, 9, 30)) { Entries = entries };
        return (plan, report);
    }
}
