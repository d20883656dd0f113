using System.Collections.Generic;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Judges a plan at a date against its progress reports: every task's standing (the 台账, the supervisor's ledger) and
/// the summary a supervisor (督查) acts on. Pure functions of the plan, the reports, the calendar, the as-of date and
/// the settings; nothing reads the clock. User data never makes them throw; only a null argument does.
/// </summary>
/// <remarks>
/// <para>For each task, at the as-of date:</para>
/// <list type="bullet">
/// <item>its latest progress entry on or before the date (reports dated later are not known yet);</item>
/// <item>its time limit resolved against the plan year and issue date
/// (<see cref="Deadlines.DeadlineResolver.Resolve"/>);</item>
/// <item>whether it is completed: only when its latest entry says so; then when, as far as the reports can tell
/// (<see cref="ProgressHistory.CompletionOf"/>, counting from the plan's issue date, or 1 January of the plan year when
/// that is unknown), and whether on time, late or undetermined — never guessed;</item>
/// <item>otherwise where it stands against its due date: overdue (by how many days), due soon (within
/// <see cref="ComplianceSettings.DueSoonDays"/>, inclusive), not yet due, ongoing (continuous; silent when unreported
/// for more than <see cref="ComplianceSettings.SilenceDays"/>), or no due date;</item>
/// <item>recurring tasks per occurrence of the plan year (see <see cref="TaskCompliance"/>).</item>
/// </list>
/// <para>
/// Entries are matched to tasks by the value of the task number; a plan that repeats a number cannot tell the two
/// apart: both read the same entry. Cost: linear in tasks × reports, with one dictionary lookup per task and report.
/// </para>
/// <para>
/// Time limits are resolved in the plan year (a plan of 9999, which <see cref="Deadlines.DeadlineContext"/> cannot hold
/// since 次年 would pass 9999-12-31, is resolved as 9998).
/// </para>
/// </remarks>
public static class PlanCompliance
{
    /// <summary>Judges every task of a plan at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="history">The plan's progress reports.</param>
    /// <param name="calendar">The working-day calendar, for relative time limits; usually <see cref="ChinaCalendar.Default"/>.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="settings">The windows and the unit directory; null for <see cref="ComplianceSettings.Default"/>.</param>
    /// <returns>One line per task, in plan order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/>, <paramref name="history"/> or <paramref name="calendar"/> is null.</exception>
    public static IReadOnlyList<TaskCompliance> StandingsAt(
        WorkPlan plan,
        ProgressHistory history,
        IWorkingDayCalendar calendar,
        LocalDate asOf,
        ComplianceSettings? settings = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(history);
        Guard.Against.Null(calendar);
        return ValueList<TaskCompliance>.Wrap(ComplianceEngine.AssessAll(plan, history, calendar, asOf, settings ?? ComplianceSettings.Default));
    }

    /// <summary>Summarises a plan at a date: every task's standing, the totals, per unit and per section, the lists.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="history">The plan's progress reports.</param>
    /// <param name="calendar">The working-day calendar, for relative time limits; usually <see cref="ChinaCalendar.Default"/>.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="settings">The windows and the unit directory; null for <see cref="ComplianceSettings.Default"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/>, <paramref name="history"/> or <paramref name="calendar"/> is null.</exception>
    public static ComplianceSummary Summarize(
        WorkPlan plan,
        ProgressHistory history,
        IWorkingDayCalendar calendar,
        LocalDate asOf,
        ComplianceSettings? settings = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(history);
        Guard.Against.Null(calendar);
        return ComplianceEngine.Summarize(plan, history, calendar, asOf, settings ?? ComplianceSettings.Default);
    }

    /// <summary>Summarises a plan at a date against one progress report.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">The progress report.</param>
    /// <param name="calendar">The working-day calendar; usually <see cref="ChinaCalendar.Default"/>.</param>
    /// <param name="asOf">The date of the judgement; a report dated after it is not known yet.</param>
    /// <param name="settings">The windows and the unit directory; null for <see cref="ComplianceSettings.Default"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/>, <paramref name="report"/> or <paramref name="calendar"/> is null.</exception>
    public static ComplianceSummary Summarize(
        WorkPlan plan,
        ProgressReport report,
        IWorkingDayCalendar calendar,
        LocalDate asOf,
        ComplianceSettings? settings = null)
    {
        Guard.Against.Null(report);
        return Summarize(plan, new ProgressHistory(new[] { report }), calendar, asOf, settings);
    }
}
