namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Where a task stands at a date, for a supervisor: one value per task (<see cref="TaskCompliance.Standing"/>). A
/// completed task is judged by when the reports show it was completed; a task not completed by its due date.
/// </summary>
/// <remarks>
/// <para>
/// A task is completed when its latest progress entry on or before the as-of date says so (已完成). The reports only
/// tell that it was completed somewhere between the last report that showed it not completed (or the plan's issue)
/// and the first that showed it completed (<see cref="Progress.CompletionInterval"/>): it is on time when that whole
/// interval is on or before the due date, late when all of it is after, and undetermined otherwise. Never guessed.
/// </para>
/// <para>The value 0 is not a standing: it is only the <c>default</c>.</para>
/// </remarks>
public enum ComplianceStanding
{
    /// <summary>Completed, and the reports show it was completed on or before its due date.</summary>
    CompletedOnTime = 1,

    /// <summary>Completed, and the reports show it was completed after its due date.</summary>
    CompletedLate = 2,

    /// <summary>
    /// Completed, but the reports cannot tell whether on time: the interval in which it was completed contains the due
    /// date (its only report is after the due date), or the task has no due date (continuous, or none could be
    /// resolved).
    /// </summary>
    CompletedUndetermined = 3,

    /// <summary>Not completed, and the as-of date is after the due date (due dates are inclusive).</summary>
    Overdue = 4,

    /// <summary>Not completed, and due within the due-soon window: as-of ≤ due ≤ as-of + window.</summary>
    DueSoon = 5,

    /// <summary>Not completed, and due later than the due-soon window.</summary>
    NotYetDue = 6,

    /// <summary>A continuous task (持续推进, 长期坚持, 常态化) not completed: no due date; judged by regular progress (see <see cref="TaskCompliance.IsSilent"/>).</summary>
    Ongoing = 7,

    /// <summary>
    /// Not completed, and there is no due date to judge against: the event a relative limit counts from has no date,
    /// the time limit was not understood, or the calendar does not cover the count
    /// (<see cref="TaskCompliance.Resolution"/> says which).
    /// </summary>
    NoDueDate = 8,
}
