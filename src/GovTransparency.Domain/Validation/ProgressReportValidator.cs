using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="ProgressReport"/>: one entry per task (GT1402), a date within
/// the plan year or the year after (GT1403), the plan it names (GT1406), and through
/// <see cref="ProgressEntryValidator"/> each entry. Checks against the plan run when the report is validated with
/// one (<see cref="PlanValidator"/>). Comparisons between reports (a completed task reported unfinished later, GT1404)
/// are made by <see cref="PlanValidator"/>.
/// </summary>
public sealed class ProgressReportValidator : AbstractValidator<ProgressReport>
{
    /// <summary>Creates the validator.</summary>
    public ProgressReportValidator()
    {
        RuleFor(r => r.AsOf).Custom(CheckDate);
        RuleFor(r => r.PlanDocumentNumber).Custom(CheckPlan);
        RuleFor(r => r.Entries).Custom(CheckRepeats);
        RuleForEach(r => r.Entries).SetValidator(new ProgressEntryValidator());
    }

    private static void CheckDate(LocalDate asOf, ValidationContext<ProgressReport> context)
    {
        if (PlanScope.Find(context) is { } scope && asOf.Year != scope.Plan.Year && asOf.Year != scope.Plan.Year + 1)
        {
            context.AddFinding(context.PropertyPath, Messages.ProgressReportDateOutsidePlan(asOf, scope.Plan.Year));
        }
    }

    private static void CheckPlan(DocumentNumber? number, ValidationContext<ProgressReport> context)
    {
        if (number is { } reported && PlanScope.Find(context) is { Plan.DocumentNumber: { } planNumber } && reported != planNumber)
        {
            context.AddFinding(context.PropertyPath, Messages.ProgressReportForOtherPlan(reported, planNumber));
        }
    }

    private static void CheckRepeats(IReadOnlyList<ProgressEntry> entries, ValidationContext<ProgressReport> context)
    {
        var first = new Dictionary<int, ProgressEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (first.TryGetValue(entry.Task.Value, out var earlier))
            {
                var disagree = earlier.Status != entry.Status || !string.Equals(earlier.Text, entry.Text, System.StringComparison.Ordinal);
                context.AddFinding(Paths.Member(Paths.Index(context.PropertyPath, i), "Task"), Messages.ProgressTaskRepeated(entry.Task, disagree), entry.Task);
            }
            else
            {
                first.Add(entry.Task.Value, entry);
            }
        }
    }
}
