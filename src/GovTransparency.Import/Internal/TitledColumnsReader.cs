using System.Collections.Generic;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Reads the cells of a <see cref="DocumentLayout.TitledColumns"/> table, whose task column gives each task's number
/// and title (1.主动公开…). The cells up to the next task, heading or end of the table are the task's row:
/// <list type="bullet">
/// <item>a cell that is only a bracketed note, such as (负责专题建设), belongs to the cell above it (市大数据委);</item>
/// <item>empty cells (lines of no-break spaces) hold their column's place, and trailing ones beyond the table's width are dropped;</item>
/// <item>when more cells remain than the table has columns, the extra ones are lead units printed as separate
/// paragraphs (市财政局 / 市农业农村局), joined into the 牵头单位 cell; without a lead column they are reported as not used.</item>
/// </list>
/// </summary>
internal static class TitledColumnsReader
{
    public static void Read(IReadOnlyList<Cell> cells, TableColumns columns, PlanAssembler assembler, ImportContext context)
    {
        Draft? draft = null;
        var afterHeading = true;
        foreach (var cell in cells)
        {
            if (!cell.IsEmptyMarker)
            {
                var joined = cell.Joined;
                if (Headings.TryRead(joined, out var heading, out var isSection, out var result))
                {
                    Finish();
                    Headings.Apply(assembler, context, heading, isSection, result, joined, cell.FirstLine);
                    afterHeading = true;
                    continue;
                }

                if (LayoutDetector.IsNumberedParagraph(joined, out var task)
                    && (draft is null || afterHeading || task.Number.Value == draft.Heading.Number.Value + 1))
                {
                    Finish();
                    context.AddFrom(TaskNumber.ParseHeading(joined).Diagnostics, cell.FirstLine, null);
                    draft = new Draft(task, cell.FirstLine);
                    afterHeading = false;
                    continue;
                }
            }

            if (draft is not null)
            {
                draft.Cells.Add(cell);
            }
            else if (!cell.IsEmptyMarker)
            {
                context.ReportUnused(cell);
            }
        }

        Finish();

        void Finish()
        {
            if (draft is null)
            {
                return;
            }

            var row = Arrange(draft.Cells, columns, context);
            TaskFactory.AddRow(assembler, context, columns, draft.Heading.Number, draft.Heading.Title, draft.Line, row);
            draft = null;
        }
    }

    private static List<Cell> Arrange(List<Cell> cells, TableColumns columns, ImportContext context)
    {
        // A bracketed note on its own belongs to the unit above it.
        var row = new List<Cell>();
        foreach (var cell in cells)
        {
            if (row.Count > 0 && IsNote(cell) && !row[row.Count - 1].IsEmptyMarker)
            {
                row[row.Count - 1].AppendAll(cell);
            }
            else
            {
                row.Add(cell);
            }
        }

        var width = columns.Values.Count;
        while (row.Count > width && row[row.Count - 1].IsEmptyMarker)
        {
            row.RemoveAt(row.Count - 1);
        }

        if (row.Count <= width)
        {
            return row;
        }

        var lead = IndexOf(columns, ColumnKind.Lead);
        var surplus = row.Count - width;
        if (lead >= 0 && lead < row.Count)
        {
            for (var i = 0; i < surplus; i++)
            {
                row[lead].AppendAll(row[lead + 1]);
                row.RemoveAt(lead + 1);
            }

            return row;
        }

        for (var i = width; i < row.Count; i++)
        {
            context.ReportUnused(row[i]);
        }

        row.RemoveRange(width, row.Count - width);
        return row;
    }

    private static bool IsNote(Cell cell)
    {
        var text = cell.Joined;
        return text.Length > 2 && TextRules.IsOpenBracket(text[0]) && TextRules.IsCloseBracket(text[text.Length - 1]);
    }

    private static int IndexOf(TableColumns columns, ColumnKind kind)
    {
        for (var i = 0; i < columns.Values.Count; i++)
        {
            if (columns.Values[i] == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Draft
    {
        public Draft(TaskHeading heading, int line)
        {
            Heading = heading;
            Line = line;
        }

        public TaskHeading Heading { get; }

        public int Line { get; }

        public List<Cell> Cells { get; } = new();
    }
}
