using System;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Internal;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("52", 52)]
    [InlineData("２０２０", 2020)]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("两千零二十", 2020)]
    [InlineData("二〇二〇", 2020)]
    [InlineData("二零二一", 2021)]
    [InlineData("一〇", 10)]
    [InlineData("〇", 0)]
    public void Reads_arabic_positional_and_digit_by_digit_numerals(string text, int expected)
    {
        ChineseNumerals.TryParse(text.AsSpan(), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十十")]
    [InlineData("二三十")]
    [InlineData("百")]
    [InlineData("1十")]
    [InlineData("一2")]
    [InlineData("零十")]
    [InlineData("一百五")]
    [InlineData("123456")]
    [InlineData("甲")]
    [InlineData("十一十")]
    public void Rejects_malformed_numerals(string text)
    {
        ChineseNumerals.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(2020, "二千零二十")]
    public void Formats_positional_numerals(int value, string expected)
    {
        ChineseNumerals.Format(value).Should().Be(expected);
    }

    [Fact]
    public void Formats_years_digit_by_digit()
    {
        ChineseNumerals.FormatDigits(2020).Should().Be("二〇二〇");
    }

    [Fact]
    public void Formatting_then_parsing_returns_the_value() =>
        Properties.Check(Prop.ForAll(Gen.Choose(0, ChineseNumerals.MaxValue).ToArbitrary(), value =>
            ChineseNumerals.TryParse(ChineseNumerals.Format(value).AsSpan(), out var parsed) && parsed == value));
}
