using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Validation;

/// <summary>Reports a task without a time limit, to which the plan's default (the end of the plan year) applies (GT1207).</summary>
internal sealed class UnspecifiedDeadlineValidator : AbstractValidator<DeadlineRule.Unspecified>
{
    public UnspecifiedDeadlineValidator()
    {
        RuleFor(r => r).Custom((rule, context) => context.AddFinding(
            context.PropertyPath,
            PlanScope.Find(context) is { } scope ? Messages.DeadlineUnspecifiedInPlan(scope.Plan.Year) : Messages.DeadlineUnspecifiedInPlan()));
    }
}
