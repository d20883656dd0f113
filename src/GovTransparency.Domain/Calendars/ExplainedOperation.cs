namespace GovTransparency.Domain.Calendars;

/// <summary>Which working-day computation a <see cref="WorkingDayExplanation"/> explains.</summary>
public enum ExplainedOperation
{
    /// <summary><see cref="IWorkingDayCalendar.AddWorkingDays"/>: moving a number of working days from a date.</summary>
    AddWorkingDays = 0,

    /// <summary><see cref="IWorkingDayCalendar.WorkingDaysBetween"/>: counting the working days between two dates.</summary>
    WorkingDaysBetween = 1,
}
