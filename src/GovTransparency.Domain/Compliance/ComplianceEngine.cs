using System;
using System.Collections.Generic;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// The computation behind <see cref="PlanCompliance"/>: one pass over the tasks to judge each, one pass to count. The
/// per-task path does no LINQ: reports are indexed by task once (<see cref="ProgressHistory"/>), fixed time limits
/// resolve without allocating, and units are counted through dictionaries keyed by the name as written.
/// </summary>
internal static class ComplianceEngine
{
    public static TaskCompliance[] AssessAll(WorkPlan plan, ProgressHistory history, IWorkingDayCalendar calendar, LocalDate asOf, ComplianceSettings settings)
    {
        var context = new DeadlineContext(Math.Min(Math.Max(plan.Year, DeadlineContext.MinPlanYear), DeadlineContext.MaxPlanYear), plan.IssuedOn);
        var notBefore = plan.IssuedOn ?? new LocalDate(plan.Year, 1, 1);
        var tasks = new TaskCompliance[plan.TaskCount];
        var resolutions = new Resolutions(context, calendar);
        var i = 0;
        foreach (var location in plan.EnumerateTasks())
        {
            tasks[i] = Assess(i, location, history, resolutions, asOf, notBefore, settings);
            i++;
        }

        return tasks;
    }

    public static ComplianceSummary Summarize(WorkPlan plan, ProgressHistory history, IWorkingDayCalendar calendar, LocalDate asOf, ComplianceSettings settings)
    {
        var tasks = AssessAll(plan, history, calendar, asOf, settings);
        var totals = new TotalsCounter();
        var sections = new TotalsCounter[plan.Sections.Count];
        for (var s = 0; s < sections.Length; s++)
        {
            sections[s] = new TotalsCounter();
        }

        var lead = new UnitTable(settings.Units, UnitRole.Lead);
        var responsible = new UnitTable(settings.Units, UnitRole.Responsible);
        var cooperating = new UnitTable(settings.Units, UnitRole.Cooperating);
        var overdue = new List<TaskCompliance>();
        var dueSoon = new List<TaskCompliance>();
        var silent = new List<TaskCompliance>();
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = tasks[i];
            totals.Add(task);
            sections[task.Location.SectionIndex].Add(task);
            var assignments = task.Task.Assignments;
            for (var a = 0; a < assignments.Count; a++)
            {
                var assignment = assignments[a];
                var table = assignment.Role switch
                {
                    UnitRole.Lead => lead,
                    UnitRole.Responsible => responsible,
                    _ => cooperating,
                };
                table.Add(assignment.Unit, task);
            }

            switch (task.Standing)
            {
                case ComplianceStanding.Overdue:
                    overdue.Add(task);
                    break;
                case ComplianceStanding.DueSoon:
                    dueSoon.Add(task);
                    break;
            }

            if (task.IsSilent)
            {
                silent.Add(task);
            }
        }

        // Most days overdue first, soonest due first, then plan order: sorted on one integer key per task.
        var overdueList = SortedBy(overdue, static t => int.MaxValue - t.DaysOverdue!.Value);
        var dueSoonList = SortedBy(dueSoon, static t => t.DaysUntilDue!.Value);
        var sectionRows = new SectionCompliance[sections.Length];
        for (var s = 0; s < sections.Length; s++)
        {
            var section = plan.Sections[s];
            sectionRows[s] = new SectionCompliance(s, section.Number, section.Title, sections[s].ToTotals());
        }

