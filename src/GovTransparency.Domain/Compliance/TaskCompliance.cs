using System.Collections.Generic;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// One task judged at a date (one line of the 台账, the supervisor's ledger): what the latest report says of it, its
/// due date, where it stands, and when it was completed as far as the reports can tell. Made by
/// <see cref="PlanCompliance.StandingsAt(WorkPlan, ProgressHistory, Calendars.IWorkingDayCalendar, LocalDate, ComplianceSettings?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Two readings of a task are kept apart. <see cref="Status"/> is what its latest report says (completed, in progress,
/// not started, or unknown — unknown also when no report mentions it). <see cref="Standing"/> judges it against its
/// due date. For a completed task the standing is its <see cref="Timeliness"/>; for a task not completed it is
/// overdue, due soon, not yet due, ongoing (continuous) or no due date.
/// </para>
/// <para>
/// A recurring task (每月, 按季度 …) is judged per occurrence (<see cref="Occurrences"/>); its standing is the most
/// pressing of them: overdue when any occurrence is overdue (by the most days), else due soon, else not yet due, else
/// (every occurrence of the window completed) the worst completion. Its <see cref="Timeliness"/>, when its latest
/// report says completed, is that of the occurrence whose period holds the latest day it can have been completed
/// (<see cref="CompletionInterval.Latest"/>: the first report of the latest run showing it completed, or the
/// completion date a report states).
/// </para>
/// </remarks>
public sealed record TaskCompliance
{
    private readonly ValueList<OccurrenceCompliance>? _occurrences;
    private readonly int _days;

    internal TaskCompliance(
        int planIndex,
        TaskLocation location,
        ProgressEntry? latestEntry,
        LocalDate? reportedOn,
        DeadlineResolution resolution,
        ComplianceStanding standing,
        LocalDate? dueDate,
        int days,
        CompletionInterval? completion,
        Timeliness? timeliness,
        bool isSilent,
        ValueList<OccurrenceCompliance>? occurrences)
    {
        PlanIndex = planIndex;
        Location = location;
        LatestEntry = latestEntry;
        ReportedOn = reportedOn;
        Resolution = resolution;
        Standing = standing;
        DueDate = dueDate;
        _days = days;
        Completion = completion;
        Timeliness = timeliness;
        IsSilent = isSilent;
        _occurrences = occurrences;
    }

    /// <summary>Gets the task's position in the plan, from 0, in document order (<see cref="WorkPlan.EnumerateTasks"/>).</summary>
    public int PlanIndex { get; }

    /// <summary>Gets where the task is in the plan: the task, its section and subsection.</summary>
    public TaskLocation Location { get; }

    /// <summary>Gets the task.</summary>
    public WorkTask Task => Location.Task;

    /// <summary>Gets the task's number as written.</summary>
    public TaskNumber Number => Location.Task.Number;

    /// <summary>Gets the latest progress entry for the task on or before the as-of date, or null when no report mentions it.</summary>
    public ProgressEntry? LatestEntry { get; }

    /// <summary>Gets the as-of date of the report that holds <see cref="LatestEntry"/>, or null.</summary>
    public LocalDate? ReportedOn { get; }

    /// <summary>Gets whether any report on or before the as-of date mentions the task.</summary>
    public bool IsReported => LatestEntry is not null;

    /// <summary>
    /// Gets what the latest report says: completed, in progress, not started, or unknown (the text was not understood,
    /// or no report mentions the task).
    /// </summary>
    public ProgressStatus Status => LatestEntry?.Status ?? ProgressStatus.Unknown;

    /// <summary>Gets whether the latest report says the task is completed.</summary>
    public bool IsCompleted => Status == ProgressStatus.Completed;

    /// <summary>Gets the task's time limit resolved against the plan (its due date, or why there is none).</summary>
    public DeadlineResolution Resolution { get; }

    /// <summary>Gets where the task stands at the as-of date.</summary>
    public ComplianceStanding Standing { get; }

    /// <summary>
    /// Gets the due date judged against, or null when there is none (continuous, no due date); for a recurring task the
    /// due date of the occurrence that decides its standing.
    /// </summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets, for an overdue task, the calendar days from the due date to the as-of date (at least 1); otherwise null.</summary>
    public int? DaysOverdue => Standing == ComplianceStanding.Overdue ? _days : null;

    /// <summary>Gets, for a task due soon or not yet due, the calendar days from the as-of date to the due date (0 when due that day); otherwise null.</summary>
    public int? DaysUntilDue => Standing is ComplianceStanding.DueSoon or ComplianceStanding.NotYetDue ? _days : null;

    /// <summary>
    /// Gets, for a task completed late, the fewest days late the reports allow (from the due date to the earliest day
    /// it can have been completed); otherwise null.
    /// </summary>
    public int? DaysLate => Standing == ComplianceStanding.CompletedLate ? _days : null;

    /// <summary>
    /// Gets when the task was completed, as far as the reports can tell (see <see cref="ProgressHistory.CompletionOf"/>),
    /// or null when its latest report does not say completed.
    /// </summary>
    public CompletionInterval? Completion { get; }

    /// <summary>
    /// Gets, for a completed task, whether it was completed on time, late, or undetermined (the reports cannot tell, or
    /// there is no due date); null for a task not completed.
    /// </summary>
    public Timeliness? Timeliness { get; }

    /// <summary>
    /// Gets whether the task is a continuous one not completed (<see cref="ComplianceStanding.Ongoing"/>) that no report
    /// has mentioned for more than <see cref="ComplianceSettings.SilenceDays"/> days before the as-of date, or ever.
    /// </summary>
    public bool IsSilent { get; }

    /// <summary>Gets, for a recurring task, each occurrence of the plan year judged at the as-of date, in date order; otherwise empty.</summary>
    public IReadOnlyList<OccurrenceCompliance> Occurrences => _occurrences ?? ValueList<OccurrenceCompliance>.Empty;

    /// <summary>
    /// Gets a short excerpt for lists: the task's title when it has one, else its requirement, cut at
    /// <paramref name="maxLength"/> characters with an ellipsis (…), line breaks as spaces.
    /// </summary>
    /// <param name="maxLength">The most characters kept before the ellipsis, at least 1; default 30.</param>
    /// <returns>The excerpt.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public string Excerpt(int maxLength = 30)
    {
        Guard.Against.OutOfRange(maxLength, 1, int.MaxValue);
        var text = string.IsNullOrWhiteSpace(Task.Title) ? Task.Requirement : Task.Title!;
        return ComplianceText.Excerpt(text, maxLength);
    }

    /// <summary>Describes the task's standing in one line, in English.</summary>
    /// <returns>For example <c>30: Overdue (due 2021-10-31)</c>.</returns>
    public override string ToString() =>
        Number.Text + ": " + Standing + (DueDate is { } due ? " (due " + Messages.IsoDate(due) + ")" : string.Empty);
}
