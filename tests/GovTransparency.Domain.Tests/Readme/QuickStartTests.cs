using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Tests.Readme;

public class QuickStartTests
{
    [Fact]
    public void The_quick_start_in_the_README_is_the_code_this_test_project_compiles()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var block = Regex.Match(readme, "## Quick start.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("the README has a '## Quick start' section with a ```csharp block");
        var readmeLines = Lines(block.Groups["code"].Value);

        var source = File.ReadAllText(SourcePath());
        var compiled = Lines(Regex.Match(source, "// <quick-start>\n(?<code>.*?)// </quick-start>", RegexOptions.Singleline).Groups["code"].Value);
        var compiledUsings = Lines(source).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();

        readmeLines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).Should().Equal(compiled);
        readmeLines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Should().BeSubsetOf(compiledUsings);
    }

    [Fact]
    public void The_quick_start_prints_what_the_README_says()
    {
        QuickStart.Run().Split(Environment.NewLine).Should().Equal(
            "1 2020年10月底前, 牵头 县政务服务中心: Overdue, 15 days",
            "2024-10-08",
            "True",
            "");
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0)
        .ToArray();

    private static string SourcePath() => Path.Combine(AppContext.BaseDirectory, "Readme", "QuickStart.cs.txt");
}
