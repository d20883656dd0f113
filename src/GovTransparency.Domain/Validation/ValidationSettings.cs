using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// How the validators of a <see cref="PlanValidator"/> (and the level validators, such as
/// <see cref="WorkPlanValidator"/>) are configured. Given once, when a validator is constructed; nothing global is
/// changed.
/// </summary>
public sealed record ValidationSettings
{
    private readonly UnitDirectory _units = UnitDirectory.Empty;

    /// <summary>Gets the settings every validator uses when none are given: no known aliases, every check on.</summary>
    public static ValidationSettings Default { get; } = new();

    /// <summary>
    /// Gets the unit directory whose aliases identify one body under several names (县市监局 and 县市场监管局): used
    /// for unit names that are aliases of one another (GT1105) and for a unit both lead and responsible (GT1103).
    /// Empty by default.
    /// </summary>
    public UnitDirectory Units
    {
        get => _units;
        init => _units = Guard.Against.Null(value);
    }

    /// <summary>
    /// Gets whether unit names that look like variants of one another are reported (GT1104, a heuristic described
    /// on <see cref="DiagnosticCodes.UnitNamesSimilar"/>). On by default.
    /// </summary>
    public bool DetectSimilarUnitNames { get; init; } = true;
}
