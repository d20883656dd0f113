using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Where one occurrence of a recurring task (每月, 按季度 …) stands at a date (see <see cref="TaskCompliance.Occurrences"/>).
/// </summary>
/// <remarks>
/// An occurrence is completed when a report dated within its period (and on or before the as-of date) shows the
/// task completed and no later report within the period shows it not completed; it was completed between the start of
/// the period (or the last report in the period that showed it not completed) and that report. Reports outside the
/// period speak of other occurrences.
/// </remarks>
/// <param name="Occurrence">The occurrence: its period and due date.</param>
/// <param name="Standing">
/// Where it stands: <see cref="ComplianceStanding.CompletedOnTime"/>, <see cref="ComplianceStanding.CompletedLate"/>,
/// <see cref="ComplianceStanding.CompletedUndetermined"/>, <see cref="ComplianceStanding.Overdue"/>,
/// <see cref="ComplianceStanding.DueSoon"/> or <see cref="ComplianceStanding.NotYetDue"/>.
/// </param>
/// <param name="Completion">When it was completed, as far as the reports in its period can tell; null when not completed.</param>
/// <param name="DaysOverdue">For overdue, the calendar days from the due date to the as-of date; otherwise null.</param>
/// <param name="DaysUntilDue">For due soon and not yet due, the calendar days from the as-of date to the due date; otherwise null.</param>
/// <param name="DaysLate">For completed late, the fewest days late the reports allow; otherwise null.</param>
public readonly record struct OccurrenceCompliance(
    DeadlineOccurrence Occurrence,
    ComplianceStanding Standing,
    CompletionInterval? Completion,
    int? DaysOverdue,
    int? DaysUntilDue,
    int? DaysLate);
