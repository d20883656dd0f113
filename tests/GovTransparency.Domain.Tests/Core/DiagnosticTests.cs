using System;
using System.Globalization;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Tests.Core;

public class DiagnosticTests
{
    private static readonly Diagnostic Sample = new("GT0001", DiagnosticSeverity.Error, "文本为空。", "The text is empty.");

    [Theory]
    [InlineData("zh-CN", "文本为空。")]
    [InlineData("zh-Hant-TW", "文本为空。")]
    [InlineData("zh", "文本为空。")]
    [InlineData("en-US", "The text is empty.")]
    [InlineData("tr-TR", "The text is empty.")]
    [InlineData("", "The text is empty.")]
    public void Message_language_follows_the_explicit_culture(string culture, string expected)
    {
        Sample.GetMessage(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void AtPath_prefixes_the_path_of_the_containing_element()
    {
        var inner = Sample with { Path = "Deadline" };

        inner.AtPath("Sections[0].Tasks[2]").Path.Should().Be("Sections[0].Tasks[2].Deadline");
        Sample.AtPath("Sections[1]").Path.Should().Be("Sections[1]");
    }

    [Fact]
    public void A_diagnostic_without_a_code_is_a_programmer_error_naming_the_parameter()
    {
        var act = () => new Diagnostic(" ", DiagnosticSeverity.Info, "x", "x");

        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void ToString_shows_code_severity_path_and_english_message()
    {
        (Sample with { Path = "Sections[0]" }).ToString().Should().Be("GT0001 error [Sections[0]]: The text is empty.");
    }
}
