using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Compliance;

/// <summary>One section's row of the per-section table (see <see cref="ComplianceSummary.BySection"/>).</summary>
/// <param name="Index">The section's position in the plan, from 0.</param>
/// <param name="Number">The section's number as written (一、 → 1).</param>
/// <param name="Title">The section's title.</param>
/// <param name="Totals">The counts of the section's tasks, its subsections' included.</param>
public sealed record SectionCompliance(int Index, ChineseOrdinal Number, string Title, ComplianceTotals Totals);
