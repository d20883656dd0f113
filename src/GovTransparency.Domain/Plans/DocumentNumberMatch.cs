namespace GovTransparency.Domain.Plans;

/// <summary>
/// A document number found in a longer text by <see cref="DocumentNumber.FindAll"/>: the number and where it was
/// written, for example 国办发〔2021〕12号 at [37..48) of 「…(国办发〔2021〕12号)和…」.
/// </summary>
public sealed record DocumentNumberMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="number">The document number read.</param>
    /// <param name="span">Where it was written in the searched text, from the issuer code to 号.</param>
    public DocumentNumberMatch(DocumentNumber number, TextSpan span)
    {
        Number = number;
        Span = span;
    }

    /// <summary>Gets the document number read.</summary>
    public DocumentNumber Number { get; }

    /// <summary>Gets where the number was written in the searched text, from the first character of the issuer code to 号.</summary>
    public TextSpan Span { get; }

    /// <summary>Formats as the canonical number followed by its span: 国办发〔2021〕12号 @ [37..48).</summary>
    /// <returns>The match as text.</returns>
    public override string ToString() => Number + " @ " + Span;
}
