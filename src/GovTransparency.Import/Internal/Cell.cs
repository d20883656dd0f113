using System.Collections.Generic;
using System.Text;

namespace GovTransparency.Import.Internal;

/// <summary>
/// One table cell (or prose paragraph) as printed: one or more lines of the document. Its <see cref="Text"/> keeps
/// the line breaks (a time limit printed 2020年 / 10月 / 底前 is 「2020年\n10月\n底前」); <see cref="Joined"/> drops
/// them, for headings and titles broken over lines.
/// </summary>
internal sealed class Cell
{
    private readonly bool _marker;
    private string? _text;

    public Cell(SourceLine first, bool isEmptyMarker = false)
    {
        Lines = new List<SourceLine> { first };
        _marker = isEmptyMarker;
    }

    public List<SourceLine> Lines { get; }

    /// <summary>Gets whether the cell is empty, written as a line of no-break spaces.</summary>
    public bool IsEmptyMarker => _marker && Text.Length == 0;

    public int FirstLine => Lines[0].Number;

    public string Text => _text ??= Join("\n");

    public string Joined => Join(string.Empty);

    public bool IsEmpty => Text.Length == 0;

    public void Append(SourceLine line)
    {
        Lines.Add(line);
        _text = null;
    }

    public void AppendAll(Cell other)
    {
        Lines.AddRange(other.Lines);
        _text = null;
    }

    private string Join(string separator)
    {
        if (Lines.Count == 1)
        {
            return Lines[0].Trimmed;
        }

        var builder = new StringBuilder();
        foreach (var line in Lines)
        {
            if (line.Trimmed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(line.Trimmed);
        }

        return builder.ToString();
    }
}
