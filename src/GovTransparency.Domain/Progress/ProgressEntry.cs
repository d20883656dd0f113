using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// One task's line in a progress report: its status, the text as written, the counts it reports, and the date
/// it was completed when the report gives one.
/// </summary>
public sealed record ProgressEntry
{
    private readonly ValueList<ProgressMetric> _metrics = ValueList<ProgressMetric>.Empty;

    /// <summary>Creates an entry.</summary>
    /// <param name="task">The task number as written in the plan.</param>
    /// <param name="status">The status.</param>
    /// <param name="text">The progress text as written; empty when the report gives only a status.</param>
    public ProgressEntry(TaskNumber task, ProgressStatus status, string text = "")
    {
        Task = task;
        Status = Guard.Against.UndefinedEnum(status);
        Text = Guard.Against.Null(text);
    }

    /// <summary>Gets the number of the task the entry reports on.</summary>
    public TaskNumber Task { get; init; }

    /// <summary>Gets the status.</summary>
    public ProgressStatus Status { get; init; }

    /// <summary>Gets the progress text as written (进展情况).</summary>
    public string Text { get; init; }

    /// <summary>Gets the counts the text reports.</summary>
    public IReadOnlyList<ProgressMetric> Metrics
    {
        get => _metrics;
        init => _metrics = ValueList<ProgressMetric>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>
    /// Gets the date the task was completed, when the report states it; null otherwise (completion is then only
    /// known to lie between two reports).
    /// </summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>Reads a progress text into an entry: status and metrics from <see cref="ProgressText.Parse"/>, the text kept.</summary>
    /// <param name="task">The task number.</param>
    /// <param name="text">The progress text as written.</param>
    /// <returns>The entry.</returns>
    public static ProgressEntry FromText(TaskNumber task, string text)
    {
        var reading = ProgressText.Parse(Guard.Against.Null(text));
        return new ProgressEntry(task, reading.Status, text) { Metrics = reading.Metrics };
    }
}
