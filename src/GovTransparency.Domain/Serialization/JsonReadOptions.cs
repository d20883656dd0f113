namespace GovTransparency.Domain.Serialization;

/// <summary>How <see cref="PlanJson"/> reads documents.</summary>
public sealed record JsonReadOptions
{
    /// <summary>Gets the default: unknown properties are ignored, so documents from newer minor versions still read.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>Gets strict reading: a property the format does not define is an error.</summary>
    public static JsonReadOptions StrictMode { get; } = new() { Strict = true };

    /// <summary>Gets whether a property the format does not define is an error (GT0505) instead of being ignored.</summary>
    public bool Strict { get; init; }
}
