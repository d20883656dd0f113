namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Counts of tasks at a date, for a whole plan, one unit or one section (see <see cref="ComplianceSummary"/>).
/// </summary>
/// <remarks>
/// <para>Two partitions of <see cref="Tasks"/>, each task in exactly one part of each:</para>
/// <list type="bullet">
/// <item><b>What the reports say</b> (<see cref="TaskCompliance.Status"/>): <see cref="Completed"/> +
/// <see cref="InProgress"/> + <see cref="NotStarted"/> + <see cref="Unknown"/> = <see cref="Tasks"/>. Completed tasks
/// split by timeliness: <see cref="CompletedOnTime"/> + <see cref="CompletedLate"/> +
/// <see cref="CompletedUndetermined"/> = <see cref="Completed"/>.</item>
/// <item><b>Against the due date</b> (<see cref="TaskCompliance.Standing"/>): the three completed standings +
/// <see cref="Overdue"/> + <see cref="DueSoon"/> + <see cref="NotYetDue"/> + <see cref="Ongoing"/> +
/// <see cref="NoDueDate"/> = <see cref="Tasks"/>. The two partitions agree on completed tasks except for recurring
/// tasks, whose standing comes from their occurrences (a monthly task reported completed this month is still overdue
/// when an earlier month was never reported done).</item>
/// </list>
/// </remarks>
public sealed record ComplianceTotals
{
    internal ComplianceTotals(
        int tasks,
        int completedOnTime,
        int completedLate,
        int completedUndetermined,
        int inProgress,
        int notStarted,
        int unknown,
        int unreported,
        int overdue,
        int dueSoon,
        int notYetDue,
        int ongoing,
        int noDueDate,
        int silent)
    {
        Tasks = tasks;
        CompletedOnTime = completedOnTime;
        CompletedLate = completedLate;
        CompletedUndetermined = completedUndetermined;
        InProgress = inProgress;
        NotStarted = notStarted;
        Unknown = unknown;
        Unreported = unreported;
        Overdue = overdue;
        DueSoon = dueSoon;
        NotYetDue = notYetDue;
        Ongoing = ongoing;
        NoDueDate = noDueDate;
        Silent = silent;
    }

    /// <summary>Gets the number of tasks.</summary>
    public int Tasks { get; }

    /// <summary>Gets the tasks whose latest report says completed (已完成): every completed task, on time, late or undetermined.</summary>
    public int Completed => CompletedOnTime + CompletedLate + CompletedUndetermined;

    /// <summary>Gets the completed tasks the reports show were completed on or before their due date (part of <see cref="Completed"/>).</summary>
    public int CompletedOnTime { get; }

    /// <summary>Gets the completed tasks the reports show were completed after their due date (part of <see cref="Completed"/>).</summary>
    public int CompletedLate { get; }

    /// <summary>
    /// Gets the completed tasks whose timeliness the reports cannot tell, or that have no due date (part of
    /// <see cref="Completed"/>).
    /// </summary>
    public int CompletedUndetermined { get; }

    /// <summary>Gets the tasks whose latest report says in progress (正在进行, or activity without completion).</summary>
    public int InProgress { get; }

    /// <summary>Gets the tasks whose latest report says not started (暂未开展).</summary>
    public int NotStarted { get; }

    /// <summary>Gets the tasks whose status is unknown: the latest report's text was not understood, or no report mentions them (<see cref="Unreported"/>).</summary>
    public int Unknown { get; }

    /// <summary>Gets the tasks no report on or before the as-of date mentions (part of <see cref="Unknown"/>).</summary>
    public int Unreported { get; }

    /// <summary>Gets the tasks overdue: not completed after their due date (for recurring tasks, an occurrence overdue).</summary>
    public int Overdue { get; }

    /// <summary>Gets the tasks due soon: not completed and due within the due-soon window.</summary>
    public int DueSoon { get; }

    /// <summary>Gets the tasks not completed and due later than the due-soon window.</summary>
    public int NotYetDue { get; }

    /// <summary>Gets the continuous tasks (持续推进) not completed.</summary>
    public int Ongoing { get; }

    /// <summary>Gets the tasks not completed that have no due date to judge against.</summary>
    public int NoDueDate { get; }

    /// <summary>Gets the continuous tasks not completed that no report has mentioned within the silence window (part of <see cref="Ongoing"/>).</summary>
    public int Silent { get; }

    /// <summary>
    /// Gets the completion rate: <see cref="Completed"/> ÷ <see cref="Tasks"/>, from 0 to 1; null when there are no
    /// tasks.
    /// </summary>
    public double? CompletionRate => Tasks == 0 ? null : (double)Completed / Tasks;

    /// <summary>
    /// Gets the on-time rate: of the tasks whose fate at their due date is known, the share done in time —
    /// <see cref="CompletedOnTime"/> ÷ (<see cref="CompletedOnTime"/> + <see cref="CompletedLate"/> +
    /// <see cref="Overdue"/>), from 0 to 1. Completions the reports cannot place before or after the due date are left
    /// out of both sides; tasks not yet due and continuous tasks too. Null when the denominator is 0.
    /// </summary>
    public double? OnTimeRate
    {
        get
        {
            var judged = CompletedOnTime + CompletedLate + Overdue;
            return judged == 0 ? null : (double)CompletedOnTime / judged;
        }
    }
}
