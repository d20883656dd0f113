using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// What changed for a supervisor between two dates of one plan: the tasks that became completed and those that
/// slipped to overdue. Made by <see cref="Between"/>, and found in <see cref="ComplianceSummary.Changes"/> when the
/// history holds an earlier report.
/// </summary>
public sealed record ComplianceChanges
{
    internal ComplianceChanges(LocalDate since, LocalDate asOf, ValueList<TaskCompliance> becameCompleted, ValueList<TaskCompliance> slippedToOverdue)
    {
        Since = since;
        AsOf = asOf;
        BecameCompleted = becameCompleted;
        SlippedToOverdue = slippedToOverdue;
    }

    /// <summary>Gets the earlier date.</summary>
    public LocalDate Since { get; }

    /// <summary>Gets the later date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the tasks completed at the later date that were not at the earlier one, as judged at the later date, in plan order.</summary>
    public IReadOnlyList<TaskCompliance> BecameCompleted { get; }

    /// <summary>Gets the tasks overdue at the later date that were not at the earlier one, as judged at the later date, in plan order.</summary>
    public IReadOnlyList<TaskCompliance> SlippedToOverdue { get; }

    /// <summary>Gets whether nothing changed.</summary>
    public bool IsEmpty => BecameCompleted.Count == 0 && SlippedToOverdue.Count == 0;

    /// <summary>
    /// Compares two summaries of the same plan. Tasks are matched by their position in the plan
    /// (<see cref="TaskCompliance.PlanIndex"/>); a position whose task number differs between the two is left out.
    /// </summary>
    /// <param name="before">The summary at the earlier date.</param>
    /// <param name="after">The summary at the later date.</param>
    /// <returns>The changes from <paramref name="before"/> to <paramref name="after"/>.</returns>
    /// <exception cref="System.ArgumentNullException">A summary is null.</exception>
    public static ComplianceChanges Between(ComplianceSummary before, ComplianceSummary after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        return Compare(before.AsOf, before.Tasks, after.AsOf, after.Tasks);
    }

    /// <summary>Compares two judgements of the same plan's tasks, matched by position.</summary>
    internal static ComplianceChanges Compare(LocalDate since, IReadOnlyList<TaskCompliance> before, LocalDate asOf, IReadOnlyList<TaskCompliance> after)
    {
        var completed = new List<TaskCompliance>();
        var overdue = new List<TaskCompliance>();
        var count = before.Count < after.Count ? before.Count : after.Count;
        for (var i = 0; i < count; i++)
        {
            var then = before[i];
            var now = after[i];
            if (then.Number.Value != now.Number.Value)
            {
                continue;
            }

            if (now.IsCompleted && !then.IsCompleted)
            {
                completed.Add(now);
            }

            if (now.Standing == ComplianceStanding.Overdue && then.Standing != ComplianceStanding.Overdue)
            {
                overdue.Add(now);
            }
        }

        return new ComplianceChanges(since, asOf, ValueList<TaskCompliance>.From(completed), ValueList<TaskCompliance>.From(overdue));
    }
}
