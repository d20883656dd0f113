using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovTransparency.PublicApi.Tests;

/// <summary>A short, readable description of how two texts differ, line by line.</summary>
public static class LineDiff
{
    /// <summary>The first differing line, then the lines only in one text ('-' expected, '+' actual), at most
    /// <paramref name="limit"/> of each.</summary>
    public static string Describe(string expected, string actual, int limit = 20)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }

        var text = new StringBuilder()
            .Append("First difference at line ").Append(first + 1).Append(":\n")
            .Append("  committed: ").Append(first < before.Length ? before[first] : "(end of file)").Append('\n')
            .Append("  actual:    ").Append(first < after.Length ? after[first] : "(end of file)").Append('\n');
        Append(text, '-', Without(before, after), limit, "only in the committed file");
        Append(text, '+', Without(after, before), limit, "only in the assembly");
        return text.ToString();
    }

    // The lines of one text that the other lacks, as a multiset: a repeated line counts as often as it repeats.
    private static List<string> Without(IEnumerable<string> lines, IEnumerable<string> other)
    {
        var remaining = other.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static void Append(StringBuilder text, char sign, List<string> lines, int limit, string what)
    {
        text.Append(lines.Count).Append(" line(s) ").Append(what).Append(lines.Count > limit ? " (first " + limit + ")" : "").Append(":\n");
        foreach (var line in lines.Take(limit))
        {
            text.Append(sign).Append(' ').Append(line).Append('\n');
        }
    }
}
