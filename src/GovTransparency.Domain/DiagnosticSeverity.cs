namespace GovTransparency.Domain;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong (for example: a default was applied).</summary>
    Info = 0,

    /// <summary>Probably a mistake in the document, or text that could not be fully understood.</summary>
    Warning = 1,

    /// <summary>Certainly wrong: the document contradicts itself or the input could not be read.</summary>
    Error = 2,
}
