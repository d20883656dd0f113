namespace GovTransparency.Domain.Validation;

/// <summary>
/// How a plan numbers its tasks, as detected by validation (finding GT1008): the scheme against which gaps and
/// repeats of task numbers are judged.
/// </summary>
public enum TaskNumberingScheme
{
    /// <summary>Not known: the plan has no task, or no plan was given.</summary>
    Unknown = 0,

    /// <summary>
    /// One sequence through the whole plan, 1, 2, … across sections (every seed document). Chosen when it breaks no
    /// more often than restarting per section would, so a plan of one section counts as numbered through.
    /// </summary>
    ThroughPlan = 1,

    /// <summary>Numbering restarts at 1 in each section (一、 1, 2, 3; 二、 1, 2, …).</summary>
    RestartingPerSection = 2,
}
