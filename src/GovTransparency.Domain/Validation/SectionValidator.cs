using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="Section"/>: its title, the numbering of its subsections
/// (GT1002, GT1005–GT1007), and through <see cref="SubsectionValidator"/> and <see cref="WorkTaskValidator"/> its
/// subsections and tasks. Used by <see cref="WorkPlanValidator"/>; construct once and share.
/// </summary>
public sealed class SectionValidator : AbstractValidator<Section>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="settings">The settings; <see cref="ValidationSettings.Default"/> when null.</param>
    public SectionValidator(ValidationSettings? settings = null)
    {
        Settings = settings ?? ValidationSettings.Default;
        var tasks = new WorkTaskValidator(Settings);
        RuleFor(s => s.Title).Custom(CheckTitle);
        RuleFor(s => s.Tasks).Custom(CheckNotEmpty);
        RuleFor(s => s.Subsections).Custom(CheckSubsectionNumbering);
        RuleForEach(s => s.Tasks).SetValidator(tasks);
        RuleForEach(s => s.Subsections).SetValidator(new SubsectionValidator(Settings, tasks));
    }

    /// <summary>Gets the settings the validator was built with.</summary>
    public ValidationSettings Settings { get; }

    private static void CheckTitle(string title, ValidationContext<Section> context)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            context.AddFinding(context.PropertyPath, Messages.HeadingTitleEmpty(HeadingKind.Section, context.InstanceToValidate.Number));
        }
    }

    private static void CheckNotEmpty(IReadOnlyList<WorkTask> tasks, ValidationContext<Section> context)
    {
        var section = context.InstanceToValidate;
        if (tasks.Count == 0 && section.Subsections.Count == 0)
        {
            context.AddFinding(context.PropertyPath, Messages.HeadingWithoutTasks(HeadingKind.Section, section.Number));
        }
    }

    private static void CheckSubsectionNumbering(IReadOnlyList<Subsection> subsections, ValidationContext<Section> context) =>
        HeadingChecks.Check(
            context,
            context.PropertyPath,
            HeadingKind.Subsection,
            subsections.Count,
            i => subsections[i].Number,
            i => subsections[i].Title,
            context.InstanceToValidate.Number);
}
