using System;
using System.Collections.Generic;
using System.Text;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Reads a prose plan line by line. 一、 starts a section. A subsection paragraph ((一)…) under which numbered
/// paragraphs (1、 2、 …) follow is a subsection holding them as tasks; a subsection paragraph with none under it is
/// itself a task, placed directly under its section and numbered as written ((一)). A line that continues a task's
/// paragraph without a blank line between belongs to it; any other line is reported as not used (the text of a
/// section such as 总体要求, a closing paragraph). A task's first sentence, when short and followed by more text, is its
/// title. Assignments written in brackets, such as (市府办牵头，市政府各部门负责), are read into the task's units.
/// </summary>
internal static class ProseReader
{
    private const int MaxTitle = 60;
    private const int MaxInlineAssignment = 200;

    private static readonly string[] RoleWords = { "牵头", "负责", "配合", "参与", "协助", "落实", "承办" };

    public static void Read(IReadOnlyList<SourceLine> lines, int start, int end, PlanAssembler assembler, ImportContext context)
    {
        Paragraph? open = null;        // the paragraph a following line without a blank line continues
        Paragraph? pending = null;     // a subsection paragraph not yet known to be a subsection or a task
        Paragraph? task = null;        // a numbered paragraph being read
        var pendingIsSubsection = false;

        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                open = null;
                continue;
            }

            var text = line.Trimmed;
            if (TryReadHeading(text, out var heading, out var isSection, out var result))
            {
                FlushTask();
                FlushPending();
                context.AddFrom(result.Diagnostics, line.Number, null);
                if (isSection)
                {
                    var title = heading.Title;
                    var stop = TextRules.Find(title, '。');
                    if (stop >= 0 && stop < title.Length - 1)
                    {
                        context.ReportUnused(line.Number, TextRules.Trim(title.Substring(stop + 1)));
                        title = title.Substring(0, stop + 1);
                    }

                    assembler.StartSection(heading.Number, title, text, line.Number);
                    open = null;
                }
                else
                {
                    assembler.EndSubsection();
                    pending = new Paragraph(line, heading.Title, NumberOf(text, heading));
                    pendingIsSubsection = false;
                    open = pending;
                }

                continue;
            }

            if (LayoutDetector.IsNumberedParagraph(text, out var numbered))
            {
                FlushTask();
                context.AddFrom(TaskNumber.ParseHeading(text).Diagnostics, line.Number, null);
                if (pending is not null && !pendingIsSubsection)
                {
                    pendingIsSubsection = true;
                    assembler.StartSubsection(pending.Heading!.Value, pending.FirstText, pending.FirstWritten, pending.Line);
                    for (var k = 1; k < pending.Lines.Count; k++)
                    {
                        context.ReportUnused(pending.Lines[k]);
                    }
                }

                task = new Paragraph(line, numbered.Title, numbered.Number);
                open = task;
                continue;
            }

            if (open is not null)
            {
                open.Append(line);
                continue;
            }

