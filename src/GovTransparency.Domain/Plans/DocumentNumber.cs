using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A document number (发文字号) such as 榕政办〔2021〕53号: the issuer code (机关代字) 榕政办, the year 2021 in
/// hexagonal brackets 〔〕, and the serial (发文顺序号) 53. Equality is by issuer code (ordinal), year and serial, so
/// the forms a scrape may use — 榕政办[2021]53号, 榕政办 （２０２１） 第53号 — read as the same number.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse"/> reads one number written on its own; <see cref="FindAll"/> finds the numbers inside a longer
/// text such as 「贯彻落实《2021年政务公开工作要点》(国办发〔2021〕12号)」. Both accept the brackets 〔〕 ﹝﹞ [] ［］ ()
/// （） 【】, ASCII or full-width digits, white space between the parts, and 第 before the serial. The year must be
/// written in full with four Arabic digits, as the national standard for official documents (GB/T 9704) requires,
/// and lie between <see cref="MinYear"/> and <see cref="MaxYear"/>.
/// </para>
/// <para>
/// The default value has an empty issuer code and year 0; it is not a valid number. Use a nullable
/// <see cref="DocumentNumber"/> for "no number".
/// </para>
/// </remarks>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>, IComparable<DocumentNumber>, IComparable
{
    /// <summary>The earliest year read, 1949 (the founding of the People's Republic).</summary>
    public const int MinYear = 1949;

    /// <summary>The latest year read, 2099; a later year is taken to be a typing error.</summary>
    public const int MaxYear = 2099;

    /// <summary>The largest serial, 99999.</summary>
    public const int MaxSerial = 99_999;

    /// <summary>
    /// The longest issuer code, in UTF-16 characters: 16. Real codes have 2 to 11 characters (国发,
    /// 国务院联防联控机制综发).
    /// </summary>
    public const int MaxIssuerLength = 16;

    /// <summary>
    /// The most <see cref="DiagnosticCodes.DocumentNumberMalformedInText"/> warnings <see cref="FindAll"/> gives for one
    /// text, 100; past it one <see cref="DiagnosticCodes.DocumentNumberFindingsTruncated"/> warning says that more were
    /// left out, so that a garbage text cannot produce a flood of findings.
    /// </summary>
    public const int MaxMalformedFindings = 100;

    /// <summary>The longest text <see cref="Parse"/> reads; longer texts fail at once (use <see cref="FindAll"/>).</summary>
    private const int MaxTextLength = 64;

    /// <summary>How far after the opening bracket <see cref="FindAll"/> looks for the closing bracket, serial and 号.</summary>
    private const int MaxTailLength = 24;

    private readonly string? _issuerCode;

    /// <summary>Creates a document number.</summary>
    /// <param name="issuerCode">The issuer code (机关代字), for example 榕政办: 1 to <see cref="MaxIssuerLength"/> letters.</param>
    /// <param name="year">The year in the brackets, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="serial">The serial number, 1 to <see cref="MaxSerial"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="issuerCode"/> is empty, too long, or holds anything but letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="serial"/> is out of range.</exception>
    public DocumentNumber(string issuerCode, int year, int serial)
    {
        Guard.Against.NullOrWhiteSpace(issuerCode);
        if (!IsValidIssuer(issuerCode))
        {
            throw new ArgumentException(
                "The issuer code must be 1 to " + MaxIssuerLength.ToString(CultureInfo.InvariantCulture) + " letters, without digits, white space or punctuation.",
                nameof(issuerCode));
        }

        _issuerCode = issuerCode;
        Year = Guard.Against.OutOfRange(year, MinYear, MaxYear);
        Serial = Guard.Against.OutOfRange(serial, 1, MaxSerial);
    }

    /// <summary>Gets the issuer code (机关代字), for example 榕政办; empty for the default value.</summary>
    public string IssuerCode => _issuerCode ?? string.Empty;

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the serial number (发文顺序号).</summary>
    public int Serial { get; }

    /// <summary>
    /// Reads one document number written on its own, such as 榕政办〔2021〕53号, 国办发[2021]12号,
    /// 榕政办 （２０２１） 第53号 or 闽政办函〔2021〕34号 (see the remarks of <see cref="DocumentNumber"/>).
    /// </summary>
    /// <param name="text">The text, with any white space around it.</param>
    /// <returns>
    /// The number, possibly with warnings (<see cref="DiagnosticCodes.DocumentNumberMismatchedBrackets"/>,
    /// <see cref="DiagnosticCodes.DocumentNumberSuffixMissing"/>); or a failure with one diagnostic per problem found:
    /// <see cref="DiagnosticCodes.EmptyText"/>, <see cref="DiagnosticCodes.DocumentNumberUnreadable"/>,
    /// <see cref="DiagnosticCodes.DocumentNumberUnbalancedBrackets"/>, <see cref="DiagnosticCodes.DocumentNumberIssuerInvalid"/>,
    /// <see cref="DiagnosticCodes.DocumentNumberYearUnreadable"/>, <see cref="DiagnosticCodes.DocumentNumberYearOutOfRange"/> or
    /// <see cref="DiagnosticCodes.DocumentNumberSerialInvalid"/>. Never throws for any text; a text longer than 64
    /// characters fails at once.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<DocumentNumber> Parse(string text)
    {
        Guard.Against.Null(text);
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return ParseResult<DocumentNumber>.ForFailure(Messages.DocumentNumberEmpty());
        }

        if (end - start > MaxTextLength)
        {
            return ParseResult<DocumentNumber>.ForFailure(
                Messages.DocumentNumberTooLong(MaxTextLength) with { Span = new TextSpan(start, end - start) });
        }

        return ParseRange(text, start, end);
    }

    /// <summary>Reads one document number written on its own, as <see cref="Parse"/> does, without diagnostics.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, or the default value when the text is not one.</param>
    /// <returns>Whether the text is a document number (warnings do not count against it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out DocumentNumber value) => Parse(text).TryGetValue(out value);

    /// <summary>
    /// Finds the document numbers written inside a longer text, such as the 国办发〔2021〕12号 and 闽政办函〔2021〕34号 of
    /// 「…工作要点的通知》(国办发〔2021〕12号)和《…分解表的通知》(闽政办函〔2021〕34号)要求」.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A number is an issuer code, a bracketed four-digit year, a serial and 号, all on one line. The issuer code is
    /// the run of letters (up to <see cref="MaxIssuerLength"/>) directly before the bracket, so numbers are found
    /// reliably after punctuation, white space or the start of a line — as documents write them, (国办发〔2021〕12号)
    /// — but in running prose with no separator (按照国办发〔2021〕12号) the preceding words become part of the issuer
    /// code; check issuer codes against known ones when that matters.
    /// </para>
    /// <para>
    /// Where an issuer code is followed by 〔 or 〕 (brackets used only in document numbers) but no number can be read,
    /// as in the 国办发〔202053号 of one seed document, the result carries a
    /// <see cref="DiagnosticCodes.DocumentNumberMalformedInText"/> warning whose span shows the place. Other brackets
    /// that do not form a number, such as 各县(市)区, are ordinary text and pass silently. The search looks at each
    /// character a bounded number of times, so its time is linear in the length of the text.
    /// </para>
    /// </remarks>
    /// <param name="text">The text to search; it may be empty.</param>
    /// <returns>
    /// A successful result (searching never fails) with the numbers found in text order, and warnings for malformed
    /// numbers and for numbers read with mismatched brackets.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<IReadOnlyList<DocumentNumberMatch>> FindAll(string text)
    {
        Guard.Against.Null(text);
        List<DocumentNumberMatch>? matches = null;
        List<Diagnostic>? diagnostics = null;
        var consumed = 0;
        var malformed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isOpen = IsOpenBracket(c);
            var isDocumentBracket = c is '〔' or '﹝' or '〕' or '﹞';
            if (i < consumed || !(isOpen || isDocumentBracket))
            {
                continue;
            }

            // The issuer code: letters before the bracket (for a lone closing bracket, before the year's digits).
            var issuerEnd = i;
            if (!isOpen)
            {
                while (issuerEnd > consumed && i - issuerEnd < 8 && (ChineseNumerals.IsArabicDigit(text[issuerEnd - 1]) || IsInlineWhiteSpace(text[issuerEnd - 1])))
                {
                    issuerEnd--;
                }
            }

            while (issuerEnd > consumed && i - issuerEnd < 2 && IsInlineWhiteSpace(text[issuerEnd - 1]))
            {
                issuerEnd--;
            }

            var issuerStart = issuerEnd;
            while (issuerStart > consumed && issuerEnd - issuerStart <= MaxIssuerLength && IsIssuerChar(text[issuerStart - 1]))
            {
                issuerStart--;
            }

            if (issuerStart == issuerEnd)
            {
                continue;
            }

            // The rest: year, closing bracket, 第, serial, then 号.
            var end = i + 1;
            var limit = Math.Min(text.Length, i + 1 + MaxTailLength);
            while (end < limit && (ChineseNumerals.IsArabicDigit(text[end]) || IsInlineWhiteSpace(text[end]) || IsCloseBracket(text[end]) || text[end] == '第'))
            {
                end++;
            }

            var hasSuffix = end < text.Length && text[end] == '号';
            if (hasSuffix)
            {
                end++;
            }

            while (end > i + 1 && IsInlineWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (!hasSuffix && !isDocumentBracket)
            {
                continue; // 各县(市)区, (2021年): ordinary brackets, not a number
            }

            var result = ParseRange(text, issuerStart, end);
            var span = new TextSpan(issuerStart, end - issuerStart);
            if (result.Success)
            {
                (matches ??= new List<DocumentNumberMatch>()).Add(new DocumentNumberMatch(result.Value, span));
                if (result.Diagnostics.Count > 0)
                {
                    (diagnostics ??= new List<Diagnostic>()).AddRange(result.Diagnostics);
                }
            }
            else if (isDocumentBracket)
            {
                malformed++;
                if (malformed <= MaxMalformedFindings)
                {
                    var candidate = span.Of(text);
                    (diagnostics ??= new List<Diagnostic>()).Add(
                        Messages.DocumentNumberMalformedInText(candidate, result.Diagnostics[0]) with { Span = span, Subject = candidate });
                }
                else if (malformed == MaxMalformedFindings + 1)
                {
                    diagnostics!.Add(Messages.DocumentNumberFindingsTruncated(MaxMalformedFindings));
                }
            }
            else
            {
                continue;
            }

            consumed = end;
            i = end - 1;
        }

        return ParseResult<IReadOnlyList<DocumentNumberMatch>>.ForValue(ValueList<DocumentNumberMatch>.From(matches), diagnostics);
    }

    /// <summary>Formats in the standard form: 榕政办〔2021〕53号.</summary>
    /// <returns>The number as text; <see cref="Parse"/> reads it back to an equal number.</returns>
    public override string ToString() =>
        IssuerCode + "〔" + Year.ToString(CultureInfo.InvariantCulture) + "〕" + Serial.ToString(CultureInfo.InvariantCulture) + "号";

    /// <summary>Whether this number has the same issuer code (ordinal), year and serial as <paramref name="other"/>.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DocumentNumber other) =>
        string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal) && Year == other.Year && Serial == other.Serial;

    /// <summary>Whether <paramref name="obj"/> is an equal <see cref="DocumentNumber"/>.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <summary>Gets a hash code from the issuer code, year and serial.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCodeBuilder.Combine(
            HashCodeBuilder.Combine(HashCodeBuilder.Combine(HashCodeBuilder.Seed, StringComparer.Ordinal.GetHashCode(IssuerCode)), Year),
            Serial);

    /// <summary>
    /// Compares by year, then issuer code (ordinal), then serial, so that a list of references sorts by date first:
    /// 国办发〔2017〕47号 before 长政公组〔2019〕1号 before 国办发〔2021〕12号.
    /// </summary>
    /// <param name="other">The other number.</param>
    /// <returns>Less than zero when this comes first, zero when equal, more than zero when this comes after.</returns>
    public int CompareTo(DocumentNumber other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byIssuer = string.CompareOrdinal(IssuerCode, other.IssuerCode);
        return byIssuer != 0 ? Math.Sign(byIssuer) : Serial.CompareTo(other.Serial);
    }

    /// <summary>Compares with another boxed document number; null comes first.</summary>
    /// <param name="obj">A <see cref="DocumentNumber"/> or null.</param>
    /// <returns>The order, as <see cref="CompareTo(DocumentNumber)"/>; more than zero for null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="DocumentNumber"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DocumentNumber other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a " + nameof(DocumentNumber) + ".", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> (year, issuer code, serial).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less.</returns>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> (year, issuer code, serial).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater.</returns>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when less or equal.</returns>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when greater or equal.</returns>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Reads text[start..end), which is trimmed and not empty; diagnostics' spans are indexes into text.</summary>
    private static ParseResult<DocumentNumber> ParseRange(string text, int start, int end)
    {
        int open = -1, close = -1, opens = 0, closes = 0;
        for (var i = start; i < end; i++)
        {
            if (IsOpenBracket(text[i]))
            {
                opens++;
                open = open < 0 ? i : open;
            }
            else if (IsCloseBracket(text[i]))
            {
                closes++;
                close = close < 0 ? i : close;
            }
        }

        var whole = new TextSpan(start, end - start);
        if (opens == 0 && closes == 0)
        {
            return Fail(Messages.DocumentNumberUnreadable(whole.Of(text)), whole, text);
        }

        if (opens != closes || close < open)
        {
            var at = opens == 1 && closes == 0 ? new TextSpan(open, 1) : closes == 1 && opens == 0 ? new TextSpan(close, 1) : whole;
            return Fail(Messages.DocumentNumberUnbalancedBrackets(whole.Of(text)), at, text);
        }

        if (opens > 1)
        {
            return Fail(Messages.DocumentNumberUnreadable(whole.Of(text)), whole, text);
        }

        var errors = new List<Diagnostic>();

        // The issuer code: everything before the bracket; white space inside it (国 办 发) is dropped.
        var issuer = WithoutWhiteSpace(text, start, open);
        var issuerSpan = new TextSpan(start, open - start);
        if (issuer.Length == 0)
        {
            errors.Add(Messages.DocumentNumberIssuerMissing() with { Span = new TextSpan(open, 1) });
        }
        else if (!IsValidIssuer(issuer))
        {
            errors.Add(Messages.DocumentNumberIssuerInvalid(issuer, MaxIssuerLength) with { Span = issuerSpan, Subject = issuerSpan.Of(text) });
        }

        // The year: four Arabic digits.
        var yearStart = SkipWhiteSpace(text, open + 1, close);
        var yearEnd = close;
        while (yearEnd > yearStart && char.IsWhiteSpace(text[yearEnd - 1]))
        {
            yearEnd--;
        }

        var yearSpan = new TextSpan(yearStart, yearEnd - yearStart);
        var year = 0;
        if (!IsArabicNumber(text, yearStart, yearEnd, 4, 4) || !ChineseNumerals.TryParse(text.AsSpan(yearStart, yearEnd - yearStart), out year))
        {
            errors.Add(Messages.DocumentNumberYearUnreadable(yearSpan.Of(text)) with { Span = yearSpan, Subject = yearSpan.Of(text) });
        }
        else if (year < MinYear || year > MaxYear)
        {
            errors.Add(Messages.DocumentNumberYearOutOfRange(year, MinYear, MaxYear) with { Span = yearSpan, Subject = yearSpan.Of(text) });
        }

        // The serial: optional 第, Arabic digits, then 号.
        var p = SkipWhiteSpace(text, close + 1, end);
        if (p < end && text[p] == '第')
        {
            p = SkipWhiteSpace(text, p + 1, end);
        }

        var serialStart = p;
        while (p < end && ChineseNumerals.IsNumeralChar(text[p]))
        {
            p++;
        }

        var serialSpan = new TextSpan(serialStart, p - serialStart);
        p = SkipWhiteSpace(text, p, end);
        var hasSuffix = p < end && text[p] == '号';
        if (hasSuffix)
        {
            p = SkipWhiteSpace(text, p + 1, end);
        }

        var serial = 0;
        if (!IsArabicNumber(text, serialSpan.Start, serialSpan.End, 1, 5)
            || !ChineseNumerals.TryParse(text.AsSpan(serialSpan.Start, serialSpan.Length), out serial)
            || serial < 1)
        {
            errors.Add(Messages.DocumentNumberSerialInvalid(serialSpan.Of(text), MaxSerial) with { Span = serialSpan, Subject = serialSpan.Of(text) });
        }

        if (p != end)
        {
            var trailing = new TextSpan(p, end - p);
            errors.Add(Messages.DocumentNumberUnreadable(whole.Of(text)) with { Span = trailing, Subject = trailing.Of(text) });
        }

        if (errors.Count > 0)
        {
            return ParseResult<DocumentNumber>.ForFailure(errors);
        }

        List<Diagnostic>? warnings = null;
        if (!IsBracketPair(text[open], text[close]))
        {
            (warnings ??= new List<Diagnostic>()).Add(
                Messages.DocumentNumberMismatchedBrackets(text[open], text[close]) with { Span = new TextSpan(open, close - open + 1), Subject = text.Substring(open, close - open + 1) });
        }

        if (!hasSuffix)
        {
            (warnings ??= new List<Diagnostic>()).Add(Messages.DocumentNumberSuffixMissing(whole.Of(text)) with { Span = whole, Subject = whole.Of(text) });
        }

        return ParseResult<DocumentNumber>.ForValue(new DocumentNumber(issuer, year, serial), warnings);
    }

    private static ParseResult<DocumentNumber> Fail(Diagnostic diagnostic, TextSpan span, string text) =>
        ParseResult<DocumentNumber>.ForFailure(diagnostic with { Span = span, Subject = span.Of(text) });

    private static bool IsOpenBracket(char c) => c is '〔' or '﹝' or '[' or '［' or '(' or '（' or '【';

    private static bool IsCloseBracket(char c) => c is '〕' or '﹞' or ']' or '］' or ')' or '）' or '】';

    private static bool IsBracketPair(char open, char close) => (open, close) switch
    {
        ('〔', '〕') or ('﹝', '﹞') or ('[', ']') or ('［', '］') or ('(', ')') or ('（', '）') or ('【', '】') => true,
        _ => false,
    };

    /// <summary>White space within a line: FindAll does not join lines.</summary>
    private static bool IsInlineWhiteSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    /// <summary>A letter, or half of a surrogate pair (CJK extension characters are outside the BMP).</summary>
    private static bool IsIssuerChar(char c) => char.IsLetter(c) || char.IsSurrogate(c);

    private static bool IsValidIssuer(string issuer)
    {
        if (issuer.Length == 0 || issuer.Length > MaxIssuerLength)
        {
            return false;
        }

        for (var i = 0; i < issuer.Length; i++)
        {
            if (char.IsHighSurrogate(issuer[i]) && i + 1 < issuer.Length && char.IsLowSurrogate(issuer[i + 1]))
            {
                if (!char.IsLetter(issuer, i))
                {
                    return false;
                }

                i++;
            }
            else if (!char.IsLetter(issuer[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsArabicNumber(string text, int start, int end, int minDigits, int maxDigits)
    {
        if (end - start < minDigits || end - start > maxDigits)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!ChineseNumerals.IsArabicDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipWhiteSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string WithoutWhiteSpace(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
