using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Checks a milestones time limit (7月底前提出方案，10月底前完成): each step due no earlier than the step before it
/// (GT1204), the years written (GT1203), and the last step's date against the plan's issue date (GT1202).
/// </summary>
internal sealed class MilestonesDeadlineValidator : AbstractValidator<DeadlineRule.Milestones>
{
    public MilestonesDeadlineValidator()
    {
        RuleFor(r => r.Steps).Custom(Check);
    }

    private static void Check(IReadOnlyList<Milestone> steps, ValidationContext<DeadlineRule.Milestones> context)
    {
        if (PlanScope.Find(context) is not { Deadlines: { } deadlines })
        {
            return;
        }

        var planYear = deadlines.PlanYear;
        var reported = new List<int>(2);
        var years = new List<int>(2);
        var earlier = false;
        LocalDate? previous = null;
        for (var i = 0; i < steps.Count; i++)
        {
            var path = Paths.Index(context.PropertyPath, i);
            var step = steps[i].Due;
            years.Clear();
            DeadlineYears.Collect(step, years);
            foreach (var year in years)
            {
                if (year != planYear && !reported.Contains(year))
                {
                    reported.Add(year);
                    context.AddFinding(path, Messages.DeadlineYearDiffers(year, planYear));
                    earlier |= year < planYear;
                }
            }

            var due = step.DueDate(planYear);
            if (previous is { } before && due < before)
            {
                context.AddFinding(path, Messages.MilestonesOutOfOrder(i + 1, due, before));
            }

            previous = due;
        }

        if (!earlier && deadlines.IssuedOn is { } issued && issued.Year <= planYear && previous is { } last && last < issued)
        {
            context.AddFinding(Paths.Index(context.PropertyPath, steps.Count - 1), Messages.DeadlineBeforeIssue(last, issued));
        }
    }
}
