namespace GovTransparency.Domain;

/// <summary>Codes of JSON reading findings (GT05xx).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>GT0501: the JSON cannot be read: malformed, a value of the wrong type, a required member missing, or nested too deep.</summary>
    public const string JsonUnreadable = "GT0501";

    /// <summary>GT0502: the document's schemaVersion is missing, malformed, or of a newer major version than this library reads.</summary>
    public const string JsonUnsupportedSchemaVersion = "GT0502";

    /// <summary>GT0503: a value is of the right JSON type but not valid: an impossible date, an unknown name, a number out of range.</summary>
    public const string JsonInvalidValue = "GT0503";

    /// <summary>GT0504: a deadline has a kind this library does not know.</summary>
    public const string JsonUnknownDeadlineKind = "GT0504";

    /// <summary>GT0505: strict mode: the document has a property the format does not define.</summary>
    public const string JsonUnknownProperty = "GT0505";
}
