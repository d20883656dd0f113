using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Import.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>
/// Every non-blank line of each seed's body ends up in the model or in a "text not used" diagnostic. The body ranges
/// are written by hand from reading the documents: from the first line after the table header (or the first section
/// heading of prose) to the last line before the page's chrome (文件下载, 附件下载, 相关解读 …).
/// </summary>
public class LosingNothingTests
{
    private static readonly char[] Separators = " \t\u00A0\u3000、,，;；/：:()（）《》“”\"。.!！?？\n".ToCharArray();

    private static readonly string[] RoleWords = { "负责落实", "牵头", "负责", "落实", "配合" };

    public static TheoryData<string, int, int> Bodies => new()
    {
        { Seeds.Yeji2021, 24, 639 },
        { Seeds.Kuancheng2019, 8, 32 },
        { Seeds.Sixian2020, 28, 389 },
        { Seeds.StateCouncil2021, 36, 85 },
        { Seeds.Fuzhou2021, 42, 391 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_line_of_the_body_is_in_the_model_or_in_a_text_not_used_diagnostic(string seed, int first, int last)
    {
        var text = Seeds.Read(seed);
        var result = PlanDocumentImporter.Import(text);
        var model = ModelText(result);
        var notUsed = result.Diagnostics
            .Where(d => d.Code == ImportDiagnosticCodes.TextNotUsed)
            .ToLookup(d => d.Line!.Value, d => d.Subject!);
        var lines = Imported.Lines(text);

        var lost = new List<string>();
        for (var n = first; n <= last; n++)
        {
            var line = lines[n - 1].Trim().Trim('\u00A0', '\u3000', '\u2002').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var reported = string.Join("\n", notUsed[n]);
            if (!IsAccountedFor(line, model + "\n" + reported))
            {
                lost.Add(n + ": " + line);
            }
        }

        lost.Should().BeEmpty("every line of the body must end up in the model or in a diagnostic");
    }

    [Fact]
    public void A_line_that_no_row_takes_is_reported_with_its_number_and_text()
    {
        // Line 15 is an extra paragraph after task 1's row (requirement, units) is complete.
        var text = string.Join("\n", "工作任务", "", "具体要求", "", "责任单位", "", "一、总体", "", "1", "", "做好公开。", "", "区政府办公室负责落实", "", "多余的一段文字");

        var result = PlanDocumentImporter.Import(text);

        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.TextNotUsed)
            .Which.Should().Match<GovTransparency.Domain.Diagnostic>(d => d.Line == 15 && d.Subject == "多余的一段文字");
    }

    [Fact]
    public void The_check_fails_for_a_line_the_model_does_not_hold()
    {
        // Guards the test above against a check that cannot fail.
        IsAccountedFor("区政府办公室、区教育局牵头,各乡镇街负责落实", "区政府办公室\n各乡镇街").Should().BeFalse();
        IsAccountedFor("区政府办公室、区教育局牵头,各乡镇街负责落实", "区政府办公室\n区教育局\n各乡镇街").Should().BeTrue();
    }

    /// <summary>
    /// A line is accounted for when the text holds it whole, or holds each of its pieces: assignment cells are split
    /// into units and role words, and headings into ordinal and title, so the pieces are what the model keeps.
    /// </summary>
    private static bool IsAccountedFor(string line, string text)
    {
        if (text.Contains(line, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var raw in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = raw;
            foreach (var role in RoleWords)
            {
                if (piece.EndsWith(role, StringComparison.Ordinal) && piece.Length > role.Length)
                {
                    piece = piece.Substring(0, piece.Length - role.Length);
                    break;
                }
            }

            if (RoleWords.Contains(piece) || text.Contains(piece, StringComparison.Ordinal))
            {
                continue;
            }

            // 县财政局等有关部门 is the units 县财政局 and 等有关部门.
            var and = piece.IndexOf('等', StringComparison.Ordinal);
            if (and > 0 && text.Contains(piece.Substring(0, and), StringComparison.Ordinal) && text.Contains(piece.Substring(and), StringComparison.Ordinal))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static string ModelText(ImportResult result)
    {
        var text = new StringBuilder();
        var plan = result.Plan;
        foreach (var section in plan.Sections)
        {
            text.Append(section.Number.Format(OrdinalStyle.Enumeration)).Append(section.Title).Append('\n');
            foreach (var subsection in section.Subsections)
            {
                text.Append(subsection.Number.Format(OrdinalStyle.HalfWidthParentheses)).Append(subsection.Title).Append('\n');
            }
        }

        foreach (var task in plan.EnumerateTasks().Select(l => l.Task))
        {
            text.Append(task.Number.Text).Append('\n').Append(task.Title).Append('\n').Append(task.Requirement).Append('\n').Append(task.TimeLimitText).Append('\n');
            foreach (var assignment in task.Assignments)
            {
                text.Append(assignment.Unit.Name).Append('\n').Append(assignment.Note).Append('\n');
            }
        }

        foreach (var entry in result.ProgressReport?.Entries ?? Array.Empty<GovTransparency.Domain.Progress.ProgressEntry>())
        {
            text.Append(entry.Text).Append('\n');
        }

        return text.ToString();
    }
}
