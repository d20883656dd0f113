using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Where one occurrence of a recurring task stands at a date (see <see cref="TaskStanding.Occurrences"/>): one of
/// <see cref="StandingKind.NotYetDue"/>, <see cref="StandingKind.DueSoon"/>, <see cref="StandingKind.Overdue"/>,
/// <see cref="StandingKind.CompletedOnTime"/>, <see cref="StandingKind.CompletedLate"/>, with the numbers.
/// </summary>
/// <param name="Occurrence">The occurrence: its period and due date.</param>
/// <param name="Kind">Where it stands.</param>
/// <param name="CompletedOn">When it was completed (on or before the as-of date), or null.</param>
/// <param name="DaysUntilDue">For not yet due and due soon, the calendar days from the as-of date to the due date (0 when due that day); otherwise null.</param>
/// <param name="DaysOverdue">For overdue, the calendar days from the due date to the as-of date (at least 1); otherwise null.</param>
/// <param name="DaysLate">For completed late, the calendar days from the due date to the completion (at least 1); otherwise null.</param>
public readonly record struct OccurrenceStanding(
    DeadlineOccurrence Occurrence,
    StandingKind Kind,
    LocalDate? CompletedOn,
    int? DaysUntilDue,
    int? DaysOverdue,
    int? DaysLate);
