using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// The progress reports of one plan, in date order: what was reported as of any date, and when each task was
/// completed as far as the reports can tell. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Entries are found by the value of their task number. The first time a task is looked up, each report's entries
/// are indexed by task once (a report with two entries for one task keeps the first, as
/// <see cref="ProgressReport.FindEntry"/> does), so a lookup costs one dictionary read per report rather than a scan
/// of the report.
/// </remarks>
public sealed class ProgressHistory
{
    private readonly ProgressReport[] _reports;
    private Index? _index;

    /// <summary>Creates a history from reports in any order; reports of equal date keep their given order.</summary>
    /// <param name="reports">The reports.</param>
    public ProgressHistory(IEnumerable<ProgressReport> reports)
    {
        _reports = Guard.Against.NullOrContainsNull(reports).OrderBy(r => r.AsOf).ToArray();
    }

    /// <summary>Gets the empty history.</summary>
    public static ProgressHistory Empty { get; } = new(System.Array.Empty<ProgressReport>());

    /// <summary>Gets the reports in date order.</summary>
    public IReadOnlyList<ProgressReport> Reports => _reports;

    /// <summary>Gets the latest report as of <paramref name="asOf"/> (its date on or before it), or null.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The report, or null when none is that old.</returns>
    public ProgressReport? LatestOnOrBefore(LocalDate asOf)
    {
        ProgressReport? latest = null;
        foreach (var report in _reports)
        {
            if (report.AsOf > asOf)
            {
                break;
            }

            latest = report;
        }

        return latest;
    }

    /// <summary>Gets the latest entry for a task as of a date, with the date of its report.</summary>
    /// <param name="task">The task number.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The entry and its report's date, or null when no report on or before the date mentions the task.</returns>
    public (ProgressEntry Entry, LocalDate ReportedOn)? LatestEntry(TaskNumber task, LocalDate asOf)
    {
        Scan(task.Value, LocalDate.MinIsoValue, asOf, asOf, out var entry, out var reportedOn);
        return entry is null ? null : (entry, reportedOn);
    }

    /// <summary>
    /// Gets when a task was completed, as far as the reports on or before <paramref name="asOf"/> can tell, or null
    /// when no such report shows it completed.
    /// </summary>
    /// <param name="task">The task number.</param>
    /// <param name="asOf">The date of the question: later reports are not known yet.</param>
    /// <param name="notBefore">
    /// The earliest day the task can have been done when no report shows it not completed: the plan's issue date, or
    /// the first day of the plan year when that is unknown.
    /// </param>
    /// <returns>
    /// The interval, from the first report of the latest run of reports that show it completed; null when the latest
    /// report that mentions the task (on or before the date) does not show it completed.
    /// </returns>
    public CompletionInterval? CompletionOf(TaskNumber task, LocalDate asOf, LocalDate notBefore) =>
        Scan(task.Value, LocalDate.MinIsoValue, asOf, notBefore, out _, out _);

    /// <summary>
    /// Reads one task in one pass over the reports dated <paramref name="from"/> to <paramref name="to"/>: its latest
    /// entry and that report's date, and its completion (see <see cref="CompletionOf"/>).
    /// </summary>
    internal CompletionInterval? Scan(int task, LocalDate from, LocalDate to, LocalDate notBefore, out ProgressEntry? latest, out LocalDate reportedOn)
    {
        var index = GetIndex().ByTask;
        var earliest = notBefore;
        CompletionInterval? completion = null;
        latest = null;
        reportedOn = default;
        for (var r = 0; r < _reports.Length; r++)
        {
            var report = _reports[r];
            if (report.AsOf > to)
            {
                break;
            }

            if (report.AsOf < from || !index[r].TryGetValue(task, out var entry))
            {
                continue;
            }

            latest = entry;
            reportedOn = report.AsOf;
            if (entry.Status != ProgressStatus.Completed)
            {
                // Seen not completed on this day: it was completed later, if at all. A completion reported earlier
                // no longer stands (validation reports the contradiction).
                earliest = report.AsOf < LocalDate.MaxIsoValue ? Max(earliest, report.AsOf.PlusDays(1)) : report.AsOf;
                completion = null;
                continue;
            }

            if (entry.CompletedOn is { } stated)
            {
                completion = new CompletionInterval(stated, stated);
            }
            else if (completion is null)
            {
                completion = new CompletionInterval(Min(earliest, report.AsOf), report.AsOf);
            }
        }

        return completion;
    }

    private Index GetIndex() => _index ?? LazyInitializer.EnsureInitialized(ref _index, () => new Index(_reports))!;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>Each report's entries by task value, built once; the first entry for a task wins.</summary>
    private sealed class Index
    {
        public Index(ProgressReport[] reports)
        {
            ByTask = new Dictionary<int, ProgressEntry>[reports.Length];
            for (var r = 0; r < reports.Length; r++)
            {
                var entries = reports[r].Entries;
                var byTask = new Dictionary<int, ProgressEntry>(entries.Count);
                for (var e = 0; e < entries.Count; e++)
                {
                    var value = entries[e].Task.Value;
                    if (!byTask.ContainsKey(value))
                    {
                        byTask.Add(value, entries[e]);
                    }
                }

                ByTask[r] = byTask;
            }
        }

        public Dictionary<int, ProgressEntry>[] ByTask { get; }
    }
}