            context.ReportUnused(line);
        }

        FlushTask();
        FlushPending();

        void FlushTask()
        {
            if (task is not null)
            {
                AddTask(task, assembler, context);
                task = null;
            }
        }

        void FlushPending()
        {
            if (pending is not null && !pendingIsSubsection)
            {
                assembler.EndSubsection();
                AddTask(pending, assembler, context);
            }

            pending = null;
            pendingIsSubsection = false;
        }
    }

    /// <summary>A heading line of prose: 一、… (a section) or (一)… (a subsection paragraph, which may go on at length).</summary>
    private static bool TryReadHeading(string text, out OrdinalHeading heading, out bool isSection, out ParseResult<OrdinalHeading> result)
    {
        heading = null!;
        isSection = false;
        result = null!;
        if (TextRules.StartsWithArabicNumber(text))
        {
            return false;
        }

        result = ChineseOrdinal.ParseHeading(text);
        if (!result.Success || result.Value.Style == OrdinalStyle.Plain)
        {
            return false;
        }

        heading = result.Value;
        isSection = heading.Style == OrdinalStyle.Enumeration;
        return true;
    }

    private static (ChineseOrdinal Number, TaskNumber TaskNumber)? NumberOf(string text, OrdinalHeading heading)
    {
        var written = heading.NumberSpan.Of(text);
        return TaskNumber.TryParse(written, out var number)
            ? (heading.Number, number)
            : (heading.Number, new TaskNumber(heading.Number.Value));
    }

    private static void AddTask(Paragraph paragraph, PlanAssembler assembler, ImportContext context)
    {
        var path = assembler.PathOfNextTask();
        var text = paragraph.Text;
        string? title = null;
        var requirement = text;
        var stop = TextRules.Find(text, '。');
        if (stop >= 0 && stop + 1 <= MaxTitle && stop < text.Length - 1)
        {
            title = text.Substring(0, stop + 1);
            requirement = TextRules.Trim(text.Substring(stop + 1));
        }

        var assignments = new List<Assignment>();
        foreach (var inner in InlineAssignments(text))
        {
            var read = AssignmentText.Parse(inner);
            assignments.AddRange(read.Assignments);
            context.AddFrom(read.Diagnostics, paragraph.Line, path + ".Assignments");
        }

        var findings = new List<Diagnostic>();
        var deadline = TimeLimits.FromRequirement(text, context.Plan, findings);
        context.AddFrom(findings, paragraph.Line, path);
        assembler.AddTask(
            new WorkTask(paragraph.Number, requirement) { Title = title, Assignments = assignments, Deadline = deadline },
            paragraph.Line);
    }

    /// <summary>The texts inside brackets that assign units, such as 市府办牵头，市政府各部门负责 in (市府办牵头，市政府各部门负责).</summary>
    private static IEnumerable<string> InlineAssignments(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!TextRules.IsOpenBracket(text[i]))
            {
                continue;
            }

            var depth = 1;
            var j = i + 1;
            for (; j < text.Length && j - i <= MaxInlineAssignment; j++)
            {
                if (TextRules.IsOpenBracket(text[j]))
                {
                    depth++;
                }
                else if (TextRules.IsCloseBracket(text[j]) && --depth == 0)
                {
                    break;
                }
            }

            if (depth != 0 || j >= text.Length)
            {
                continue;
            }

            var inner = TextRules.Trim(text.Substring(i + 1, j - i - 1));
            if (EndsWithRoleWord(inner))
            {
                yield return inner;
                i = j;
            }
        }
    }

    private static bool EndsWithRoleWord(string text)
    {
        var trimmed = text.TrimEnd('。', '.', '；', ';');
        foreach (var word in RoleWords)
        {
            if (trimmed.Length > word.Length && TextRules.EndsWithOrdinal(trimmed, word))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Paragraph
    {
        private readonly StringBuilder _text;

        public Paragraph(SourceLine line, string firstText, (ChineseOrdinal Number, TaskNumber TaskNumber)? heading)
            : this(line, firstText, heading?.TaskNumber ?? default)
        {
            Heading = heading is { } h ? h.Number : null;
        }

        public Paragraph(SourceLine line, string firstText, TaskNumber number)
        {
            Lines.Add(line);
            Line = line.Number;
            FirstText = firstText;
            FirstWritten = line.Trimmed;
            Number = number;
            _text = new StringBuilder(firstText);
        }

        public List<SourceLine> Lines { get; } = new();

        public int Line { get; }

        public string FirstText { get; }

        public string FirstWritten { get; }

        public ChineseOrdinal? Heading { get; }

        public TaskNumber Number { get; }

        public string Text => _text.ToString();

        public void Append(SourceLine line)
        {
            Lines.Add(line);
            _text.Append('\n').Append(line.Trimmed);
        }
    }
}
