using FluentValidation;
using FluentValidation.Results;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of a whole <see cref="WorkPlan"/>: document metadata (GT13xx), the numbering of
/// sections and tasks (GT10xx), unit names across the plan (GT1104, GT1105), and through
/// <see cref="SectionValidator"/> each section, subsection, task and deadline. Paths are FluentValidation's, such as
/// <c>Sections[1].Subsections[0].Tasks[2].Deadline</c>.
/// </summary>
/// <remarks>
/// Construct once and share: the validator holds only its settings, and the plan of a run travels in that run's
/// own context. Most callers want <see cref="PlanValidator"/>, which also checks progress reports and returns a
/// <see cref="ValidationReport"/>; use this class to compose the rules into other FluentValidation validators, and
/// <see cref="ValidationReport.FromResult"/> to turn its result into a report.
/// </remarks>
public sealed class WorkPlanValidator : AbstractValidator<WorkPlan>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="settings">The settings; <see cref="ValidationSettings.Default"/> when null.</param>
    public WorkPlanValidator(ValidationSettings? settings = null)
    {
        Settings = settings ?? ValidationSettings.Default;
        RuleFor(p => p.DocumentNumber).Custom(CheckDocumentNumber);
        RuleFor(p => p.IssuedOn).Custom(CheckIssuedOn);
        RuleFor(p => p.PublishedOn).Custom(CheckPublishedOn);
        RuleFor(p => p.Sections).Custom(CheckSectionNumbering);
        RuleFor(p => p.Sections).Custom(CheckTaskNumbering);
        RuleForEach(p => p.Sections).SetValidator(new SectionValidator(Settings));
        RuleFor(p => p.Sections).Custom(CheckUnitNames);
    }

    /// <summary>Gets the settings the validator was built with.</summary>
    public ValidationSettings Settings { get; }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<WorkPlan> context, ValidationResult result)
    {
        if (context?.InstanceToValidate is { } plan)
        {
            PlanScope.Attach(context, plan);
        }

        return true;
    }

    private static void CheckDocumentNumber(DocumentNumber? number, ValidationContext<WorkPlan> context)
    {
        var plan = context.InstanceToValidate;
        if (number is { } n && n.Year != plan.Year)
        {
            context.AddFinding(context.PropertyPath, Messages.DocumentNumberYearDiffers(n, plan.Year, plan.IssuedOn?.Year == n.Year));
        }
    }

    private static void CheckIssuedOn(LocalDate? issuedOn, ValidationContext<WorkPlan> context)
    {
        if (issuedOn is not { } issued)
        {
            return;
        }

        var plan = context.InstanceToValidate;
        if (issued.Year > plan.Year)
        {
            context.AddFinding(context.PropertyPath, Messages.IssuedAfterPlanYear(issued, plan.Year));
        }

        if (plan.WrittenOn is { } written && issued < written)
        {
            context.AddFinding(context.PropertyPath, Messages.IssuedBeforeWritten(issued, written));
        }
    }

    private static void CheckPublishedOn(LocalDate? publishedOn, ValidationContext<WorkPlan> context)
    {
        if (publishedOn is { } published && context.InstanceToValidate.WrittenOn is { } written && published < written)
        {
            context.AddFinding(context.PropertyPath, Messages.PublishedBeforeWritten(published, written));
        }
    }

    private static void CheckSectionNumbering(System.Collections.Generic.IReadOnlyList<Section> sections, ValidationContext<WorkPlan> context) =>
        HeadingChecks.Check(context, context.PropertyPath, HeadingKind.Section, sections.Count, i => sections[i].Number, i => sections[i].Title, default);

    private static void CheckTaskNumbering(System.Collections.Generic.IReadOnlyList<Section> sections, ValidationContext<WorkPlan> context)
    {
        var plan = context.InstanceToValidate;
        var scheme = PlanScope.Find(context) is { } scope && ReferenceEquals(scope.Plan, plan) ? scope.Numbering : TaskNumbering.Detect(plan);
        TaskNumbering.Check(context, context.PropertyPath, plan, scheme);
    }

    private void CheckUnitNames(System.Collections.Generic.IReadOnlyList<Section> sections, ValidationContext<WorkPlan> context) =>
        UnitNameChecks.Check(context, context.PropertyPath, context.InstanceToValidate, Settings);
}
