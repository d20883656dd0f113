namespace GovTransparency.Domain;

/// <summary>
/// The stable codes of every <see cref="Diagnostic"/> the library produces. A code never changes meaning once
/// released; the README has one table of all codes with their meaning and an example.
/// Ranges: GT00xx general text, GT01xx plans and document metadata, GT02xx units and assignments,
/// GT03xx calendars, GT04xx deadlines, GT05xx JSON, GT06xx import, GT1xxx validation.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>GT0001: the text is empty or only white space.</summary>
    public const string EmptyText = "GT0001";

    /// <summary>GT0002: the text is longer than a parser reads; the rest was ignored.</summary>
    public const string TextTooLong = "GT0002";
}
