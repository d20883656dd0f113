using System;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// When a task was completed, as far as the progress reports can tell: somewhere from <see cref="Earliest"/> to
/// <see cref="Latest"/>, both inclusive. When a report gives the completion date, both are that date.
/// </summary>
/// <remarks>
/// Without a completion date, a task was completed after the last report that showed it not completed (or after
/// the plan was issued, or from the start of the plan year when the issue date is unknown) and on or before the as-of
/// date of the first report that showed it completed.
/// </remarks>
public readonly record struct CompletionInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="earliest">The earliest day the task can have been completed.</param>
    /// <param name="latest">The latest day: the first report showing it completed, or the stated date.</param>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public CompletionInterval(LocalDate earliest, LocalDate latest)
    {
        if (latest < earliest)
        {
            throw new ArgumentException("The latest completion date must not be before the earliest.", nameof(latest));
        }

        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>Gets the earliest day the task can have been completed.</summary>
    public LocalDate Earliest { get; }

    /// <summary>Gets the latest day the task can have been completed.</summary>
    public LocalDate Latest { get; }

    /// <summary>Gets whether the completion date is known exactly.</summary>
    public bool IsExact => Earliest == Latest;

    /// <summary>Judges the completion against a due date (inclusive): on time, late, or undetermined.</summary>
    /// <param name="due">The due date.</param>
    /// <returns>On time when the whole interval is on or before the due date, late when it is all after, else undetermined.</returns>
    public Timeliness JudgeAgainst(LocalDate due) =>
        Latest <= due ? Timeliness.OnTime : Earliest > due ? Timeliness.Late : Timeliness.Undetermined;

    /// <summary>Gets the days late, when the whole interval is after the due date; otherwise null.</summary>
    /// <param name="due">The due date.</param>
    /// <returns>The smallest possible number of days late (from the due date to <see cref="Earliest"/>), or null.</returns>
    public int? DaysLate(LocalDate due) => Earliest > due ? Period.Between(due, Earliest, PeriodUnits.Days).Days : null;

    /// <summary>Formats as <c>2021-07-01..2021-09-30</c>, or the single date when exact.</summary>
    /// <returns>The interval as text.</returns>
    public override string ToString() => IsExact
        ? Iso(Earliest)
        : Iso(Earliest) + ".." + Iso(Latest);

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
