using System.Collections.Generic;

namespace GovTransparency.Import.Internal;

/// <summary>Cuts the body lines of a table into cells, by the rules of each table layout.</summary>
internal static class CellReader
{
    /// <summary>
    /// Cells separated by blank lines; consecutive non-blank lines form one cell (a cell printed over several
    /// lines). When <paramref name="emptyMarkers"/> is set, a line of no-break spaces is an empty cell
    /// (<see cref="DocumentLayout.TitledColumns"/>); otherwise it is blank.
    /// </summary>
    public static List<Cell> Paragraphs(IReadOnlyList<SourceLine> lines, int start, int end, bool emptyMarkers)
    {
        var cells = new List<Cell>();
        Cell? current = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                current = null;
                if (emptyMarkers && line.IsEmptyCellMarker)
                {
                    cells.Add(new Cell(line, isEmptyMarker: true));
                }

                continue;
            }

            if (current is null)
            {
                current = new Cell(line);
                cells.Add(current);
            }
            else
            {
                current.Append(line);
            }
        }

        return cells;
    }

    /// <summary>
    /// Cells that begin with a tab (<see cref="DocumentLayout.TabbedCells"/>): a line beginning with a tab starts a
    /// cell, a non-blank line without one continues the cell above it, blank lines are skipped, and cells holding
    /// only the tab are empty and dropped (they are the merged cells of the printed table).
    /// </summary>
    public static List<Cell> Tabbed(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var cells = new List<Cell>();
        Cell? current = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.StartsWithTab)
            {
                current = null;
                if (!line.IsBlank)
                {
                    current = new Cell(line);
                    cells.Add(current);
                }

                continue;
            }

            if (line.IsBlank)
            {
                continue;
            }

            if (current is null)
            {
                current = new Cell(line);
                cells.Add(current);
            }
            else
            {
                current.Append(line);
            }
        }

        return cells;
    }
}
