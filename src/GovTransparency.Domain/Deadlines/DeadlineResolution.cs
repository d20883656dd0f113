using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// A time limit resolved against a plan: one due date, a default one, one per milestone, a series of occurrences, or
/// none and why (<see cref="Kind"/>). Made by <see cref="DeadlineResolver.Resolve"/>; never an exception for any rule.
/// </summary>
/// <remarks>
/// <para>
/// A small immutable struct with a <see cref="Kind"/> to switch over, so that resolving a fixed rule (年底前,
/// 10月底前 …) allocates nothing. The members that do not apply to a kind are null or empty:
/// </para>
/// <list type="table">
/// <listheader><term>kind</term><description>what is set</description></listheader>
/// <item><term><see cref="DeadlineResolutionKind.DueDate"/></term><description><see cref="DueDate"/>; for relative rules also
/// <see cref="Event"/>, <see cref="EventDate"/>, and either <see cref="WorkingDays"/> (working days) or
/// <see cref="UnadjustedDueDate"/> and <see cref="SkippedDays"/> (calendar days, months, years).</description></item>
/// <item><term><see cref="DeadlineResolutionKind.DefaultDueDate"/></term><description><see cref="DueDate"/> (31 December of
/// the plan year), <see cref="IsDefault"/>, diagnostic GT0420.</description></item>
/// <item><term><see cref="DeadlineResolutionKind.Milestones"/></term><description><see cref="Milestones"/>, and
/// <see cref="DueDate"/> = the last step's date.</description></item>
/// <item><term><see cref="DeadlineResolutionKind.Series"/></term><description><see cref="Occurrences"/>,
/// <see cref="Window"/>, <see cref="Frequency"/>.</description></item>
/// <item><term><see cref="DeadlineResolutionKind.NeedsEventDate"/></term><description><see cref="Event"/>, diagnostic
/// GT0421.</description></item>
/// <item><term><see cref="DeadlineResolutionKind.OutsideCalendar"/></term><description><see cref="UnknownYear"/> (or null past
/// 9999-12-31), <see cref="Event"/>, <see cref="EventDate"/>, diagnostic GT0422 or GT0424.</description></item>
/// <item><term><see cref="DeadlineResolutionKind.Continuous"/>, <see cref="DeadlineResolutionKind.Unrecognized"/></term>
/// <description>nothing more (diagnostic GT0428 for unrecognised text).</description></item>
/// </list>
/// <para>
/// <c>default(DeadlineResolution)</c> is not a resolution: its <see cref="Kind"/> is 0 and <see cref="Rule"/> throws.
/// </para>
/// </remarks>
public readonly struct DeadlineResolution : IEquatable<DeadlineResolution>
{
    private readonly DeadlineRule? _rule;
    private readonly ResolutionDetails? _details;
    private readonly LocalDate _due;
    private readonly int _planYear;
    private readonly DeadlineResolutionKind _kind;

    internal DeadlineResolution(DeadlineResolutionKind kind, DeadlineRule rule, int planYear, LocalDate due, ResolutionDetails? details)
    {
        _kind = kind;
        _rule = rule;
        _planYear = planYear;
        _due = due;
        _details = details;
    }

    /// <summary>Gets what the resolution gave: a due date, a default one, milestones, a series, or why there is none.</summary>
    public DeadlineResolutionKind Kind => _kind;

    /// <summary>Gets the rule resolved.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(DeadlineResolution)</c>.</exception>
    public DeadlineRule Rule => _rule ?? throw new InvalidOperationException("default(DeadlineResolution) is not a resolution; use DeadlineResolver.Resolve.");

    /// <summary>Gets the plan year the rule was resolved in.</summary>
    public int PlanYear => _planYear;

    /// <summary>
    /// Gets whether there is a due date: for <see cref="DeadlineResolutionKind.DueDate"/>,
    /// <see cref="DeadlineResolutionKind.DefaultDueDate"/> and <see cref="DeadlineResolutionKind.Milestones"/>.
    /// </summary>
    public bool HasDueDate => _kind is DeadlineResolutionKind.DueDate or DeadlineResolutionKind.DefaultDueDate or DeadlineResolutionKind.Milestones;

    /// <summary>
    /// Gets the task's due date (inclusive: on time if done on or before it), or null when it has none; for milestones
    /// the last step's date; for an unspecified time limit the plan's default, 31 December of the plan year (see
    /// <see cref="IsDefault"/>).
    /// </summary>
    public LocalDate? DueDate => HasDueDate ? _due : null;

    /// <summary>
    /// Gets whether the due date is the plan's default (no time limit was written), not a date the plan states.
    /// </summary>
    public bool IsDefault => _kind == DeadlineResolutionKind.DefaultDueDate;

    /// <summary>
    /// Gets the event a relative rule counts from (for <see cref="DeadlineResolutionKind.NeedsEventDate"/> the event
    /// whose date is missing), or null for other rules.
    /// </summary>
    public RelativeEvent? Event => _details?.Event;

    /// <summary>Gets the date of the event a relative rule counts from, when it was known; null otherwise.</summary>
    public LocalDate? EventDate => _details?.EventDate;

    /// <summary>
    /// Gets the last day of a calendar-day period (days, weeks, months, years) by Civil Code articles 201 and 202,
    /// before article 203 moves it off a rest day; equal to <see cref="DueDate"/> when it is a working day. Null for
    /// other rules and for working-day periods.
    /// </summary>
    public LocalDate? UnadjustedDueDate => _details?.UnadjustedDueDate;

    /// <summary>
    /// Gets the rest days Civil Code article 203 moved the end of a calendar-day period over (the unadjusted last day
    /// and the rest days after it, with their kinds and holiday names); empty when the period ended on a working day.
    /// </summary>
    public IReadOnlyList<CalendarDay> SkippedDays => _details?.SkippedDays ?? ValueList<CalendarDay>.Empty;

    /// <summary>
    /// Gets the calendar's explanation of a working-day period (which days were counted and which skipped), or null
    /// for other rules.
    /// </summary>
    public WorkingDayExplanation? WorkingDays => _details?.WorkingDays;

    /// <summary>Gets each step of a milestones rule with its due date, in the order written; empty for other rules.</summary>
    public IReadOnlyList<MilestoneDueDate> Milestones => _details?.Milestones ?? ValueList<MilestoneDueDate>.Empty;

    /// <summary>Gets the occurrences of a recurring rule whose due dates fall in <see cref="Window"/>, in date order; empty for other rules.</summary>
    public IReadOnlyList<DeadlineOccurrence> Occurrences => _details?.Occurrences ?? ValueList<DeadlineOccurrence>.Empty;

    /// <summary>Gets the window the occurrences of a series were listed in, or null for other rules.</summary>
    public DateInterval? Window => _details?.Window;

    /// <summary>
    /// Gets the frequency a series follows: the rule's, or for a rule that allows two (按月或按季度) the stricter, more
    /// frequent one; null for other rules.
    /// </summary>
    public RecurrenceFrequency? Frequency => _details?.Frequency;

    /// <summary>
    /// Gets, for <see cref="DeadlineResolutionKind.OutsideCalendar"/>, the first year whose official holiday schedule the
    /// calendar does not know; null otherwise (and when the count went past 9999-12-31).
    /// </summary>
    public int? UnknownYear => _details?.UnknownYear;

    /// <summary>
    /// Gets the years whose days the calendar assumed to be plain Monday–Friday weeks
    /// (<see cref="UnknownYearPolicy.AssumeWeekends"/>) while counting, ascending; empty when none.
    /// </summary>
    public IReadOnlyList<int> AssumedYears => _details?.AssumedYears ?? ValueList<int>.Empty;

    /// <summary>Gets whether the due date relies on days assumed because their year's schedule is unknown (GT0423).</summary>
    public bool UsesAssumedDays => AssumedYears.Count > 0;

    /// <summary>
    /// Gets the findings, codes GT0420–GT0449: a default due date (GT0420), an unknown event date (GT0421), the
    /// calendar's coverage (GT0422) or assumed days (GT0423), a date past 9999 (GT0424), the stricter of two
    /// frequencies (GT0425), milestones out of date order (GT0426), a series cut short (GT0427), no due date for
    /// unrecognised text (GT0428), an end moved off a rest day (GT0429). Empty for fixed and continuous rules.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _details?.Diagnostics ?? ValueList<Diagnostic>.Empty;

    /// <summary>Gets the due date when there is one.</summary>
    /// <param name="dueDate">The due date, or the default value when there is none.</param>
    /// <returns>True when there is a due date (<see cref="HasDueDate"/>).</returns>
    public bool TryGetDueDate(out LocalDate dueDate)
    {
        dueDate = HasDueDate ? _due : default;
        return HasDueDate;
    }

    /// <summary>
    /// Explains the resolution for people: which rule, which plan year or event date it was counted from, which Civil
    /// Code article set the end, which days were skipped and why (the calendar's own explanation for working days),
    /// and the result. Chinese for any <c>zh</c> culture, English otherwise.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The text, lines separated by line feeds, without a final line feed.</returns>
    public string Explain(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return Messages.ExplainResolution(this, Diagnostic.IsChinese(culture));
    }

    /// <summary>
    /// Judges the task at <paramref name="asOf"/> (see <see cref="TaskStanding"/>): a pure function of this resolution,
    /// the completion date and the as-of date.
    /// </summary>
    /// <param name="asOf">The date the standing is for.</param>
    /// <param name="completedOn">
    /// When the task was completed, if it was; a completion after <paramref name="asOf"/> had not happened yet at that
    /// date and is ignored. For a recurring rule the date completes every occurrence (use the overload that takes a
    /// function for one date per occurrence).
    /// </param>
    /// <param name="dueSoonDays">
    /// The due-soon window in days, at least 0: a task not completed is due soon when as-of ≤ due ≤ as-of + window.
    /// </param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonDays"/> is negative.</exception>
    public TaskStanding StandingAt(LocalDate asOf, LocalDate? completedOn = null, int dueSoonDays = TaskStanding.DefaultDueSoonDays)
    {
        Guard.Against.Negative(dueSoonDays);
        return TaskStanding.Judge(this, asOf, completedOn, null, dueSoonDays);
    }

    /// <summary>
    /// Judges a recurring task at <paramref name="asOf"/> with one completion date per occurrence; for other rules the
    /// function is asked once, with an occurrence whose period and due date are the task's due date.
    /// </summary>
    /// <param name="asOf">The date the standing is for.</param>
    /// <param name="occurrenceCompletedOn">
    /// Gives the date an occurrence was completed, or null when it was not; dates after <paramref name="asOf"/> are ignored.
    /// (Named apart from the other overload's <c>completedOn</c>, so that <c>completedOn: null</c> picks that one.)
    /// </param>
    /// <param name="dueSoonDays">The due-soon window in days, at least 0.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrenceCompletedOn"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonDays"/> is negative.</exception>
    public TaskStanding StandingAt(LocalDate asOf, Func<DeadlineOccurrence, LocalDate?> occurrenceCompletedOn, int dueSoonDays = TaskStanding.DefaultDueSoonDays)
    {
        Guard.Against.Null(occurrenceCompletedOn);
        Guard.Against.Negative(dueSoonDays);
        return TaskStanding.Judge(this, asOf, null, occurrenceCompletedOn, dueSoonDays);
    }

    /// <inheritdoc />
    public bool Equals(DeadlineResolution other) =>
        _kind == other._kind
        && _planYear == other._planYear
        && _due == other._due
        && Equals(_rule, other._rule)
        && Equals(_details, other._details);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeadlineResolution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCodeBuilder.Combine(HashCodeBuilder.Combine((int)_kind, _planYear), HashCodeBuilder.Combine(_due.GetHashCode(), _rule?.GetHashCode() ?? 0));

    /// <summary>Describes the resolution in one line, in English: the kind and the due date.</summary>
    /// <returns>For example <c>DueDate 2021-10-31 (10月底前)</c>.</returns>
    public override string ToString() => _rule is null
        ? "default(DeadlineResolution)"
        : _kind + (HasDueDate ? " " + Messages.IsoDate(_due) : string.Empty) + " (" + _rule.ToChineseText() + ")";

    /// <summary>Whether two resolutions are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DeadlineResolution left, DeadlineResolution right) => left.Equals(right);

    /// <summary>Whether two resolutions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DeadlineResolution left, DeadlineResolution right) => !left.Equals(right);

    internal ResolutionDetails? Details => _details;
}
