using System.IO;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Compliance;
using Xunit;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>Cells of the Markdown and CSV outputs: every line-break form and escape character keeps a table intact.</summary>
public class TableCellEscapingTests
{
    private static string Markdown(string cell, bool[]? rightAligned = null)
    {
        var output = new StringBuilder();
        MarkdownTable.Write(output, new[] { "事项", "数" }, new[] { new[] { cell, "1" } }, rightAligned);
        return output.ToString();
    }

    [Theory]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a\rb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\n\nb", "a  b")]
    [InlineData("a\r", "a ")]
    [InlineData("\r\r\n", "  ")]
    public void A_Markdown_cell_escapes_backslashes_and_turns_each_line_break_into_one_space(string cell, string expected)
    {
        Markdown(cell).Should().Be("| 事项 | 数 |\n| --- | --- |\n| " + expected + " | 1 |\n");
    }

    [Fact]
    public void A_Markdown_table_right_aligns_only_the_columns_asked_for()
    {
        Markdown("x", new[] { false, true }).Should().Be("| 事项 | 数 |\n| --- | ---: |\n| x | 1 |\n");
    }

    [Fact]
    public void A_missing_Markdown_cell_is_empty()
    {
        var output = new StringBuilder();
        MarkdownTable.Write(output, new[] { "事项" }, new[] { new string?[] { null } });
        output.ToString().Should().Be("| 事项 |\n| --- |\n|  |\n");
    }

    [Theory]
    [InlineData("a\rb", "\"a\rb\"")]
    [InlineData("a\nb", "\"a\nb\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("\"", "\"\"\"\"")]
    public void A_CSV_field_with_any_one_special_character_is_quoted(string field, string expected)
    {
        var output = new StringWriter();
        CsvWriter.WriteRecord(output, new[] { field });
        output.ToString().Should().Be(expected + "\r\n");
    }

    [Fact]
    public void A_missing_CSV_field_is_empty_and_still_separated()
    {
        var output = new StringWriter();
        CsvWriter.WriteRecord(output, new string?[] { null, "b", null });
        output.ToString().Should().Be(",b,\r\n");
    }
}
