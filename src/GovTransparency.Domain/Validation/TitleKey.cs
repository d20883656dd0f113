using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The key under which titles are compared for repeats: white space removed, character width folded (as unit names
/// are compared, <see cref="UnitDirectory.ComparisonKey"/>), and closing punctuation dropped, so that
/// 「做好财政信息公开。」 and 「做好财政信息公开」 are one title.
/// </summary>
internal static class TitleKey
{
    public static string Of(string title)
    {
        var key = UnitDirectory.ComparisonKey(title);
        var end = key.Length;
        while (end > 0 && IsClosingPunctuation(key[end - 1]))
        {
            end--;
        }

        return end == key.Length ? key : key.Substring(0, end);
    }

    private static bool IsClosingPunctuation(char c) => c is '。' or '.' or ';' or ',' or ':' or '、' or '!' or '?' or '…';
}