        var latest = history.LatestOnOrBefore(asOf);
        return new ComplianceSummary(
            plan,
            asOf,
            settings,
            latest?.AsOf,
            ValueList<TaskCompliance>.Wrap(tasks),
            totals.ToTotals(),
            lead.ToRows(),
            responsible.ToRows(),
            cooperating.ToRows(),
            ValueList<SectionCompliance>.Wrap(sectionRows),
            overdueList,
            dueSoonList,
            ValueList<TaskCompliance>.From(silent),
            Changes(plan, history, calendar, asOf, settings, latest, tasks));
    }

    /// <summary>Sorts tasks by a non-negative key, ties in plan order.</summary>
    private static ValueList<TaskCompliance> SortedBy(List<TaskCompliance> tasks, Func<TaskCompliance, int> key)
    {
        var items = tasks.ToArray();
        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)key(items[i]) << 32) | (uint)items[i].PlanIndex;
        }

        Array.Sort(keys, items);
        return ValueList<TaskCompliance>.Wrap(items);
    }

    /// <summary>The changes since the latest report dated before the latest one on or before the as-of date, if any.</summary>
    private static ComplianceChanges? Changes(
        WorkPlan plan,
        ProgressHistory history,
        IWorkingDayCalendar calendar,
        LocalDate asOf,
        ComplianceSettings settings,
        ProgressReport? latest,
        TaskCompliance[] tasks)
    {
        if (latest is null)
        {
            return null;
        }

        ProgressReport? previous = null;
        foreach (var report in history.Reports)
        {
            if (report.AsOf >= latest.AsOf)
            {
                break;
            }

            previous = report;
        }

        if (previous is null)
        {
            return null;
        }

        var before = AssessAll(plan, history, calendar, previous.AsOf, settings);
        return ComplianceChanges.Compare(previous.AsOf, before, asOf, tasks);
    }

    private static TaskCompliance Assess(
        int index,
        TaskLocation location,
        ProgressHistory history,
        Resolutions resolutions,
        LocalDate asOf,
        LocalDate notBefore,
        ComplianceSettings settings)
    {
        var task = location.Task;
        var resolution = resolutions.Resolve(task.Deadline);
        var completion = history.Scan(task.Number.Value, LocalDate.MinIsoValue, asOf, notBefore, out var entry, out var reported);
        LocalDate? reportedOn = entry is null ? null : reported;
        if (resolution.Kind == DeadlineResolutionKind.Series)
        {
            return AssessRecurring(index, location, history, resolution, asOf, entry, reportedOn, completion, settings);
        }

        if (completion is { } done)
        {
            if (resolution.TryGetDueDate(out var due))
            {
                var timeliness = done.JudgeAgainst(due);
                return new TaskCompliance(
                    index, location, entry, reportedOn, resolution, Completed(timeliness), due, done.DaysLate(due) ?? 0, done, timeliness, false, null);
            }

            return new TaskCompliance(
                index, location, entry, reportedOn, resolution, ComplianceStanding.CompletedUndetermined, null, 0, done, Timeliness.Undetermined, false, null);
        }

        var standing = resolution.StandingAt(asOf, completedOn: null, settings.DueSoonDays);
        ComplianceStanding kind;
        int days;
        switch (standing.Kind)
        {
            case StandingKind.Overdue:
                kind = ComplianceStanding.Overdue;
                days = standing.DaysOverdue!.Value;
                break;
            case StandingKind.DueSoon:
                kind = ComplianceStanding.DueSoon;
                days = standing.DaysUntilDue!.Value;
                break;
            case StandingKind.NotYetDue:
                kind = ComplianceStanding.NotYetDue;
                days = standing.DaysUntilDue!.Value;
                break;
            case StandingKind.Ongoing:
                kind = ComplianceStanding.Ongoing;
                days = 0;
                break;
            default:
                kind = ComplianceStanding.NoDueDate;
                days = 0;
                break;
        }

        var silent = kind == ComplianceStanding.Ongoing
            && (reportedOn is not { } on || IsoDays.FromDate(IsoDays.ToIso(asOf)) - IsoDays.FromDate(IsoDays.ToIso(on)) > settings.SilenceDays);
        return new TaskCompliance(index, location, entry, reportedOn, resolution, kind, standing.DueDate, days, null, null, silent, null);
    }

    private static TaskCompliance AssessRecurring(
        int index,
        TaskLocation location,
        ProgressHistory history,
        DeadlineResolution resolution,
        LocalDate asOf,
        ProgressEntry? entry,
        LocalDate? reportedOn,
        CompletionInterval? completion,
        ComplianceSettings settings)
    {
        var value = location.Task.Number.Value;
        var occurrences = resolution.Occurrences;
        var today = IsoDays.FromDate(IsoDays.ToIso(asOf));
        var judged = new OccurrenceCompliance[occurrences.Count];
        for (var k = 0; k < judged.Length; k++)
        {
            var occurrence = occurrences[k];
            var to = occurrence.PeriodEnd < asOf ? occurrence.PeriodEnd : asOf;
            var done = to < occurrence.PeriodStart
                ? null
                : history.Scan(value, occurrence.PeriodStart, to, occurrence.PeriodStart, out _, out _);
            if (done is { } interval)
            {
                var timeliness = interval.JudgeAgainst(occurrence.DueDate);
                judged[k] = new OccurrenceCompliance(occurrence, Completed(timeliness), interval, null, null, interval.DaysLate(occurrence.DueDate));
                continue;
            }

            // Not completed: the rules of TaskStanding (due dates inclusive, the due-soon window inclusive).
            var days = IsoDays.FromDate(occurrence.DueDate) - today;
            judged[k] = days < 0
                ? new OccurrenceCompliance(occurrence, ComplianceStanding.Overdue, null, -days, null, null)
                : new OccurrenceCompliance(occurrence, days <= settings.DueSoonDays ? ComplianceStanding.DueSoon : ComplianceStanding.NotYetDue, null, null, days, null);
        }

        // The most pressing occurrence decides: the most overdue, else the soonest due, else the worst completion.
        var decisive = -1;
        for (var k = 0; k < judged.Length; k++)
        {
            if (decisive < 0 || PressesMore(judged[k], judged[decisive]))
            {
                decisive = k;
            }
        }

        var standing = decisive < 0 ? ComplianceStanding.NoDueDate : judged[decisive].Standing;
        LocalDate? due = decisive < 0 ? null : judged[decisive].Occurrence.DueDate;
        var decisiveDays = decisive < 0 ? 0 : Days(judged[decisive]);
        Timeliness? taskTimeliness = null;
        if (completion is { } finished)
        {
            taskTimeliness = Timeliness.Undetermined;
            foreach (var occurrence in judged)
            {
                if (occurrence.Occurrence.PeriodStart <= finished.Latest && finished.Latest <= occurrence.Occurrence.PeriodEnd && occurrence.Completion is { } c)
                {
                    taskTimeliness = c.JudgeAgainst(occurrence.Occurrence.DueDate);
                }
            }
        }

        return new TaskCompliance(
            index, location, entry, reportedOn, resolution, standing, due, decisiveDays, completion, taskTimeliness, false, ValueList<OccurrenceCompliance>.Wrap(judged));
    }

    /// <summary>How pressing a standing of an occurrence is: overdue first, then due soon, not yet due, late, undetermined, on time.</summary>
    private static int Rank(ComplianceStanding standing) => standing switch
    {
        ComplianceStanding.Overdue => 6,
        ComplianceStanding.DueSoon => 5,
        ComplianceStanding.NotYetDue => 4,
        ComplianceStanding.CompletedLate => 3,
        ComplianceStanding.CompletedUndetermined => 2,
        ComplianceStanding.CompletedOnTime => 1,
        _ => 0,
    };

    /// <summary>Whether an occurrence presses more than another: a worse standing, or within one, more days overdue or late, or fewer until due.</summary>
    private static bool PressesMore(in OccurrenceCompliance x, in OccurrenceCompliance y)
    {
        var byRank = Rank(x.Standing).CompareTo(Rank(y.Standing));
        if (byRank != 0)
        {
            return byRank > 0;
        }

        return x.Standing switch
        {
            ComplianceStanding.Overdue or ComplianceStanding.CompletedLate => Days(x) > Days(y),
            ComplianceStanding.DueSoon or ComplianceStanding.NotYetDue => Days(x) < Days(y),
            _ => false,
        };
    }

    private static int Days(in OccurrenceCompliance occurrence) =>
        occurrence.DaysOverdue ?? occurrence.DaysUntilDue ?? occurrence.DaysLate ?? 0;

    private static ComplianceStanding Completed(Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => ComplianceStanding.CompletedOnTime,
        Timeliness.Late => ComplianceStanding.CompletedLate,
        _ => ComplianceStanding.CompletedUndetermined,
    };

    /// <summary>
    /// Resolves time limits for one plan. Fixed and continuous limits resolve without allocating; the others (a default
    /// due date with its diagnostic, relative counts with their explanations, series) are resolved once per distinct
    /// rule, since resolution is a pure function of the rule, the plan's context and the calendar.
    /// </summary>
    private sealed class Resolutions
    {
        private readonly DeadlineContext _context;
        private readonly IWorkingDayCalendar _calendar;
        private Dictionary<DeadlineRule, DeadlineResolution>? _cache;

        public Resolutions(DeadlineContext context, IWorkingDayCalendar calendar)
        {
            _context = context;
            _calendar = calendar;
        }

        public DeadlineResolution Resolve(DeadlineRule rule)
        {
            if (rule is DeadlineRule.Fixed or DeadlineRule.Continuous)
            {
                return DeadlineResolver.Resolve(rule, _context, _calendar);
            }

            _cache ??= new Dictionary<DeadlineRule, DeadlineResolution>();
            if (!_cache.TryGetValue(rule, out var resolution))
            {
                resolution = DeadlineResolver.Resolve(rule, _context, _calendar);
                _cache.Add(rule, resolution);
            }

            return resolution;
        }
    }

    /// <summary>Counts tasks into the fields of <see cref="ComplianceTotals"/>.</summary>
    private sealed class TotalsCounter
    {
        private int _tasks;
        private int _onTime;
        private int _late;
        private int _undetermined;
        private int _inProgress;
        private int _notStarted;
        private int _unknown;
        private int _unreported;
        private int _overdue;
        private int _dueSoon;
        private int _notYetDue;
        private int _ongoing;
        private int _noDueDate;
        private int _silent;

        public void Add(TaskCompliance task)
        {
            _tasks++;
            switch (task.Status)
            {
                case ProgressStatus.Completed:
                    switch (task.Timeliness)
                    {
                        case Timeliness.OnTime:
                            _onTime++;
                            break;
                        case Timeliness.Late:
                            _late++;
                            break;
                        default:
                            _undetermined++;
                            break;
                    }

                    break;
                case ProgressStatus.InProgress:
                    _inProgress++;
                    break;
                case ProgressStatus.NotStarted:
                    _notStarted++;
                    break;
                default:
                    _unknown++;
                    if (!task.IsReported)
                    {
                        _unreported++;
                    }

                    break;
            }

            switch (task.Standing)
            {
                case ComplianceStanding.Overdue:
                    _overdue++;
                    break;
                case ComplianceStanding.DueSoon:
                    _dueSoon++;
                    break;
                case ComplianceStanding.NotYetDue:
                    _notYetDue++;
                    break;
                case ComplianceStanding.Ongoing:
                    _ongoing++;
                    break;
                case ComplianceStanding.NoDueDate:
                    _noDueDate++;
                    break;
            }

            if (task.IsSilent)
            {
                _silent++;
            }
        }

        public ComplianceTotals ToTotals() => new(
            _tasks, _onTime, _late, _undetermined, _inProgress, _notStarted, _unknown, _unreported, _overdue, _dueSoon, _notYetDue, _ongoing, _noDueDate, _silent);
    }

    /// <summary>The rows of one role's per-unit table, keyed by the name as written and merged by canonical name.</summary>
    private sealed class UnitTable
    {
        private readonly UnitDirectory _directory;
        private readonly UnitRole _role;
        private readonly Dictionary<string, Row> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Row> _byCanonicalName = new(StringComparer.Ordinal);
        private readonly List<Row> _rows = new();

        public UnitTable(UnitDirectory directory, UnitRole role)
        {
            _directory = directory;
            _role = role;
        }

        public void Add(Unit unit, TaskCompliance task)
        {
            if (!_byName.TryGetValue(unit.Name, out var row))
            {
                var canonical = _directory.Resolve(unit.Name);
                if (!_byCanonicalName.TryGetValue(canonical, out row))
                {
                    row = new Row(string.Equals(canonical, unit.Name, StringComparison.Ordinal) ? unit : new Unit(canonical, unit.Kind));
                    _byCanonicalName.Add(canonical, row);
                    _rows.Add(row);
                }

                _byName.Add(unit.Name, row);
            }

            // A task counts once per unit and role, however often the unit (or an alias) is written.
            if (row.LastTask != task.PlanIndex)
            {
                row.LastTask = task.PlanIndex;
                row.Counter.Add(task);
            }
        }

        public ValueList<UnitCompliance> ToRows()
        {
            var rows = new UnitCompliance[_rows.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new UnitCompliance(_rows[i].Unit, _role, _rows[i].Counter.ToTotals());
            }

            return ValueList<UnitCompliance>.Wrap(rows);
        }

        private sealed class Row
        {
            public Row(Unit unit) => Unit = unit;

            public Unit Unit { get; }

            public TotalsCounter Counter { get; } = new();

            public int LastTask { get; set; } = -1;
        }
    }
}
