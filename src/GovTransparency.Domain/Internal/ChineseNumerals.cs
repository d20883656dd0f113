using System;

namespace GovTransparency.Domain.Internal;

/// <summary>
/// Reads and writes the numbers of Chinese government documents: Arabic digits (ASCII or full-width),
/// positional Chinese numerals (十, 十一, 二十三, 九十九, 一百零五) and digit-by-digit forms (二〇二〇, 二零二一).
/// Pure functions over spans; nothing allocates.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The largest value <see cref="TryParse"/> reads.</summary>
    public const int MaxValue = 99_999;

    /// <summary>The value of one digit character, or -1: 0-9, ０-９, 〇 零 一 二 两 三 四 五 六 七 八 九.</summary>
    public static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= '０' && c <= '９')
        {
            return c - '０';
        }

        return c switch
        {
            '〇' or '零' or 'Ｏ' => 0,
            '一' or '壹' => 1,
            '二' or '两' or '兩' or '贰' => 2,
            '三' or '叁' => 3,
            '四' or '肆' => 4,
            '五' or '伍' => 5,
            '六' or '陆' or '陸' => 6,
            '七' or '柒' => 7,
            '八' or '捌' => 8,
            '九' or '玖' => 9,
            _ => -1,
        };
    }

    /// <summary>Whether <paramref name="c"/> is an Arabic digit, ASCII or full-width.</summary>
    public static bool IsArabicDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    /// <summary>Whether <paramref name="c"/> can be part of a number read by <see cref="TryParse"/>.</summary>
    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>The value of a Chinese place unit (十 百 千 万), or 0.</summary>
    public static int UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10_000,
        _ => 0,
    };

    /// <summary>
    /// Reads the whole of <paramref name="text"/> as a number. Arabic digits, positional Chinese numerals and
    /// digit-by-digit forms are accepted; mixing Arabic and Chinese digits is not. Values above
    /// <see cref="MaxValue"/> and malformed numerals (十十, 二百十百) are rejected.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var hasUnit = false;
        var hasArabic = false;
        var hasChinese = false;
        foreach (var c in text)
        {
            if (UnitValue(c) > 0)
            {
                hasUnit = true;
            }
            else if (IsArabicDigit(c))
            {
                hasArabic = true;
            }
            else if (DigitValue(c) >= 0)
            {
                hasChinese = true;
            }
            else
            {
                return false;
            }
        }

        if (hasArabic && (hasChinese || hasUnit))
        {
            return false;
        }

        return hasUnit ? TryParsePositional(text, out value) : TryParseDigits(text, out value);
    }

    /// <summary>
    /// Formats 0 to <see cref="MaxValue"/> as a positional Chinese numeral: 1 → 一, 10 → 十, 21 → 二十一,
    /// 105 → 一百零五. Values from 10 to 19 start with 十 (not 一十).
    /// </summary>
    public static string Format(int value)
    {
        if (value < 0 || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Value must be between 0 and " + MaxValue + ".");
        }

        if (value == 0)
        {
            return "〇";
        }

        Span<char> buffer = stackalloc char[12];
        var length = 0;
        int[] units = { 10_000, 1000, 100, 10, 1 };
        var pendingZero = false;
        var started = false;
        foreach (var unit in units)
        {
            var digit = value / unit % 10;
            if (digit == 0)
            {
                pendingZero = started;
                continue;
            }

            if (pendingZero)
            {
                buffer[length++] = '零';
                pendingZero = false;
            }

            var skipOne = unit == 10 && digit == 1 && !started;
            if (!skipOne)
            {
                buffer[length++] = "〇一二三四五六七八九"[digit];
            }

            if (unit > 1)
            {
                buffer[length++] = unit switch { 10 => '十', 100 => '百', 1000 => '千', _ => '万' };
            }

            started = true;
        }

        return buffer.Slice(0, length).ToString();
    }

    /// <summary>Formats a value digit by digit in Chinese, as years are written: 2020 → 二〇二〇.</summary>
    public static string FormatDigits(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Value must not be negative.");
        }

        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Span<char> buffer = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = "〇一二三四五六七八九"[text[i] - '0'];
        }

        return buffer.ToString();
    }

    private static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length > 5)
        {
            return false;
        }

        foreach (var c in text)
        {
            value = (value * 10) + DigitValue(c);
        }

        return value <= MaxValue;
    }

    private static bool TryParsePositional(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var lastUnit = int.MaxValue;
        var digit = -1;
        var sawZero = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unit = UnitValue(c);
            if (unit == 0)
            {
                var d = DigitValue(c);
                if (digit >= 0)
                {
                    return false; // two digits in a row: 二三十
                }

                if (d == 0)
                {
                    if (sawZero || i == 0)
                    {
                        return false;
                    }

                    sawZero = true;
                    continue;
                }

                digit = d;
                continue;
            }

            if (unit >= lastUnit)
            {
                return false; // 十十, 十百
            }

            if (digit < 0)
            {
                if (i != 0 || unit != 10)
                {
                    return false; // only a leading 十 may stand without a digit
                }

                digit = 1;
            }

            value += digit * unit;
            lastUnit = unit;
            digit = -1;
            sawZero = false;
        }

        if (digit >= 0)
        {
            if (lastUnit == 1)
            {
                return false;
            }

            // A trailing digit counts ones: 二十三, 一百零五. (Abbreviations such as 一百五 for 150 are not read.)
            if (!sawZero && lastUnit != 10 && lastUnit != int.MaxValue)
            {
                return false;
            }

            value += digit;
        }

        return value <= MaxValue;
    }
}
