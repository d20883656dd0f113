using System.Collections.Generic;
using GovTransparency.Domain;
using GovTransparency.Domain.Deadlines;

namespace GovTransparency.Import.Internal;

/// <summary>
/// The one place where the importer turns time limits into <see cref="DeadlineRule"/>s, with the Domain's
/// <see cref="DeadlineText"/> read against the plan year and issue date. The text as written is kept beside the rule
/// (<c>WorkTask.TimeLimitText</c>) by the callers.
/// </summary>
internal static class TimeLimits
{
    /// <summary>The rule of a task's time-limit cell (时限要求): <see cref="DeadlineText.Parse(string, DeadlineContext)"/>.</summary>
    /// <param name="timeLimitText">The cell as written, line breaks included; null when the row has no such cell.</param>
    /// <param name="plan">The plan year and issue date.</param>
    /// <param name="diagnostics">Receives the reader's findings (GT04xx).</param>
    /// <returns>The rule; <see cref="DeadlineRule.Unspecified"/> when there is no cell.</returns>
    public static DeadlineRule FromTimeLimitText(string? timeLimitText, PlanContext plan, List<Diagnostic> diagnostics)
    {
        if (timeLimitText is null)
        {
            return new DeadlineRule.Unspecified();
        }

        var result = DeadlineText.Parse(timeLimitText, Context(plan));
        diagnostics.AddRange(result.Diagnostics);
        return result.Rule;
    }

    /// <summary>
    /// The rule of a task whose plan has no time-limit column (prose, or a table such as 004's), from the deadlines
    /// written inside its text (<see cref="DeadlineText.FindInRequirement(string, DeadlineContext)"/>): the fixed
    /// ones as milestones (7月底前提出…，10月底前完成…), or the fixed rule itself when it is the only one and nothing
    /// follows it; else a lone relative deadline (在1个工作日内); else <see cref="DeadlineRule.Unspecified"/>.
    /// </summary>
    /// <param name="requirement">The task's text.</param>
    /// <param name="plan">The plan year and issue date.</param>
    /// <param name="diagnostics">Receives the reader's findings.</param>
    /// <returns>The rule.</returns>
    public static DeadlineRule FromRequirement(string requirement, PlanContext plan, List<Diagnostic> diagnostics)
    {
        var result = DeadlineText.FindInRequirement(requirement, Context(plan));
        diagnostics.AddRange(result.Diagnostics);
        if (result.ToMilestones() is { } milestones)
        {
            return milestones.Steps.Count == 1 && milestones.Steps[0].Action is null ? milestones.Steps[0].Due : milestones;
        }

        return result.Deadlines.Count == 1 ? result.Deadlines[0].Rule : new DeadlineRule.Unspecified();
    }

    private static DeadlineContext Context(PlanContext plan) => new(plan.Year, plan.IssuedOn);
}
