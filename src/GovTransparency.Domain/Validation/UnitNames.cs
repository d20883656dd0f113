using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Validation;

/// <summary>Allocation-free comparison of unit names under the unit directory's key (<see cref="UnitDirectory.ComparisonKey"/>).</summary>
internal static class UnitNames
{
    /// <summary>Whether two names have the same comparison key: equal once white space is removed and width and ASCII case folded.</summary>
    public static bool SameKey(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && Skipped(a[i]))
            {
                i++;
            }

            while (j < b.Length && Skipped(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (Fold(a[i]) != Fold(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static bool Skipped(char c) => UnitText.IsSpace(c) || UnitText.IsIgnorable(c);

    private static char Fold(char c)
    {
        var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
        return folded is >= 'A' and <= 'Z' ? (char)(folded + ('a' - 'A')) : folded;
    }
}
