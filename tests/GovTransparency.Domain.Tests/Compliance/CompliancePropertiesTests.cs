using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>Laws of the standing and the summary, over generated plans (every deadline kind) and reports.</summary>
public class CompliancePropertiesTests
{
    private static readonly ProgressStatus[] Statuses = { ProgressStatus.Unknown, ProgressStatus.NotStarted, ProgressStatus.InProgress, ProgressStatus.Completed };

    /// <summary>Generated plans of a year 2015-2025 whose tasks are numbered 1-40 (some repeated), with 0-4 reports in or around that year.</summary>
    private static readonly Gen<(WorkPlan Plan, List<ProgressReport> Reports)> PlanWithReports =
        from plan in ModelGenerators.Plan
        from year in Gen.Choose(2015, 2025)
        from issued in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 200).Select(d => (LocalDate?)new LocalDate(year, 1, 1).PlusDays(d)))
        from reports in Report(year).ListOf().Select(r => r.Take(4).ToList())
        select (Renumber(plan with { Year = year, IssuedOn = issued }), reports);

    private static Gen<ProgressReport> Report(int year) =>
        from asOf in Gen.Choose(-60, 420).Select(d => new LocalDate(year, 1, 1).PlusDays(d))
        from entries in Entry(year).ListOf()
        select new ProgressReport(asOf) { Entries = entries };

    private static Gen<ProgressEntry> Entry(int year) =>
        from task in Gen.Choose(1, 45)
        from status in Gen.Elements(Statuses)
        from stated in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 400).Select(d => (LocalDate?)new LocalDate(year, 1, 1).PlusDays(d)))
        select new ProgressEntry(new TaskNumber(task), status) { CompletedOn = status == ProgressStatus.Completed ? stated : null };

    private static Gen<LocalDate> AsOf(int year) => Gen.Choose(-30, 450).Select(d => new LocalDate(year, 1, 1).PlusDays(d));

    /// <summary>Brings the generated task numbers (1-500) down to 1-40 so that reports name them.</summary>
    private static WorkPlan Renumber(WorkPlan plan) => plan with
    {
        Sections = plan.Sections.Select(s => s with
        {
            Tasks = s.Tasks.Select(Renumber).ToList(),
            Subsections = s.Subsections.Select(u => u with { Tasks = u.Tasks.Select(Renumber).ToList() }).ToList(),
        }).ToList(),
    };

    private static WorkTask Renumber(WorkTask task) => task with { Number = new TaskNumber(((task.Number.Value - 1) % 40) + 1) };

    [Fact]
    public void Every_task_is_in_exactly_one_status_and_completed_is_on_time_plus_late_plus_undetermined()
    {
        var cases = from p in PlanWithReports from asOf in AsOf(p.Plan.Year) select (p.Plan, p.Reports, asOf);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var summary = PlanCompliance.Summarize(c.Plan, new ProgressHistory(c.Reports), ChinaCalendar.Default, c.asOf);
            var totals = summary.Totals;
            var tasks = summary.Tasks;
            var completed = tasks.Where(t => t.Status == ProgressStatus.Completed).ToList();
            return totals.Tasks == c.Plan.TaskCount
                && tasks.Count == totals.Tasks
                && totals.Completed + totals.InProgress + totals.NotStarted + totals.Unknown == totals.Tasks
                && totals.Completed == completed.Count
                && totals.Completed == totals.CompletedOnTime + totals.CompletedLate + totals.CompletedUndetermined
                && totals.CompletedOnTime == completed.Count(t => t.Timeliness == Timeliness.OnTime)
                && totals.CompletedLate == completed.Count(t => t.Timeliness == Timeliness.Late)
                && totals.InProgress == tasks.Count(t => t.Status == ProgressStatus.InProgress)
                && totals.NotStarted == tasks.Count(t => t.Status == ProgressStatus.NotStarted)
                && tasks.All(t => (t.Timeliness is not null) == t.IsCompleted && (t.Completion is not null) == t.IsCompleted)
                && totals.Overdue == summary.Overdue.Count
                && totals.DueSoon == summary.DueSoon.Count
                && totals.Silent == summary.Silent.Count;
        }), maxTest: 200);
    }

    [Fact]
    public void Standings_partition_the_tasks_and_agree_with_the_status_except_for_recurring_tasks()
    {
        var cases = from p in PlanWithReports from asOf in AsOf(p.Plan.Year) select (p.Plan, p.Reports, asOf);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var summary = PlanCompliance.Summarize(c.Plan, new ProgressHistory(c.Reports), ChinaCalendar.Default, c.asOf);
            var totals = summary.Totals;
            var byStanding = summary.Tasks.Count(t => t.Standing is ComplianceStanding.CompletedOnTime or ComplianceStanding.CompletedLate or ComplianceStanding.CompletedUndetermined);
            var sections = summary.BySection.Sum(s => s.Totals.Tasks);
            return byStanding + totals.Overdue + totals.DueSoon + totals.NotYetDue + totals.Ongoing + totals.NoDueDate == totals.Tasks
                && sections == totals.Tasks
                && summary.BySection.Sum(s => s.Totals.Overdue) == totals.Overdue
                && summary.Tasks.Where(t => t.Occurrences.Count == 0 && t.Resolution.Kind != GovTransparency.Domain.Deadlines.DeadlineResolutionKind.Series)
                    .All(t => t.IsCompleted == (t.Standing is ComplianceStanding.CompletedOnTime or ComplianceStanding.CompletedLate or ComplianceStanding.CompletedUndetermined));
        }), maxTest: 200);
    }

    [Fact]
    public void A_task_overdue_at_a_date_stays_overdue_at_every_later_date_without_a_new_report()
    {
        var cases =
            from p in PlanWithReports
            from asOf in AsOf(p.Plan.Year)
            from later in Gen.Choose(0, 800)
            select (p.Plan, p.Reports, asOf, later);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Only the reports known at the first date: none arrives in between.
            var history = new ProgressHistory(c.Reports.Where(r => r.AsOf <= c.asOf));
            var then = PlanCompliance.StandingsAt(c.Plan, history, ChinaCalendar.Default, c.asOf);
            var now = PlanCompliance.StandingsAt(c.Plan, history, ChinaCalendar.Default, c.asOf.PlusDays(c.later));
            return then.Zip(now, (a, b) => a.Standing != ComplianceStanding.Overdue
                    || (b.Standing == ComplianceStanding.Overdue && b.DaysOverdue == a.DaysOverdue + c.later))
                .All(ok => ok);
        }), maxTest: 200);
    }

    [Fact]
    public void The_summary_is_the_same_under_any_culture()
    {
        var cases = from p in PlanWithReports from asOf in AsOf(p.Plan.Year) select (p.Plan, p.Reports, asOf);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var history = new ProgressHistory(c.Reports);
            string Render() => ComplianceRenderer.ToJson(PlanCompliance.Summarize(c.Plan, history, ChinaCalendar.Default, c.asOf));
            var invariant = WithCulture("", Render);
            return WithCulture("ar-SA", Render) == invariant && WithCulture("tr-TR", Render) == invariant;
        }), maxTest: 30);
    }

    private static string WithCulture(string name, System.Func<string> action)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        var savedUi = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);
            return action();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
            System.Globalization.CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
