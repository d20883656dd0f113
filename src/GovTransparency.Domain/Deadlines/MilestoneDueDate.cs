using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>One step of a <see cref="DeadlineRule.Milestones"/> rule with its resolved due date.</summary>
public sealed record MilestoneDueDate
{
    /// <summary>Creates a resolved step.</summary>
    /// <param name="step">The step as written.</param>
    /// <param name="dueDate">Its due date in the plan year.</param>
    public MilestoneDueDate(Milestone step, LocalDate dueDate)
    {
        Step = Guard.Against.Null(step);
        DueDate = dueDate;
    }

    /// <summary>Gets the step as written: its fixed rule and what is due by it (提出方案).</summary>
    public Milestone Step { get; }

    /// <summary>Gets the step's due date, inclusive.</summary>
    public LocalDate DueDate { get; }
}
