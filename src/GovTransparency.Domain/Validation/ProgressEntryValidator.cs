using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="ProgressEntry"/>: its task exists in the plan (GT1401, when
/// validated with a plan) and its status was understood (GT1405).
/// </summary>
public sealed class ProgressEntryValidator : AbstractValidator<ProgressEntry>
{
    /// <summary>Creates the validator.</summary>
    public ProgressEntryValidator()
    {
        RuleFor(e => e.Task).Custom(CheckTask);
        RuleFor(e => e.Status).Custom(CheckStatus);
    }

    private static void CheckTask(TaskNumber task, ValidationContext<ProgressEntry> context)
    {
        if (PlanScope.Find(context) is { } scope && !scope.HasTask(task.Value))
        {
            context.AddFinding(context.PropertyPath, Messages.ProgressTaskUnknown(task), task);
        }
    }

    private static void CheckStatus(ProgressStatus status, ValidationContext<ProgressEntry> context)
    {
        if (status == ProgressStatus.Unknown)
        {
            var entry = context.InstanceToValidate;
            context.AddFinding(context.PropertyPath, Messages.ProgressStatusUnknown(entry.Text), entry.Task);
        }
    }
}
