using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Progress;
using NodaTime;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Validates the progress reports of a run: each report through <see cref="ProgressReportValidator"/>, then across
/// reports ordered by their as-of dates, a task reported completed and later reported not completed (GT1404).
/// </summary>
internal sealed class ReportsAsGivenValidator : AbstractValidator<ReportsAsGiven>
{
    public ReportsAsGivenValidator()
    {
        RuleForEach(h => h.Reports).SetValidator(new ProgressReportValidator());
        RuleFor(h => h.Reports).Custom(CheckCompletions);
    }

    private static void CheckCompletions(IReadOnlyList<ProgressReport> reports, ValidationContext<ReportsAsGiven> context)
    {
        // Stable: reports of one date keep the order given.
        var order = Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].AsOf).ToList();
        var completedAsOf = new Dictionary<int, LocalDate>();
        foreach (var r in order)
        {
            var report = reports[r];
            var entries = report.Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                var value = entry.Task.Value;
                if (entry.Status == ProgressStatus.Completed)
                {
                    if (!completedAsOf.ContainsKey(value))
                    {
                        completedAsOf.Add(value, report.AsOf);
                    }
                }
                else if (entry.Status is ProgressStatus.InProgress or ProgressStatus.NotStarted
                    && completedAsOf.TryGetValue(value, out var completed)
                    && completed < report.AsOf)
                {
                    var path = Paths.Member(Paths.Index(Paths.Member(Paths.Index(context.PropertyPath, r), "Entries"), e), "Status");
                    context.AddFinding(path, Messages.ProgressCompletionReversed(entry.Task, completed, report.AsOf, entry.Status), entry.Task);
                    completedAsOf.Remove(value);
                }
            }
        }
    }
}
