namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// What resolving a time limit gave (<see cref="DeadlineResolution.Kind"/>): one due date, several, none, or the
/// reason there is none. Three kinds have a due date (<see cref="DueDate"/>, <see cref="DefaultDueDate"/>,
/// <see cref="Milestones"/>); the others say why not.
/// </summary>
/// <remarks>The value 0 is not a kind: it is only the <c>default</c> of <see cref="DeadlineResolution"/>.</remarks>
public enum DeadlineResolutionKind
{
    /// <summary>
    /// One due date: a fixed rule (年底前, 10月底前, 上半年 …), or a relative rule (印发后一个月内, 3个工作日内)
    /// whose event date is known, counted by the Civil Code.
    /// </summary>
    DueDate = 1,

    /// <summary>
    /// No time limit was written (<see cref="DeadlineRule.Unspecified"/>): the plan's default applies, 31 December of
    /// the plan year. The due date is a default, not written in the plan; a diagnostic (GT0420) says so.
    /// </summary>
    DefaultDueDate = 2,

    /// <summary>
    /// Several steps (<see cref="DeadlineRule.Milestones"/>), each with its own date
    /// (<see cref="DeadlineResolution.Milestones"/>); the last step's date is the task's due date.
    /// </summary>
    Milestones = 3,

    /// <summary>持续推进, 长期坚持, 常态化 (<see cref="DeadlineRule.Continuous"/>): no due date; judged by regular progress.</summary>
    Continuous = 4,

    /// <summary>
    /// 每月, 按季度, 每年3月31日前 … (<see cref="DeadlineRule.Recurring"/>): a series of occurrences, each with its
    /// period and its own due date, in a window (<see cref="DeadlineResolution.Occurrences"/>); no single due date.
    /// </summary>
    Series = 5,

    /// <summary>
    /// A relative rule whose event date is not known (自收到留言咨询之日起3个工作日内 without the date of receipt;
    /// 印发后一个月内 without the issue date): no due date until the caller gives it
    /// (<see cref="DeadlineResolution.Event"/> names the event).
    /// </summary>
    NeedsEventDate = 6,

    /// <summary>
    /// Text that was not understood as a time limit (<see cref="DeadlineRule.Unrecognized"/>): no due date; the text is
    /// kept verbatim in the rule.
    /// </summary>
    Unrecognized = 7,

    /// <summary>
    /// The count reaches past what the calendar can answer for: a year whose official holiday schedule is unknown
    /// (see <see cref="Calendars.CalendarCoverageException"/>; <see cref="DeadlineResolution.UnknownYear"/> names it), or
    /// beyond 9999-12-31. No due date; a diagnostic says what to do. Never an exception.
    /// </summary>
    OutsideCalendar = 8,
}
