using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Tests.Readme;

public class DiagnosticCodeTableTests
{
    [Fact]
    public void Every_diagnostic_code_is_in_the_README_table_exactly_once_and_the_table_names_no_other()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var rows = Regex.Matches(readme, @"^\| (GT\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        codes.Should().OnlyHaveUniqueItems("a code means one thing");
        rows.Should().OnlyHaveUniqueItems();
        rows.Where(r => r.StartsWith("GT06", StringComparison.Ordinal) == false).Should().BeEquivalentTo(codes);
    }
}
