using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>One step of a <see cref="DeadlineRule.Milestones"/> rule: a fixed date and what is due by it.</summary>
public sealed record Milestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="due">When the step is due.</param>
    /// <param name="action">What is due, as written (提出方案), or null.</param>
    public Milestone(DeadlineRule.Fixed due, string? action = null)
    {
        Due = Guard.Against.Null(due);
        Action = string.IsNullOrWhiteSpace(action) ? null : action;
    }

    /// <summary>Gets when the step is due.</summary>
    public DeadlineRule.Fixed Due { get; }

    /// <summary>Gets what is due, as written, or null.</summary>
    public string? Action { get; }
}
