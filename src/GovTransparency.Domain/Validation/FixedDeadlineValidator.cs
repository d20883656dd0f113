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

        var earlier = false;
        if (rule is DeadlineRule.Spanning span)
        {
            earlier |= CheckYear(span.Start, deadlines.PlanYear, context);
            if (DeadlineYears.Explicit(span.End) != DeadlineYears.Explicit(span.Start))
            {
                earlier |= CheckYear(span.End, deadlines.PlanYear, context);
            }
        }
        else
        {
            earlier = CheckYear(rule, deadlines.PlanYear, context);
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

    /// <summary>Reports the year <paramref name="rule"/> writes out when it is not the plan year; true when it is earlier.</summary>
    private static bool CheckYear(DeadlineRule.Fixed rule, int planYear, ValidationContext<DeadlineRule.Fixed> context)
    {
        if (DeadlineYears.Explicit(rule) is not { } year || year == planYear)
        {
            return false;
        }

        context.AddFinding(context.PropertyPath, Messages.DeadlineYearDiffers(year, planYear));
        return year < planYear;
    }
}
