using System.Text.RegularExpressions;
using GovTransparency.Domain.Plans;
using NodaTime;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Dates as documents write them: 2021-06-04, 2021-10-01 11:35, 2021/6/4, 2021年6月4日, 2021 年 4 月 9 日, and with
/// Chinese numerals 二〇二〇年九月二十七日. Numbers are read by <see cref="TaskNumber.TryParse(string, out TaskNumber)"/>,
/// the Domain's reader of Arabic and Chinese numerals.
/// </summary>
internal static class DateText
{
    private const string Numeral = "[0-9０-９〇零一二三四五六七八九十]";
    private const string YearNumeral = "[0-9０-９〇零一二三四五六七八九]{4}";

    private const string DatePattern =
        "(?<y>" + YearNumeral + @")\s*(?:年|[-/.．－])\s*(?<m>" + Numeral + @"{1,3})\s*(?:月|[-/.．－])\s*(?<d>" + Numeral + @"{1,3})\s*日?";

    private static readonly Regex AnyDate = new(DatePattern, RegexOptions.CultureInvariant);

    private static readonly Regex WholeLineDate = new(@"^" + DatePattern + @"(?<issued>\s*印\s*发)?$", RegexOptions.CultureInvariant);

    private static readonly Regex YearMonthPattern = new(
        "(?<y>" + YearNumeral + @")\s*年\s*(?<m>" + Numeral + @"{1,3})\s*月",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearPattern = new("(?<y>" + YearNumeral + @")\s*年", RegexOptions.CultureInvariant);

    /// <summary>Finds the first valid date in a text, such as the value of a 发布日期 label.</summary>
    public static bool TryFind(string text, out LocalDate date)
    {
        for (var match = AnyDate.Match(text); match.Success; match = match.NextMatch())
        {
            if (TryCreate(match, out date))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>Reads a line that is only a date, as the sign-off date under a notice; 「…印发」 marks the issue date.</summary>
    public static bool TryReadLine(string trimmedLine, out LocalDate date, out bool issued)
    {
        issued = false;
        date = default;
        if (trimmedLine.Length > 40)
        {
            return false;
        }

        var match = WholeLineDate.Match(trimmedLine);
        if (!match.Success || !TryCreate(match, out date))
        {
            return false;
        }

        issued = match.Groups["issued"].Success;
        return true;
    }

    /// <summary>Finds the first year and month written 2021年9月.</summary>
    public static bool TryFindYearMonth(string text, out YearMonth month)
    {
        for (var match = YearMonthPattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (TryYear(match.Groups["y"].Value, out var y) && TryNumber(match.Groups["m"].Value, 1, 12, out var m))
            {
                month = new YearMonth(y, m);
                return true;
            }
        }

        month = default;
        return false;
    }

    /// <summary>Finds the first year written 2021年, with the text of the match.</summary>
    public static bool TryFindYear(string text, out int year, out string written)
    {
        for (var match = YearPattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (TryYear(match.Groups["y"].Value, out year))
            {
                written = match.Value;
                return true;
            }
        }

        year = 0;
        written = string.Empty;
        return false;
    }

    /// <summary>Whether a plan year is plausible: within the range a document number's year may have.</summary>
    public static bool IsPlausibleYear(int year) => year >= DocumentNumber.MinYear && year <= DocumentNumber.MaxYear;

    private static bool TryCreate(Match match, out LocalDate date)
    {
        date = default;
        if (!TryYear(match.Groups["y"].Value, out var y)
            || !TryNumber(match.Groups["m"].Value, 1, 12, out var m)
            || !TryNumber(match.Groups["d"].Value, 1, CalendarSystem.Iso.GetDaysInMonth(y, m), out var d))
        {
            return false;
        }

        date = new LocalDate(y, m, d);
        return true;
    }

    private static bool TryYear(string text, out int year) =>
        TryNumber(text, DocumentNumber.MinYear, DocumentNumber.MaxYear, out year);

    private static bool TryNumber(string text, int min, int max, out int value)
    {
        value = 0;
        if (!TaskNumber.TryParse(text, out var number) || number.Value < min || number.Value > max)
        {
            return false;
        }

        value = number.Value;
        return true;
    }
}
