using System.Collections.Generic;
using System.Text;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Compliance;

/// <summary>Small text helpers shared by the compliance renderers.</summary>
internal static class ComplianceText
{
    /// <summary>Cuts a text at <paramref name="maxLength"/> characters (never inside a surrogate pair) with an ellipsis; line breaks become spaces.</summary>
    public static string Excerpt(string text, int maxLength)
    {
        var trimmed = text.Trim();
        var cut = trimmed.Length > maxLength;
        var length = cut ? maxLength : trimmed.Length;
        if (cut && char.IsHighSurrogate(trimmed[length - 1]))
        {
            length--;
        }

        var excerpt = new StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            var c = trimmed[i];
            excerpt.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
        }

        if (cut)
        {
            excerpt.Append('…');
        }

        return excerpt.ToString();
    }

    /// <summary>The names of a task's units in one role, as written (with their notes), joined; at most <paramref name="max"/>, then what <paramref name="andMore"/> says of the rest.</summary>
    public static string Units(IReadOnlyList<Assignment> assignments, UnitRole role, string separator, int max, System.Func<int, int, string>? andMore)
    {
        var names = new StringBuilder();
        var written = 0;
        var total = 0;
        foreach (var assignment in assignments)
        {
            if (assignment.Role != role)
            {
                continue;
            }

            total++;
            if (written == max)
            {
                continue;
            }

            if (written > 0)
            {
                names.Append(separator);
            }

            names.Append(assignment.Unit.Name);
            if (assignment.Note is not null)
            {
                names.Append('(').Append(assignment.Note).Append(')');
            }

            written++;
        }

        if (total > written && andMore is not null)
        {
            names.Append(andMore(total - written, total));
        }

        return names.ToString();
    }
}
