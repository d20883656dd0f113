using System.Collections.Generic;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;

namespace GovTransparency.Import.Internal;

/// <summary>Builds a task from the cells of its table row, mapped to their columns.</summary>
internal static class TaskFactory
{
    public static void AddRow(
        PlanAssembler assembler,
        ImportContext context,
        TableColumns columns,
        TaskNumber number,
        string? title,
        int line,
        IReadOnlyList<Cell> cells)
    {
        var path = assembler.PathOfNextTask();
        if (cells.Count < columns.Values.Count)
        {
            context.Add(Messages.RowIncomplete(line, number.Text, cells.Count, columns.Values.Count) with { Path = path });
        }

        Cell? requirement = null, units = null, lead = null, responsible = null, cooperating = null, timeLimit = null, progress = null;
        for (var i = 0; i < cells.Count && i < columns.Values.Count; i++)
        {
            var cell = cells[i];
            switch (columns.Values[i])
            {
                case ColumnKind.Requirement:
                    requirement = Merge(requirement, cell);
                    break;
                case ColumnKind.Units:
                    units = Merge(units, cell);
                    break;
                case ColumnKind.Lead:
                    lead = Merge(lead, cell);
                    break;
                case ColumnKind.Responsible:
                    responsible = Merge(responsible, cell);
                    break;
                case ColumnKind.Cooperating:
                    cooperating = Merge(cooperating, cell);
                    break;
                case ColumnKind.TimeLimit:
                    timeLimit = Merge(timeLimit, cell);
                    break;
                case ColumnKind.Progress:
                    progress = Merge(progress, cell);
                    break;
                default:
                    context.ReportUnused(cell);
                    break;
            }
        }

        var assignments = new List<Assignment>();
        if (units is { IsEmpty: false })
        {
            Collect(AssignmentText.Parse(units.Text), units.FirstLine);
        }

        if (lead is { IsEmpty: false } || responsible is { IsEmpty: false })
        {
            Collect(AssignmentText.ParseColumns(lead?.Text, responsible?.Text), (lead ?? responsible)!.FirstLine);
        }

        if (cooperating is { IsEmpty: false })
        {
            Collect(AssignmentText.Parse(cooperating.Text, UnitRole.Cooperating), cooperating.FirstLine);
        }

        var timeLimitText = timeLimit?.Text;
        var findings = new List<Diagnostic>();
        var deadline = columns.Has(ColumnKind.TimeLimit)
            ? TimeLimits.FromTimeLimitText(timeLimitText, context.Plan, findings)
            : TimeLimits.FromRequirement(requirement?.Text ?? string.Empty, context.Plan, findings);
        context.AddFrom(findings, timeLimit?.FirstLine ?? requirement?.FirstLine ?? line, path);

        var task = new WorkTask(number, requirement?.Text ?? string.Empty)
        {
            Title = title,
            Assignments = assignments,
            TimeLimitText = timeLimitText,
            Deadline = deadline,
        };
        assembler.AddTask(task, line);

        if (columns.Has(ColumnKind.Progress))
        {
            if (progress is null)
            {
                context.Add(Messages.ProgressCellMissing(line, number.Text) with { Path = path });
            }
            else
            {
                // The same reading as ProgressEntry.FromText, keeping the parser's findings.
                var reading = ProgressText.Parse(progress.Text);
                context.AddFrom(reading.Diagnostics, progress.FirstLine, path);
                context.ProgressEntries.Add(new ProgressEntry(number, reading.Status, progress.Text) { Metrics = reading.Metrics });
            }
        }

        void Collect(AssignmentParseResult result, int cellLine)
        {
            assignments.AddRange(result.Assignments);
            context.AddFrom(result.Diagnostics, cellLine, path + ".Assignments");
        }
    }

    private static Cell Merge(Cell? existing, Cell cell)
    {
        if (existing is null)
        {
            return cell;
        }

        existing.AppendAll(cell);
        return existing;
    }
}
