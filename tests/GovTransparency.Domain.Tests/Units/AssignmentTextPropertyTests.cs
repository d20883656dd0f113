using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Units;
using Xunit;

namespace GovTransparency.Domain.Tests.Units;

public class AssignmentTextPropertyTests
{
    /// <summary>Pieces of real cells, role words, separators, brackets, white space and odd characters.</summary>
    private static readonly string[] Pieces =
    {
        "区财政局", "县经济开发", "区管委会", "各乡镇街", "区政府各部门", "等有关部门", "县人社局", "市大数据委", "负责专题建设",
        "各县", "市", "区", "局", "等", "政府", "办公室", "有关", "部门",
        "牵头", "负责落实", "负责", "落实", "配合", "参与", "协助",
        "、", ",", "，", ";", "；", "/",
        "(", ")", "（", "）",
        " ", "\n", "\r\n", "\t", "\u3000", "\u200B",
        "a", "1", "\uD800", "\0", "。",
    };

    private static Arbitrary<string> CellLike() =>
        Gen.Elements(Pieces).ArrayOf().Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Fact]
    public void Any_text_is_read_without_an_exception_into_non_blank_units()
    {
        Properties.Check(Prop.ForAll<string>(text => CheckReadable(text ?? string.Empty)));
        Properties.Check(Prop.ForAll(CellLike(), CheckReadable));
    }

    [Fact]
    public void Any_two_columns_are_read_without_an_exception()
    {
        Properties.Check(Prop.ForAll(CellLike(), CellLike(), (lead, responsible) =>
        {
            var result = AssignmentText.ParseColumns(lead, responsible);
            result.Diagnostics.Where(d => d.Path is not ("LeadCell" or "ResponsibleCell") && d.Code != DiagnosticCodes.EmptyText)
                .Should().BeEmpty();
        }));
    }

    [Fact]
    public void Every_character_other_than_separators_brackets_and_space_ends_up_in_a_name_a_note_a_role_word_or_a_diagnostic()
    {
        Properties.Check(Prop.ForAll<string>(text => CheckNothingDropped(text ?? string.Empty)));
        Properties.Check(Prop.ForAll(CellLike(), CheckNothingDropped));
    }

    [Fact]
    public void A_line_break_after_a_separator_changes_nothing()
    {
        Properties.Check(Prop.ForAll(CellLike(), text =>
        {
            var withBreaks = text.Replace("、", "、\n").Replace(",", ",\r\n");
            AssignmentText.Parse(withBreaks).Assignments.Should().Equal(AssignmentText.Parse(text).Assignments);
        }));
    }

    [Fact]
    public void Units_keep_the_order_of_the_text()
    {
        Properties.Check(Prop.ForAll(CellLike(), text =>
        {
            var position = 0;
            foreach (var assignment in AssignmentText.Parse(text).Assignments)
            {
                var name = new string(assignment.Unit.Name.Where(c => !IsNeutral(c)).ToArray());
                var found = IndexOfIgnoringNeutral(text, name, position);
                found.Should().BeGreaterThanOrEqualTo(0, "{0} comes after position {1} of {2}", name, position, text);
                position = found;
            }
        }));
    }

    private static void CheckReadable(string text)
    {
        var result = AssignmentText.Parse(text);
        result.Assignments.Where(a => a.Unit.Name.Trim().Length == 0).Should().BeEmpty();
        result.Diagnostics.Where(d => d.MessageZh.Length == 0 || d.MessageEn.Length == 0).Should().BeEmpty();
        result.Diagnostics.Where(d => d.Span is null || d.Span.Value.End > text.Length).Should().BeEmpty();
        (result.Assignments.Count + result.Diagnostics.Count).Should().BePositive("text is either read or reported");
    }

    private static void CheckNothingDropped(string text)
    {
        var result = AssignmentText.Parse(text);
        var kept = result.Assignments.SelectMany(a => a.Unit.Name + a.Note)
            .Concat(result.RoleWords.SelectMany(w => w))
            .Concat(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.NoteWithoutUnit).SelectMany(d => d.Subject!));

        Histogram(kept).Should().Equal(Histogram(text));
    }

    /// <summary>Characters that separate or wrap rather than carry text: separators, brackets, white space.</summary>
    private static bool IsNeutral(char c) =>
        "、,，;；/／()（）".IndexOf(c) >= 0 || char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static SortedDictionary<char, int> Histogram(IEnumerable<char> chars)
    {
        var histogram = new SortedDictionary<char, int>();
        foreach (var c in chars.Where(c => !IsNeutral(c)))
        {
            histogram[c] = histogram.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        return histogram;
    }

    private static int IndexOfIgnoringNeutral(string text, string name, int from)
    {
        var stripped = new List<(char C, int Index)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsNeutral(text[i]))
            {
                stripped.Add((text[i], i));
            }
        }

        var compact = new string(stripped.Select(p => p.C).ToArray());
        var start = stripped.FindIndex(p => p.Index >= from);
        if (start < 0)
        {
            return name.Length == 0 ? from : -1;
        }

        var at = compact.IndexOf(name, start, System.StringComparison.Ordinal);
        return at < 0 ? -1 : stripped[at].Index;
    }
}
