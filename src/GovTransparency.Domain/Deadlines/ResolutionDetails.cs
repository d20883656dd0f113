using GovTransparency.Domain.Calendars;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// What a <see cref="DeadlineResolution"/> holds besides its kind, rule and due date: everything a relative count, a
/// series or a list of milestones found on the way. Fixed rules have none, so their resolution allocates nothing.
/// </summary>
internal sealed record ResolutionDetails
{
    public ValueList<Diagnostic> Diagnostics { get; init; } = ValueList<Diagnostic>.Empty;

    /// <summary>The event a relative rule counts from.</summary>
    public RelativeEvent? Event { get; init; }

    /// <summary>The event's date, when known.</summary>
    public LocalDate? EventDate { get; init; }

    /// <summary>Whether the event date is the plan's issue date taken from the context.</summary>
    public bool EventDateIsIssueDate { get; init; }

    /// <summary>The last day of a calendar-day period by articles 201–202, before article 203 moves it.</summary>
    public LocalDate? UnadjustedDueDate { get; init; }

    /// <summary>Whether article 202 took the month's last day because the month has no corresponding day.</summary>
    public bool EndsOnMonthEnd { get; init; }

    /// <summary>The rest days article 203 moved the end over: the unadjusted last day and the rest days after it.</summary>
    public ValueList<CalendarDay> SkippedDays { get; init; } = ValueList<CalendarDay>.Empty;

    /// <summary>The calendar's own explanation of a working-day count.</summary>
    public WorkingDayExplanation? WorkingDays { get; init; }

    /// <summary>The window of a series.</summary>
    public DateInterval? Window { get; init; }

    /// <summary>The frequency a series follows (the stricter of two when the rule allows an alternative).</summary>
    public RecurrenceFrequency? Frequency { get; init; }

    public ValueList<DeadlineOccurrence> Occurrences { get; init; } = ValueList<DeadlineOccurrence>.Empty;

    public ValueList<MilestoneDueDate> Milestones { get; init; } = ValueList<MilestoneDueDate>.Empty;

    /// <summary>The first year the calendar does not know, for <see cref="DeadlineResolutionKind.OutsideCalendar"/>.</summary>
    public int? UnknownYear { get; init; }

    /// <summary>The years whose days were assumed (plain weeks) by the calendar's policy.</summary>
    public ValueList<int> AssumedYears { get; init; } = ValueList<int>.Empty;
}
