using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// A progress report (进展情况) on a plan, as of a date: one entry per task reported on. Monthly reports are as
/// of the month's last day (a report for 2021年9月 is as of 2021-09-30; see <see cref="MonthEnd"/>).
/// </summary>
public sealed record ProgressReport
{
    private readonly ValueList<ProgressEntry> _entries = ValueList<ProgressEntry>.Empty;

    /// <summary>Creates a report.</summary>
    /// <param name="asOf">The date the report describes.</param>
    public ProgressReport(LocalDate asOf) => AsOf = asOf;

    /// <summary>Gets the date the report describes: the state of each task on that day.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Gets the report's own title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the title of the plan reported on, or null.</summary>
    public string? PlanTitle { get; init; }

    /// <summary>Gets the document number of the plan reported on, or null.</summary>
    public DocumentNumber? PlanDocumentNumber { get; init; }

    /// <summary>Gets the entries in the order written.</summary>
    public IReadOnlyList<ProgressEntry> Entries
    {
        get => _entries;
        init => _entries = ValueList<ProgressEntry>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>Gets the as-of date of a monthly report: the month's last day.</summary>
    /// <param name="month">The month of the report, for example 2021年9月.</param>
    /// <returns>The last day of the month (2021-09-30).</returns>
    public static LocalDate MonthEnd(YearMonth month) => month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));

    /// <summary>Finds the entry for a task, by its number's value.</summary>
    /// <param name="task">The task number.</param>
    /// <returns>The first entry for that task, or null.</returns>
    public ProgressEntry? FindEntry(TaskNumber task)
    {
        foreach (var entry in _entries)
        {
            if (entry.Task.Value == task.Value)
            {
                return entry;
            }
        }

        return null;
    }
}
