using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Checks a relative time limit (印发后一个月内, 自收到留言咨询之日起3个工作日内): when the plan does not give the
/// date of the event it counts from, no due date follows from the plan (GT1206). Only the plan's own issue date
/// (印发, with <see cref="Plans.WorkPlan.IssuedOn"/> known) is an event the plan gives.
/// </summary>
internal sealed class RelativeDeadlineValidator : AbstractValidator<DeadlineRule.Relative>
{
    public RelativeDeadlineValidator()
    {
        RuleFor(r => r).Custom(Check);
    }

    private static void Check(DeadlineRule.Relative rule, ValidationContext<DeadlineRule.Relative> context)
    {
        if (PlanScope.Find(context) is not { } scope)
        {
            return;
        }

        if (rule.Event != RelativeEvent.PlanIssued || scope.Plan.IssuedOn is null)
        {
            context.AddFinding(context.PropertyPath, Messages.RelativeEventUnknown(rule));
        }
    }
}
