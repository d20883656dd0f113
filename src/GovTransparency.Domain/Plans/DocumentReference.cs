namespace GovTransparency.Domain.Plans;

/// <summary>
/// An upper-level document that a plan implements (贯彻落实), for example 《2021年政务公开工作要点》
/// (国办发〔2021〕12号). Either part may be missing when the plan does not give it.
/// </summary>
/// <param name="Number">The document number, when given.</param>
/// <param name="Title">The title without its 《》 brackets, when given.</param>
public sealed record DocumentReference(DocumentNumber? Number, string? Title)
{
    /// <summary>Formats as 《title》(number).</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() =>
        (Title is null ? string.Empty : "《" + Title + "》") + (Number is { } n ? "(" + n + ")" : string.Empty);
}
