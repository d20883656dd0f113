namespace GovTransparency.Import.Internal;

/// <summary>One line of the document: its one-based number, its text as written and its text trimmed.</summary>
internal readonly struct SourceLine
{
    public SourceLine(int number, string text)
    {
        Number = number;
        Text = text;
        Trimmed = TextRules.Trim(text);
    }

    public int Number { get; }

    public string Text { get; }

    public string Trimmed { get; }

    public bool IsBlank => Trimmed.Length == 0;

    /// <summary>Gets whether the line is not empty but holds only white space that a scrape writes for an empty table cell (a no-break or ideographic space).</summary>
    public bool IsEmptyCellMarker
    {
        get
        {
            if (Trimmed.Length != 0)
            {
                return false;
            }

            foreach (var c in Text)
            {
                if (c is '\u00A0' or '\u3000')
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets whether the line begins with a tab: a cell of a <see cref="DocumentLayout.TabbedCells"/> table.</summary>
    public bool StartsWithTab => Text.Length > 0 && Text[0] == '\t';
}
