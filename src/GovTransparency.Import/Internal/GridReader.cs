using System.Collections.Generic;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Reads the cells of a <see cref="DocumentLayout.CellPerLine"/> or <see cref="DocumentLayout.TabbedCells"/> table:
/// headings are cells of their own, a cell holding only a task number starts a row, and the cells after it fill the
/// row's columns in header order. A row ends when all its columns are filled, or early at a heading or at the next
/// task number (one more than the row's), so that a time limit that starts with a year (2020 / 年底前) is not read as
/// a task number. Cells that no row or heading takes are reported as not used.
/// </summary>
internal static class GridReader
{
    public static void Read(IReadOnlyList<Cell> cells, TableColumns columns, PlanAssembler assembler, ImportContext context)
    {
        Row? row = null;
        foreach (var cell in cells)
        {
            var joined = cell.Joined;
            if (Headings.TryRead(joined, out var heading, out var isSection, out var result))
            {
                Finish();
                Headings.Apply(assembler, context, heading, isSection, result, joined, cell.FirstLine);
                continue;
            }

            if (IsNumberCell(cell, out var number) && (row is null || row.Cells.Count >= columns.Values.Count || number.Value == row.Number.Value + 1))
            {
                Finish();
                row = new Row(number, cell.FirstLine);
                continue;
            }

            if (row is not null && row.Cells.Count < columns.Values.Count)
            {
                row.Cells.Add(cell);
                continue;
            }

            context.ReportUnused(cell);
        }

        Finish();

        void Finish()
        {
            if (row is not null)
            {
                TaskFactory.AddRow(assembler, context, columns, row.Number, null, row.Line, row.Cells);
                row = null;
            }
        }
    }

    private static bool IsNumberCell(Cell cell, out TaskNumber number)
    {
        number = default;
        return cell.Lines.Count == 1 && TextRules.StartsWithArabicNumber(cell.Text) && TaskNumber.TryParse(cell.Text, out number);
    }

    private sealed class Row
    {
        public Row(TaskNumber number, int line)
        {
            Number = number;
            Line = line;
        }

        public TaskNumber Number { get; }

        public int Line { get; }

        public List<Cell> Cells { get; } = new();
    }
}
