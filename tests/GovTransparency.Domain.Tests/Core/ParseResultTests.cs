using System;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Domain.Tests.Core;

public class ParseResultTests
{
    private static readonly Diagnostic Problem = new("GT0001", DiagnosticSeverity.Error, "文本为空。", "The text is empty.");

    [Fact]
    public void A_successful_result_gives_its_value_and_keeps_its_warnings()
    {
        var warning = new Diagnostic("GT0002", DiagnosticSeverity.Warning, "过长。", "Too long.");
        var result = ParseResult<int>.ForValue(42, new[] { warning });

        result.Success.Should().BeTrue();
        result.Value.Should().Be(42);
        result.Diagnostics.Should().ContainSingle().Which.Should().Be(warning);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Reading_the_value_of_a_failed_result_is_a_programmer_error_that_says_why()
    {
        var result = ParseResult<int>.ForFailure(Problem);

        result.Success.Should().BeFalse();
        result.ValueOrDefault.Should().Be(0);
        result.TryGetValue(out _).Should().BeFalse();
        result.Invoking(r => r.Value).Should().Throw<InvalidOperationException>().WithMessage("*GT0001*");
    }

    [Fact]
    public void A_failure_needs_a_diagnostic()
    {
        var act = () => ParseResult<int>.ForFailure(Array.Empty<Diagnostic>());

        act.Should().Throw<ArgumentException>().WithParameterName("diagnostics");
    }
}
