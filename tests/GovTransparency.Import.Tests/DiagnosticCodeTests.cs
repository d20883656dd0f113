using System.Linq;
using System.Reflection;
using FluentAssertions;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

public class DiagnosticCodeTests
{
    private static readonly string[] Codes = typeof(ImportDiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Codes_are_distinct_and_in_the_import_range()
    {
        Codes.Should().OnlyHaveUniqueItems();
        Codes.Should().OnlyContain(c => c.Length == 6 && c.StartsWith("GT06") && c != "GT0600");
    }

    [Fact]
    public void Every_finding_on_the_seeds_has_a_message_in_Chinese_and_English()
    {
        var diagnostics = Seeds.All.SelectMany(s => PlanDocumentImporter.Import(Seeds.Read(s)).Diagnostics).ToList();

        diagnostics.Should().NotBeEmpty();
        diagnostics.Should().OnlyContain(d => d.MessageZh.Length > 0 && d.MessageEn.Length > 0 && d.MessageZh != d.MessageEn);
    }

    [Fact]
    public void Findings_about_a_line_point_into_the_document()
    {
        foreach (var seed in Seeds.All)
        {
            var lineCount = TestSupport.Imported.Lines(Seeds.Read(seed)).Length;
            PlanDocumentImporter.Import(Seeds.Read(seed)).Diagnostics.Where(d => d.Line is not null)
                .Should().NotContain(d => d.Line < 1 || d.Line > lineCount);
        }
    }

    [Fact]
    public void Every_import_code_is_in_the_README_table()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "README.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(readme, @"^\| (GT06\d{2}) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

        rows.Should().BeEquivalentTo(Codes);
    }
}
