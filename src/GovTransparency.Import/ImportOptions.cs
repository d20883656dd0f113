namespace GovTransparency.Import;

/// <summary>Options of <see cref="PlanDocumentImporter.Import"/>. The defaults suit every seed document.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Gets the plan year to use whatever the document says, or null (the default) to read it from the document:
    /// from the title (2021年…), else the document number (〔2021〕), else the document's dates.
    /// </summary>
    public int? PlanYear { get; init; }

    /// <summary>
    /// Gets the plan year to use when the document gives none, or null (the default). When the document gives no
    /// year and this is null, the plan's year is set to 1949, the smallest the model allows, with a
    /// <see cref="ImportDiagnosticCodes.PlanYearNotFound"/> error: a placeholder nobody can mistake for a real year.
    /// </summary>
    public int? DefaultYear { get; init; }
}
