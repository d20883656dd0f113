using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Checks a fixed time limit (年底前, 2020年9月底前, 10月30日前, 上半年, 6月至7月 …) against its plan: a year other
/// than the plan year (GT1203) and a due date before the plan's issue date (GT1202). Mapped to every fixed kind by
/// <see cref="WorkTaskValidator"/>'s inheritance validator.
/// </summary>
internal sealed class FixedDeadlineValidator : AbstractValidator<DeadlineRule.Fixed>
{
    public FixedDeadlineValidator()
    {
        RuleFor(r => r).Custom(Check);
    }

    private static void Check(DeadlineRule.Fixed rule, ValidationContext<DeadlineRule.Fixed> context)
    {
        if (PlanScope.Find(context) is not { Deadlines: { } deadlines })
        {
            return;
        }

        var years = new List<int>(2);
        DeadlineYears.Collect(rule, years);
        var earlier = false;
        foreach (var year in years)
        {
            if (year != deadlines.PlanYear)
            {
                context.AddFinding(context.PropertyPath, Messages.DeadlineYearDiffers(year, deadlines.PlanYear));
                earlier |= year < deadlines.PlanYear;
            }
        }

        // A year written before the plan year is already reported, and so is a plan issued after its year: every
        // date in them is past, and saying so task by task adds nothing.
        if (!earlier && deadlines.IssuedOn is { } issued && issued.Year <= deadlines.PlanYear)
        {
            var due = rule.DueDate(deadlines.PlanYear);
            if (due < issued)
            {
                context.AddFinding(context.PropertyPath, Messages.DeadlineBeforeIssue(due, issued));
            }
        }
    }
}
