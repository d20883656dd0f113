using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests.Readme;

public class ReadmeExampleTests
{
    [Fact]
    public void The_README_example_is_the_code_this_test_project_compiles()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var block = Regex.Match(readme, "## Testing your code with GovTransparency.Domain.Testing.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("the README has a '## Testing your code with GovTransparency.Domain.Testing' section with a ```csharp block");
        var readmeLines = Lines(block.Groups["code"].Value);

        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "OverdueThisWeekExample.cs.txt"));
        var compiled = Lines(Regex.Match(source, "// <readme-example>\n(?<code>.*?)// </readme-example>", RegexOptions.Singleline).Groups["code"].Value);
        var compiledUsings = Lines(source).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();

        compiled.Should().NotBeEmpty();
        readmeLines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).Should().Equal(compiled);
        readmeLines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Should().BeSubsetOf(compiledUsings);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0)
        .ToArray();
}
