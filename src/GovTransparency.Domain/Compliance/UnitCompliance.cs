using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// One unit's row of a per-unit table (see <see cref="ComplianceSummary.ByLeadUnit"/>): the tasks in which it holds
/// one role, counted. A task counts once per role a unit holds in it, however often (or under however many aliases)
/// the unit is written; collective units (区政府各部门, 各乡镇街) are rows of their own.
/// </summary>
/// <param name="Unit">The unit, by its canonical name when the unit directory knows it, else as first written.</param>
/// <param name="Role">The role counted: lead (牵头), responsible (负责), or cooperating (配合).</param>
/// <param name="Totals">The counts of the unit's tasks in that role.</param>
public sealed record UnitCompliance(Unit Unit, UnitRole Role, ComplianceTotals Totals);
