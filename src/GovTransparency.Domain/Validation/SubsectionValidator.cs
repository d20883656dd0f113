using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="Subsection"/>: its title, that it holds tasks, and through
/// <see cref="WorkTaskValidator"/> each task. Its number is checked with its siblings by <see cref="SectionValidator"/>.
/// </summary>
public sealed class SubsectionValidator : AbstractValidator<Subsection>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="settings">The settings; <see cref="ValidationSettings.Default"/> when null.</param>
    public SubsectionValidator(ValidationSettings? settings = null)
        : this(settings ?? ValidationSettings.Default, null)
    {
    }

    internal SubsectionValidator(ValidationSettings settings, WorkTaskValidator? tasks)
    {
        Settings = settings;
        RuleFor(s => s.Title).Custom(CheckTitle);
        RuleFor(s => s.Tasks).Custom(CheckNotEmpty);
        RuleForEach(s => s.Tasks).SetValidator(tasks ?? new WorkTaskValidator(settings));
    }

    /// <summary>Gets the settings the validator was built with.</summary>
    public ValidationSettings Settings { get; }

    private static void CheckTitle(string title, ValidationContext<Subsection> context)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            context.AddFinding(context.PropertyPath, Messages.HeadingTitleEmpty(HeadingKind.Subsection, context.InstanceToValidate.Number));
        }
    }

    private static void CheckNotEmpty(IReadOnlyList<WorkTask> tasks, ValidationContext<Subsection> context)
    {
        if (tasks.Count == 0)
        {
            context.AddFinding(context.PropertyPath, Messages.HeadingWithoutTasks(HeadingKind.Subsection, context.InstanceToValidate.Number));
        }
    }
}
