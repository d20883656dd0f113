namespace GovTransparency.Domain.Plans;

/// <summary>
/// How a <see cref="ChineseOrdinal"/> is decorated in a heading. Plans number sections 一、二、 (enumeration comma) and
/// subsections (一)(二) or （一）（二） (half- or full-width parentheses).
/// </summary>
public enum OrdinalStyle
{
    /// <summary>The bare numeral, as in a table cell: 一.</summary>
    Plain = 0,

    /// <summary>
    /// Followed by the enumeration comma 顿号, as sections are numbered: 一、. Parsing also reads the common slips
    /// 一， 一, 一. 一． as this style (with a warning).
    /// </summary>
    Enumeration = 1,

    /// <summary>In half-width (ASCII) parentheses, as subsections are often numbered in scraped text: (一).</summary>
    HalfWidthParentheses = 2,

    /// <summary>In full-width parentheses, the standard form for subsections: （一）.</summary>
    FullWidthParentheses = 3,
}
