namespace GovTransparency.Domain;

/// <summary>Codes of progress-report findings (GT07xx).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>GT0701: a progress text is empty; the status is unknown.</summary>
    public const string ProgressTextEmpty = "GT0701";

    /// <summary>GT0702: a progress text states no status the library understands; it is kept verbatim as unknown.</summary>
    public const string ProgressStatusNotUnderstood = "GT0702";

    /// <summary>GT0703: a progress text says the task is completed and also that it is still going on or not started.</summary>
    public const string ProgressStatusContradictory = "GT0703";
}
