using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Validation;

/// <summary>Reports a time limit that could not be understood, quoting it verbatim (GT1201).</summary>
internal sealed class UnrecognizedDeadlineValidator : AbstractValidator<DeadlineRule.Unrecognized>
{
    public UnrecognizedDeadlineValidator()
    {
        RuleFor(r => r).Custom((rule, context) => context.AddFinding(context.PropertyPath, Messages.DeadlineUnrecognized(rule.Text)));
    }
}
