using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// What a time limit is read against: the plan year (年底前 in a 2021 plan means 31 December 2021) and, when known,
/// the date the plan was issued (印发), which relative limits such as 印发后一个月内 count from.
/// </summary>
public sealed record DeadlineContext
{
    /// <summary>The earliest plan year accepted: 1949.</summary>
    public const int MinPlanYear = 1949;

    /// <summary>The latest plan year accepted: 9998, so that the year after it (次年) is still a valid date.</summary>
    public const int MaxPlanYear = 9998;

    /// <summary>Creates a context.</summary>
    /// <param name="planYear">The plan year, <see cref="MinPlanYear"/> to <see cref="MaxPlanYear"/>.</param>
    /// <param name="issuedOn">The date the plan was issued (印发日期), when known.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The plan year is out of range.</exception>
    public DeadlineContext(int planYear, LocalDate? issuedOn = null)
    {
        PlanYear = Guard.Against.OutOfRange(planYear, MinPlanYear, MaxPlanYear);
        IssuedOn = issuedOn;
    }

    /// <summary>Gets the plan year: the year of 年底前, 10月底前 and every limit that does not write its year.</summary>
    public int PlanYear { get; }

    /// <summary>Gets the date the plan was issued, or null when unknown.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>
    /// Gets the plan's default due date, for a task whose time limit is not written: 31 December of the plan year
    /// (see <see cref="DeadlineResolutionKind.DefaultDueDate"/>).
    /// </summary>
    public LocalDate DefaultDueDate => new(PlanYear, 12, 31);

    /// <summary>
    /// Gets the dates of the plan year, 1 January to 31 December: the window in which a recurring time limit's
    /// occurrences are listed unless another is given (see <see cref="DeadlineResolver.Resolve"/>).
    /// </summary>
    public DateInterval PlanYearDates => new(new LocalDate(PlanYear, 1, 1), DefaultDueDate);
}
