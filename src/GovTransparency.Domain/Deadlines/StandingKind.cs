namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Where a task stands at a date (<see cref="TaskStanding.Kind"/>, <see cref="OccurrenceStanding.Kind"/>). Due dates are
/// inclusive: a task due today is not overdue.
/// </summary>
/// <remarks>The value 0 is not a kind: it is only the <c>default</c> of the standing structs.</remarks>
public enum StandingKind
{
    /// <summary>Not completed, and the due date is further away than the due-soon window.</summary>
    NotYetDue = 1,

    /// <summary>
    /// Not completed, and due within the due-soon window: as-of date ≤ due date ≤ as-of date + window (both ends
    /// inclusive, so a task due today is due soon).
    /// </summary>
    DueSoon = 2,

    /// <summary>Not completed by the as-of date, which is after the due date; the number of days overdue is the difference.</summary>
    Overdue = 3,

    /// <summary>Completed on or before the due date (and on or before the as-of date).</summary>
    CompletedOnTime = 4,

    /// <summary>Completed after the due date (and on or before the as-of date); the number of days late is the difference.</summary>
    CompletedLate = 5,

    /// <summary>A continuous task (持续推进): it has no due date, so it is neither on time nor late; judged by regular progress.</summary>
    Ongoing = 6,

    /// <summary>A recurring task (每月, 按季度 …): see the standing of each occurrence (<see cref="TaskStanding.Occurrences"/>).</summary>
    Recurring = 7,

    /// <summary>
    /// There is no due date to judge against: the event date is unknown, the time limit was not understood, or the
    /// calendar does not cover the count (<see cref="TaskStanding.Resolution"/> says which). The library does not guess.
    /// </summary>
    Undetermined = 8,
}
