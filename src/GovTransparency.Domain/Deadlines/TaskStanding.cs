using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Where a task stands at a date: not yet due, due soon, overdue (by how many days), completed on time, completed
/// late (by how many days), ongoing (continuous), recurring (each occurrence judged), or undetermined (no due date to
/// judge against). A pure function of the resolved time limit, the completion date and the as-of date; made by
/// <see cref="DeadlineResolution.StandingAt(LocalDate, LocalDate?, int)"/> or
/// <see cref="DeadlineResolver.StandingAt"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Rules.</b> Due dates are inclusive. With d = due date, a = as-of date and c = the completion date:
/// c ≤ a and c ≤ d → completed on time; c ≤ a and c &gt; d → completed late by c − d days; not completed and
/// a &gt; d → overdue by a − d days; not completed and d − a ≤ window → due soon (so a task due today is due soon,
/// not overdue); otherwise not yet due. A completion after the as-of date had not happened at that date and is
/// ignored, so the standing at a date never depends on what happened later. All differences are calendar days.
/// </para>
/// <para>
/// <b>No guessing.</b> A continuous task is <see cref="StandingKind.Ongoing"/> whether or not a completion date is
/// given (it has no due date to be on time for). A task whose time limit has no due date — an unknown event date, a
/// time limit not understood, a count past the calendar — is <see cref="StandingKind.Undetermined"/>, and
/// <see cref="Resolution"/> says why. A task with no time limit written is judged against the plan's default due date
/// and says so (<see cref="IsDefaultDueDate"/>).
/// </para>
/// <para><c>default(TaskStanding)</c> is not a standing: its <see cref="Kind"/> is 0.</para>
/// </remarks>
public readonly struct TaskStanding : IEquatable<TaskStanding>
{
    /// <summary>The default due-soon window: 30 days.</summary>
    public const int DefaultDueSoonDays = 30;

    private readonly DeadlineResolution _resolution;
    private readonly ValueList<OccurrenceStanding>? _occurrences;
    private readonly LocalDate _asOf;
    private readonly LocalDate? _completedOn;
    private readonly int _days;
    private readonly int _dueSoonDays;
    private readonly StandingKind _kind;

    private TaskStanding(
        StandingKind kind,
        DeadlineResolution resolution,
        LocalDate asOf,
        LocalDate? completedOn,
        int days,
        int dueSoonDays,
        ValueList<OccurrenceStanding>? occurrences)
    {
        _kind = kind;
        _resolution = resolution;
        _asOf = asOf;
        _completedOn = completedOn;
        _days = days;
        _dueSoonDays = dueSoonDays;
        _occurrences = occurrences;
    }

    /// <summary>Gets where the task stands.</summary>
    public StandingKind Kind => _kind;

    /// <summary>Gets the date the standing is for.</summary>
    public LocalDate AsOf => _asOf;

    /// <summary>Gets the resolved time limit the task was judged against (for an undetermined standing, why there is no due date).</summary>
    public DeadlineResolution Resolution => _resolution;

    /// <summary>Gets the due date judged against, or null when there is none (continuous, recurring, undetermined).</summary>
    public LocalDate? DueDate => _resolution.DueDate;

    /// <summary>Gets whether the due date is the plan's default because no time limit was written.</summary>
    public bool IsDefaultDueDate => _resolution.IsDefault;

    /// <summary>
    /// Gets the completion date taken into account (on or before <see cref="AsOf"/>), or null; for a recurring task the
    /// single completion date given, if any (each occurrence has its own in <see cref="Occurrences"/>).
    /// </summary>
    public LocalDate? CompletedOn => _completedOn;

    /// <summary>Gets whether a completion on or before the as-of date was given.</summary>
    public bool IsCompleted => _completedOn.HasValue;

    /// <summary>Gets, for not yet due and due soon, the calendar days from the as-of date to the due date (0 when due that day); otherwise null.</summary>
    public int? DaysUntilDue => _kind is StandingKind.NotYetDue or StandingKind.DueSoon ? _days : null;

    /// <summary>Gets, for overdue, the calendar days from the due date to the as-of date (at least 1); otherwise null.</summary>
    public int? DaysOverdue => _kind == StandingKind.Overdue ? _days : null;

    /// <summary>Gets, for completed late, the calendar days from the due date to the completion (at least 1); otherwise null.</summary>
    public int? DaysLate => _kind == StandingKind.CompletedLate ? _days : null;

    /// <summary>Gets the due-soon window used, in days.</summary>
    public int DueSoonDays => _dueSoonDays;

    /// <summary>Gets, for a recurring task, the standing of each occurrence in the resolution's window, in date order; otherwise empty.</summary>
    public IReadOnlyList<OccurrenceStanding> Occurrences => _occurrences ?? ValueList<OccurrenceStanding>.Empty;

    /// <summary>
    /// Says where the task stands, for people: the standing, the numbers, the due date and the as-of date, and, for
    /// recurring tasks, one line per occurrence. Chinese for any <c>zh</c> culture, English otherwise.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The text, lines separated by line feeds, without a final line feed.</returns>
    public string ToText(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return Messages.DescribeStanding(this, Diagnostic.IsChinese(culture));
    }

    /// <summary>Says where the task stands, in English (see <see cref="ToText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _kind == 0 ? "default(TaskStanding)" : ToText(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(TaskStanding other) =>
        _kind == other._kind
        && _asOf == other._asOf
        && _completedOn == other._completedOn
        && _days == other._days
        && _dueSoonDays == other._dueSoonDays
        && _resolution.Equals(other._resolution)
        && Equals(_occurrences, other._occurrences);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaskStanding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCodeBuilder.Combine(HashCodeBuilder.Combine((int)_kind, _asOf.GetHashCode()), HashCodeBuilder.Combine(_days, _resolution.GetHashCode()));

    /// <summary>Whether two standings are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TaskStanding left, TaskStanding right) => left.Equals(right);

    /// <summary>Whether two standings differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TaskStanding left, TaskStanding right) => !left.Equals(right);

    /// <summary>The judgement; arguments already checked.</summary>
    internal static TaskStanding Judge(
        DeadlineResolution resolution,
        LocalDate asOf,
        LocalDate? completedOn,
        Func<DeadlineOccurrence, LocalDate?>? occurrenceCompletedOn,
        int dueSoonDays)
    {
        if (resolution.Kind == 0)
        {
            throw new ArgumentException("default(DeadlineResolution) is not a resolution; use DeadlineResolver.Resolve.", nameof(resolution));
        }

        asOf = IsoDays.ToIso(asOf);
        var completed = Effective(completedOn, asOf);
        switch (resolution.Kind)
        {
            case DeadlineResolutionKind.DueDate:
            case DeadlineResolutionKind.DefaultDueDate:
            case DeadlineResolutionKind.Milestones:
            {
                resolution.TryGetDueDate(out var due);
                if (occurrenceCompletedOn is not null)
                {
                    completed = Effective(occurrenceCompletedOn(new DeadlineOccurrence(due, due, due)), asOf);
                }

                var kind = Classify(due, asOf, completed, dueSoonDays, out var days);
                return new TaskStanding(kind, resolution, asOf, completed, days, dueSoonDays, null);
            }

            case DeadlineResolutionKind.Continuous:
                return new TaskStanding(StandingKind.Ongoing, resolution, asOf, completed, 0, dueSoonDays, null);
            case DeadlineResolutionKind.Series:
            {
                var occurrences = resolution.Occurrences;
                var standings = new OccurrenceStanding[occurrences.Count];
                for (var i = 0; i < standings.Length; i++)
                {
                    var occurrence = occurrences[i];
                    var done = occurrenceCompletedOn is null ? completed : Effective(occurrenceCompletedOn(occurrence), asOf);
                    var kind = Classify(occurrence.DueDate, asOf, done, dueSoonDays, out var days);
                    standings[i] = new OccurrenceStanding(
                        occurrence,
                        kind,
                        done,
                        kind is StandingKind.NotYetDue or StandingKind.DueSoon ? days : null,
                        kind == StandingKind.Overdue ? days : null,
                        kind == StandingKind.CompletedLate ? days : null);
                }

                return new TaskStanding(StandingKind.Recurring, resolution, asOf, completed, 0, dueSoonDays, ValueList<OccurrenceStanding>.Wrap(standings));
            }

            case DeadlineResolutionKind.NeedsEventDate:
            case DeadlineResolutionKind.Unrecognized:
            case DeadlineResolutionKind.OutsideCalendar:
                return new TaskStanding(StandingKind.Undetermined, resolution, asOf, completed, 0, dueSoonDays, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(resolution), resolution.Kind, "Unknown resolution kind.");
        }
    }

    /// <summary>A completion counts at <paramref name="asOf"/> only when it happened on or before it.</summary>
    private static LocalDate? Effective(LocalDate? completedOn, LocalDate asOf) =>
        completedOn is { } c && IsoDays.ToIso(c) <= asOf ? IsoDays.ToIso(c) : null;

    private static StandingKind Classify(LocalDate due, LocalDate asOf, LocalDate? completed, int dueSoonDays, out int days)
    {
        var dueDay = IsoDays.FromDate(due);
        if (completed is { } c)
        {
            days = IsoDays.FromDate(c) - dueDay;
            return days <= 0 ? StandingKind.CompletedOnTime : StandingKind.CompletedLate;
        }

        days = dueDay - IsoDays.FromDate(asOf);
        if (days < 0)
        {
            days = -days;
            return StandingKind.Overdue;
        }

        return days <= dueSoonDays ? StandingKind.DueSoon : StandingKind.NotYetDue;
    }
}
