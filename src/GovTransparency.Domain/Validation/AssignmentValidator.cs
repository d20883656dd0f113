using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="Assignment"/> of a unit to a task: a lead unit (牵头) should be
/// one body, not a collective or an open-ended set (GT1106). Used by <see cref="WorkTaskValidator"/>.
/// </summary>
public sealed class AssignmentValidator : AbstractValidator<Assignment>
{
    /// <summary>Creates the validator.</summary>
    public AssignmentValidator()
    {
        RuleFor(a => a.Unit).Custom(CheckLead);
    }

    private static void CheckLead(Unit unit, ValidationContext<Assignment> context)
    {
        if (context.InstanceToValidate.Role == UnitRole.Lead && unit.Kind != UnitKind.Specific)
        {
            context.AddFinding(context.PropertyPath, Messages.LeadUnitNotSpecific(unit.Name, unit.Kind));
        }
    }
}
