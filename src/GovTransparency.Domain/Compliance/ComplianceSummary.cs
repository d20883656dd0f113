using System.Collections.Generic;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// A plan judged at a date, summarised for a supervisor (督查): every task's standing, the totals, the same counts per
/// lead, responsible and cooperating unit and per section, the overdue and due-soon lists, the silent continuous tasks,
/// and what changed since the previous report. Made by
/// <see cref="PlanCompliance.Summarize(WorkPlan, Progress.ProgressHistory, Calendars.IWorkingDayCalendar, LocalDate, ComplianceSettings?)"/>;
/// rendered by <see cref="ComplianceRenderer"/>. Immutable.
/// </summary>
public sealed class ComplianceSummary
{
    internal ComplianceSummary(
        WorkPlan plan,
        LocalDate asOf,
        ComplianceSettings settings,
        LocalDate? latestReportOn,
        ValueList<TaskCompliance> tasks,
        ComplianceTotals totals,
        ValueList<UnitCompliance> byLeadUnit,
        ValueList<UnitCompliance> byResponsibleUnit,
        ValueList<UnitCompliance> byCooperatingUnit,
        ValueList<SectionCompliance> bySection,
        ValueList<TaskCompliance> overdue,
        ValueList<TaskCompliance> dueSoon,
        ValueList<TaskCompliance> silent,
        ComplianceChanges? changes)
    {
        Plan = plan;
        AsOf = asOf;
        Settings = settings;
        LatestReportOn = latestReportOn;
        Tasks = tasks;
        Totals = totals;
        ByLeadUnit = byLeadUnit;
        ByResponsibleUnit = byResponsibleUnit;
        ByCooperatingUnit = byCooperatingUnit;
        BySection = bySection;
        Overdue = overdue;
        DueSoon = dueSoon;
        Silent = silent;
        Changes = changes;
    }

    /// <summary>Gets the plan judged.</summary>
    public WorkPlan Plan { get; }

    /// <summary>Gets the date the plan is judged at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the settings used: the due-soon and silence windows and the unit directory.</summary>
    public ComplianceSettings Settings { get; }

    /// <summary>Gets the as-of date of the latest report on or before <see cref="AsOf"/>, or null when there is none.</summary>
    public LocalDate? LatestReportOn { get; }

    /// <summary>Gets every task judged at the date, in plan order: the 台账 (ledger), one line per task.</summary>
    public IReadOnlyList<TaskCompliance> Tasks { get; }

    /// <summary>Gets the counts for the whole plan (see <see cref="ComplianceTotals"/> for what each means).</summary>
    public ComplianceTotals Totals { get; }

    /// <summary>
    /// Gets one row per unit that leads (牵头) a task, in the order the units first appear in the plan; a task with
    /// two lead units counts in both rows.
    /// </summary>
    public IReadOnlyList<UnitCompliance> ByLeadUnit { get; }

    /// <summary>Gets one row per unit responsible for (负责, 负责落实) a task, in order of first appearance.</summary>
    public IReadOnlyList<UnitCompliance> ByResponsibleUnit { get; }

    /// <summary>Gets one row per unit cooperating on (配合, 参与) a task, in order of first appearance.</summary>
    public IReadOnlyList<UnitCompliance> ByCooperatingUnit { get; }

    /// <summary>Gets one row per section, in plan order.</summary>
    public IReadOnlyList<SectionCompliance> BySection { get; }

    /// <summary>Gets the overdue tasks, most days overdue first, then in plan order.</summary>
    public IReadOnlyList<TaskCompliance> Overdue { get; }

    /// <summary>Gets the tasks due soon, soonest first, then in plan order.</summary>
    public IReadOnlyList<TaskCompliance> DueSoon { get; }

    /// <summary>Gets the silent continuous tasks (<see cref="TaskCompliance.IsSilent"/>), in plan order.</summary>
    public IReadOnlyList<TaskCompliance> Silent { get; }

    /// <summary>
    /// Gets what changed between the previous report (the latest report dated before <see cref="LatestReportOn"/>) and
    /// <see cref="AsOf"/>; null when the history holds no such report.
    /// </summary>
    public ComplianceChanges? Changes { get; }

    /// <summary>Gets the rows of one role's per-unit table.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see cref="ByLeadUnit"/>, <see cref="ByResponsibleUnit"/> or <see cref="ByCooperatingUnit"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The role is not defined.</exception>
    public IReadOnlyList<UnitCompliance> ByUnit(UnitRole role) => role switch
    {
        UnitRole.Lead => ByLeadUnit,
        UnitRole.Responsible => ByResponsibleUnit,
        UnitRole.Cooperating => ByCooperatingUnit,
        _ => throw new System.ArgumentOutOfRangeException(nameof(role), role, "Unknown unit role."),
    };

    /// <summary>Describes the summary in one line, in English.</summary>
    /// <returns>For example <c>2021-09-30: 52 tasks, 2 completed, 0 overdue, 4 due soon</c>.</returns>
    public override string ToString() =>
        Internal.Messages.IsoDate(AsOf) + ": " + Totals.Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tasks, "
        + Totals.Completed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " completed, "
        + Totals.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture) + " overdue, "
        + Totals.DueSoon.ToString(System.Globalization.CultureInfo.InvariantCulture) + " due soon";
}
