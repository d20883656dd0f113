namespace GovTransparency.Domain.Deadlines;

/// <summary>The broad kind of a <see cref="DeadlineRule"/>, as reported by the CLI and the JSON format.</summary>
public enum DeadlineKind
{
    /// <summary>One due date: year-end, month-end, a date, a half-year, quarter or ten-day period, a range.</summary>
    Fixed = 1,

    /// <summary>持续推进, 长期坚持, 常态化: no due date; judged by regular progress.</summary>
    Continuous = 2,

    /// <summary>按月, 每季度, 每年 …: a series of due dates, one at the end of each period.</summary>
    Recurring = 3,

    /// <summary>印发后一个月内, 3个工作日内 …: counted from an event whose date must be known.</summary>
    Relative = 4,

    /// <summary>Several steps with their own dates; the last is the task's due date.</summary>
    Milestones = 5,

    /// <summary>No time limit was written: the plan's default (year-end) applies, with a diagnostic.</summary>
    Unspecified = 6,

    /// <summary>Text that could not be read as a time limit; kept verbatim.</summary>
    Unrecognized = 7,
}
