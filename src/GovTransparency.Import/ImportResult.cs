using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Import;

/// <summary>
/// What <see cref="PlanDocumentImporter.Import"/> read from a document: the plan, the progress report when the
/// table has a progress column (进展情况), the layout recognised, and the diagnostics. An import always gives a
/// plan, possibly empty; <see cref="Diagnostics"/> says what was inferred, what looked wrong, and which lines of
/// the plan's body were not used (<see cref="ImportDiagnosticCodes.TextNotUsed"/>, with their line numbers).
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(WorkPlan plan, ProgressReport? progressReport, DocumentLayout layout, IReadOnlyList<Diagnostic> diagnostics)
    {
        Plan = plan;
        ProgressReport = progressReport;
        Layout = layout;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the plan read from the document; never null, but empty when nothing could be read.</summary>
    public WorkPlan Plan { get; }

    /// <summary>
    /// Gets the progress report when the document's table has a progress column (进展情况, 完成情况 …): one entry
    /// per task, as of the month the document names (2021年9月 → 2021-09-30). Null otherwise.
    /// </summary>
    public ProgressReport? ProgressReport { get; }

    /// <summary>Gets the layout recognised from the text.</summary>
    public DocumentLayout Layout { get; }

    /// <summary>
    /// Gets the findings, in the order they were made (header first, then the body in line order). Each finding
    /// about a line of the document carries its one-based <see cref="Diagnostic.Line"/>; each about a task its
    /// <see cref="Diagnostic.Path"/> (<c>Sections[0].Subsections[1].Tasks[0]</c>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error (for example: the text is empty, or no plan year was found).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Gets the counts of what was read.</summary>
    public ImportStatistics Statistics => new(
        Plan.Sections.Count,
        Plan.Sections.Sum(s => s.Subsections.Count),
        Plan.TaskCount,
        ProgressReport?.Entries.Count ?? 0,
        Diagnostics.Count);
}
