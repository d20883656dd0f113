namespace GovTransparency.Domain.Progress;

/// <summary>Whether a completed task was completed by its due date, as far as the reports can tell.</summary>
public enum Timeliness
{
    /// <summary>Completed on or before the due date: the whole interval in which it was completed is on or before it.</summary>
    OnTime = 0,

    /// <summary>Completed after the due date: the whole interval in which it was completed is after it.</summary>
    Late = 1,

    /// <summary>
    /// The reports cannot tell: the task was completed somewhere in an interval that contains the due date (for
    /// example, its only report is after the due date). Never guessed.
    /// </summary>
    Undetermined = 2,
}
