using System;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Import;

namespace GovTransparency.Cli;

/// <summary>
/// How every command that takes a plan (<c>validate</c>, <c>report</c>) reads one: plan JSON when the text's first
/// non-blank character is <c>{</c>, otherwise a published document, imported, with its own progress report when it
/// has a 进展情况 column. One rule for all commands, so a file reads the same whichever command is given it.
/// </summary>
internal static class PlanInput
{
    /// <summary>Whether the text is JSON rather than a document (a byte order mark and white space are skipped).</summary>
    public static bool IsJson(string text) =>
        text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("{", StringComparison.Ordinal);

    /// <summary>Reads the plan and, for a document with a progress column, its progress report.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="documentReport">The document's own progress report, or null (always null for JSON).</param>
    /// <returns>The plan, or a failure; either way with every diagnostic found.</returns>
    public static ParseResult<WorkPlan> Read(string text, out ProgressReport? documentReport)
    {
        documentReport = null;
        if (IsJson(text))
        {
            return PlanJson.DeserializePlan(text);
        }

        var imported = PlanDocumentImporter.Import(text);
        if (imported.HasErrors)
        {
            return ParseResult<WorkPlan>.ForFailure(imported.Diagnostics);
        }

        documentReport = imported.ProgressReport;
        return ParseResult<WorkPlan>.ForValue(imported.Plan, imported.Diagnostics);
    }
}
