using System.Collections.Generic;
using System.Text;

namespace GovTransparency.Domain.Compliance;

/// <summary>
/// Writes a Markdown table that reads in a terminal and renders on a web page: pipes in cells are escaped and line
/// breaks become spaces, so a cell never breaks the table.
/// </summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder output, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        Row(output, headings);
        output.Append('|');
        for (var i = 0; i < headings.Count; i++)
        {
            output.Append(rightAligned is not null && rightAligned[i] ? " ---: |" : " --- |");
        }

        output.Append('\n');
        foreach (var row in rows)
        {
            Row(output, row);
        }
    }

    private static void Row(StringBuilder output, IReadOnlyList<string?> cells)
    {
        output.Append('|');
        foreach (var cell in cells)
        {
            output.Append(' ').Append(Escape(cell ?? string.Empty)).Append(" |");
        }

        output.Append('\n');
    }

    private static string Escape(string cell)
    {
        var escaped = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            switch (c)
            {
                case '\\':
                case '|':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    escaped.Append(' ');
                    if (i + 1 < cell.Length && cell[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
