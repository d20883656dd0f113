using System.Collections.Generic;
using GovTransparency.Domain;
using GovTransparency.Domain.Deadlines;

namespace GovTransparency.Import.Internal;

/// <summary>
/// The one place where the importer turns time limits into <see cref="DeadlineRule"/>s. Until the deadline-phrase
/// parser (<c>DeadlineText</c>) is available in GovTransparency.Domain, every rule is
/// <see cref="DeadlineRule.Unspecified"/>, and the text as written is kept in <c>WorkTask.TimeLimitText</c>
/// by the callers.
/// </summary>
internal static class TimeLimits
{
    /// <summary>The rule of a task's time-limit cell (时限要求), read in the context of the plan's year and issue date.</summary>
    /// <param name="timeLimitText">The cell as written, line breaks included; null when the task has none.</param>
    /// <param name="plan">The plan year and issue date.</param>
    /// <param name="diagnostics">Receives the findings about the text.</param>
    /// <returns>The rule.</returns>
    public static DeadlineRule FromTimeLimitText(string? timeLimitText, PlanContext plan, List<Diagnostic> diagnostics)
    {
        _ = timeLimitText;
        _ = plan;
        _ = diagnostics;
        return new DeadlineRule.Unspecified();
    }

    /// <summary>The rule of a prose task, from the deadlines written inside its text (2021年底前, 7月底前提出…10月底前完成).</summary>
    /// <param name="requirement">The task's text.</param>
    /// <param name="plan">The plan year and issue date.</param>
    /// <param name="diagnostics">Receives the findings about the text.</param>
    /// <returns>The rule.</returns>
    public static DeadlineRule FromRequirement(string requirement, PlanContext plan, List<Diagnostic> diagnostics)
    {
        _ = requirement;
        _ = plan;
        _ = diagnostics;
        return new DeadlineRule.Unspecified();
    }
}
