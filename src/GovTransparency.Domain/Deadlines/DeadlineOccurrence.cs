using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// One occurrence of a recurring time limit (每月, 每季度, 每年3月31日前 …): the period it belongs to and its own due date,
/// which lies inside the period.
/// </summary>
/// <param name="PeriodStart">The first day of the period (a day, a Monday, the first day of a month, quarter, half-year or year).</param>
/// <param name="PeriodEnd">The last day of the period.</param>
/// <param name="DueDate">The due date, inclusive: the period's last day, or the day the rule names (每月25日前 → the 25th).</param>
public readonly record struct DeadlineOccurrence(LocalDate PeriodStart, LocalDate PeriodEnd, LocalDate DueDate)
{
    /// <summary>Gets the period as an interval (both ends inclusive).</summary>
    public DateInterval Period => new(PeriodStart, PeriodEnd);
}
