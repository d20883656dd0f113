namespace GovTransparency.Domain;

/// <summary>Codes GT0101–GT0199: numbers of plans, sections and tasks, and document metadata.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// GT0101 (error): the text is not a document number (发文字号) such as 榕政办〔2021〕53号: no bracketed year,
    /// several brackets, or text after 号.
    /// </summary>
    public const string DocumentNumberUnreadable = "GT0101";

    /// <summary>
    /// GT0102 (error): the brackets around the year of a document number do not pair up, as in 榕政办〔2021 53号
    /// or 国办发〔202053号.
    /// </summary>
    public const string DocumentNumberUnbalancedBrackets = "GT0102";

    /// <summary>
    /// GT0103 (error): the year of a document number is four digits but outside the plausible range
    /// <see cref="Plans.DocumentNumber.MinYear"/> to <see cref="Plans.DocumentNumber.MaxYear"/>, as in 国办发〔1921〕3号.
    /// </summary>
    public const string DocumentNumberYearOutOfRange = "GT0103";

    /// <summary>
    /// GT0104 (error): the issuer code (机关代字, the 榕政办 of 榕政办〔2021〕53号) is missing, too long, or holds
    /// characters other than letters.
    /// </summary>
    public const string DocumentNumberIssuerInvalid = "GT0104";

    /// <summary>
    /// GT0105 (error): the year of a document number is not written in full with four Arabic digits, as in
    /// 国办发〔21〕12号 or 国办发〔二〇二一〕12号.
    /// </summary>
    public const string DocumentNumberYearUnreadable = "GT0105";

    /// <summary>
    /// GT0106 (error): the serial (发文顺序号) of a document number is missing, is not in Arabic digits, is zero, or
    /// is larger than <see cref="Plans.DocumentNumber.MaxSerial"/>, as in 国办发〔2021〕号.
    /// </summary>
    public const string DocumentNumberSerialInvalid = "GT0106";

    /// <summary>
    /// GT0107 (warning): the brackets around the year are of two different kinds, as in 国办发〔2021]12号; the
    /// number was read.
    /// </summary>
    public const string DocumentNumberMismatchedBrackets = "GT0107";

    /// <summary>GT0108 (warning): the document number does not end with 号, as in 国办发〔2021〕12; the number was read.</summary>
    public const string DocumentNumberSuffixMissing = "GT0108";

    /// <summary>
    /// GT0109 (warning): while searching a longer text, something that looks like a document number (an issuer code
    /// followed by 〔 or 〕) could not be read; the message gives the reason, and the finding's span shows where.
    /// </summary>
    public const string DocumentNumberMalformedInText = "GT0109";

    /// <summary>
    /// GT0110 (warning): a text searched for document numbers holds more than
    /// <see cref="Plans.DocumentNumber.MaxMalformedFindings"/> malformed ones (<see cref="DocumentNumberMalformedInText"/>);
    /// the rest were not reported, though every readable number was still found.
    /// </summary>
    public const string DocumentNumberFindingsTruncated = "GT0110";

    /// <summary>
    /// GT0111 (error): the text is not a Chinese ordinal such as 一, 一、, (一) or （一）, or, for a heading, does not
    /// start with one.
    /// </summary>
    public const string ChineseOrdinalUnreadable = "GT0111";

    /// <summary>GT0112 (error): the Chinese numeral is outside 一 (1) to 九十九 (99), such as 零 or 一百.</summary>
    public const string ChineseOrdinalOutOfRange = "GT0112";

    /// <summary>GT0113 (error): a bracket around a Chinese ordinal is not closed or not opened, as in (一 or 一）.</summary>
    public const string ChineseOrdinalUnbalancedBrackets = "GT0113";

    /// <summary>
    /// GT0114 (error): Arabic digits where a Chinese ordinal is expected, as in (1) or 1、: in plans such numbers
    /// number tasks (see <see cref="Plans.TaskNumber"/>), not sections or subsections.
    /// </summary>
    public const string ChineseOrdinalArabicDigits = "GT0114";

    /// <summary>
    /// GT0115 (warning): a Chinese ordinal is followed by a comma or a full stop (一， 一. 一．) where the enumeration
    /// comma 、 is standard; it was read as 一、.
    /// </summary>
    public const string ChineseOrdinalNonstandardSeparator = "GT0115";

    /// <summary>
    /// GT0116 (warning): the brackets around a Chinese ordinal are one half-width and one full-width, as in (一）; it
    /// was read with the style of the opening bracket.
    /// </summary>
    public const string ChineseOrdinalMismatchedBrackets = "GT0116";

    /// <summary>GT0121 (error): the text is not a task number such as 1, 1., 1、, (1), （1） or (一), or a task line does not start with one.</summary>
    public const string TaskNumberUnreadable = "GT0121";

    /// <summary>GT0122 (error): a bracket around a task number is not closed or not opened, as in (1 or 1）.</summary>
    public const string TaskNumberUnbalancedBrackets = "GT0122";

    /// <summary>GT0123 (error): the task number is zero or larger than the largest number read (99999).</summary>
    public const string TaskNumberOutOfRange = "GT0123";

    /// <summary>
    /// GT0124 (warning): a task number is followed by a comma (1， or 1,) where 1. or 1、 is standard; it was read
    /// and its text kept as written.
    /// </summary>
    public const string TaskNumberNonstandardSeparator = "GT0124";

    /// <summary>
    /// GT0125 (warning): the brackets around a task number are one half-width and one full-width, as in (1）; it was
    /// read and its text kept as written.
    /// </summary>
    public const string TaskNumberMismatchedBrackets = "GT0125";
}
