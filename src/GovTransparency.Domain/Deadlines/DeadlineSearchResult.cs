using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// The deadlines found inside a requirement text by
/// <see cref="DeadlineText.FindInRequirement(string, DeadlineContext)"/>, in text order, with the diagnostics found
/// on the way (a date that does not exist, GT0403).
/// </summary>
public sealed record DeadlineSearchResult
{
    private readonly ValueList<RequirementDeadline> _deadlines;
    private readonly ValueList<Diagnostic> _diagnostics;

    /// <summary>Creates a result.</summary>
    /// <param name="deadlines">The deadlines found, in text order.</param>
    /// <param name="diagnostics">The findings, in text order; null for none.</param>
    public DeadlineSearchResult(IEnumerable<RequirementDeadline> deadlines, IEnumerable<Diagnostic>? diagnostics = null)
    {
        _deadlines = ValueList<RequirementDeadline>.From(Guard.Against.NullOrContainsNull(deadlines));
        _diagnostics = diagnostics is null
            ? ValueList<Diagnostic>.Empty
            : ValueList<Diagnostic>.From(Guard.Against.NullOrContainsNull(diagnostics));
    }

    /// <summary>Gets the deadlines found, in text order.</summary>
    public IReadOnlyList<RequirementDeadline> Deadlines => _deadlines;

    /// <summary>Gets the findings, in text order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Gets the fixed deadlines found as a <see cref="DeadlineRule.Milestones"/> rule (each with its action), or null
    /// when there is none. Relative deadlines are left out: a milestone has a fixed date.
    /// </summary>
    /// <returns>The milestones, or null.</returns>
    public DeadlineRule.Milestones? ToMilestones()
    {
        var steps = _deadlines
            .Where(d => d.Rule is DeadlineRule.Fixed)
            .Select(d => new Milestone((DeadlineRule.Fixed)d.Rule, d.Action))
            .ToList();
        return steps.Count == 0 ? null : new DeadlineRule.Milestones(steps);
    }
}
