using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class ChineseOrdinalTests
{
    private static readonly Gen<int> Values = Gen.Choose(ChineseOrdinal.MinValue, ChineseOrdinal.MaxValue);

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Constructing_outside_one_to_ninety_nine_is_a_programmer_error(int value)
    {
        var act = () => new ChineseOrdinal(value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void The_default_ordinal_is_one()
    {
        default(ChineseOrdinal).Value.Should().Be(1);
        default(ChineseOrdinal).Should().Be(new ChineseOrdinal(1));
        default(ChineseOrdinal).ToString().Should().Be("一");
    }

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(10, 10, 11)]
    [InlineData(19, 19, 20)]
    [InlineData(98, 98, 99)]
    [InlineData(1, 1, 99)]
    public void Equality_hash_code_comparison_and_operators_follow_the_value(int value, int equal, int greater) =>
        ValueTypeLaws.AssertOrdering(new ChineseOrdinal(value), new ChineseOrdinal(equal), new ChineseOrdinal(greater));

    [Fact]
    public void CompareTo_and_the_operators_agree_with_the_values() =>
        Properties.Check(Prop.ForAll(Gen.Zip(Values, Values).ToArbitrary(), pair =>
        {
            var (a, b) = (new ChineseOrdinal(pair.Item1), new ChineseOrdinal(pair.Item2));
            var expected = Math.Sign(pair.Item1.CompareTo(pair.Item2));
            return Math.Sign(a.CompareTo(b)) == expected
                && (a < b) == (expected < 0) && (a > b) == (expected > 0)
                && (a <= b) == (expected <= 0) && (a >= b) == (expected >= 0)
                && (a == b) == (expected == 0) && (a != b) == (expected != 0)
                && (a.GetHashCode() == b.GetHashCode()) == (expected == 0);
        }));

    [Fact]
    public void Sorting_puts_section_ordinals_in_document_order()
    {
        var written = new[] { "十一、", "二、", "（十）", "一、", "九十九", "(三)", "十二、", "二十、" };

        var sorted = written.Select(t => ChineseOrdinal.Parse(t).Value).OrderBy(o => o).Select(o => o.ToString());

        sorted.Should().Equal("一", "二", "三", "十", "十一", "十二", "二十", "九十九");
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    public void ToString_writes_the_bare_numeral_as_in_headings(int value, string expected) =>
        new ChineseOrdinal(value).ToString().Should().Be(expected);

    [Theory]
    [InlineData(1, OrdinalStyle.Plain, "一")]
    [InlineData(1, OrdinalStyle.Enumeration, "一、")]
    [InlineData(2, OrdinalStyle.HalfWidthParentheses, "(二)")]
    [InlineData(3, OrdinalStyle.FullWidthParentheses, "（三）")]
    [InlineData(11, OrdinalStyle.Enumeration, "十一、")]
    [InlineData(20, OrdinalStyle.FullWidthParentheses, "（二十）")]
    public void Format_writes_the_decoration_of_the_style(int value, OrdinalStyle style, string expected) =>
        new ChineseOrdinal(value).Format(style).Should().Be(expected);

    [Fact]
    public void Formatting_with_an_undefined_style_is_a_programmer_error()
    {
        var act = () => new ChineseOrdinal(1).Format((OrdinalStyle)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("style");
    }

    [Fact]
    public void Every_value_and_style_reads_back_from_its_formatted_text_without_findings()
    {
        var styles = new[] { OrdinalStyle.Plain, OrdinalStyle.Enumeration, OrdinalStyle.HalfWidthParentheses, OrdinalStyle.FullWidthParentheses };
        Properties.Check(Prop.ForAll(Gen.Zip(Values, Gen.Elements(styles)).ToArbitrary(), pair =>
        {
            var ordinal = new ChineseOrdinal(pair.Item1);
            var text = ordinal.Format(pair.Item2);
            var parsed = ChineseOrdinal.Parse(text);
            return ChineseOrdinal.TryParse(text, out var value, out var style)
                && value == ordinal && style == pair.Item2
                && parsed.Success && parsed.Value == ordinal && parsed.Diagnostics.Count == 0;
        }));
    }

    [Fact]
    public void Every_value_reads_back_from_its_heading_with_the_title_split_off()
    {
        var styles = new[] { OrdinalStyle.Enumeration, OrdinalStyle.HalfWidthParentheses, OrdinalStyle.FullWidthParentheses };
        Properties.Check(Prop.ForAll(Gen.Zip(Values, Gen.Elements(styles)).ToArbitrary(), pair =>
        {
            var ordinal = new ChineseOrdinal(pair.Item1);
            var heading = ChineseOrdinal.ParseHeading(ordinal.Format(pair.Item2) + "加强配套制度建设").Value;
            return heading.Number == ordinal && heading.Style == pair.Item2 && heading.Title == "加强配套制度建设"
                && heading.ToString() == ordinal.Format(pair.Item2) + "加强配套制度建设";
        }));
    }
}
