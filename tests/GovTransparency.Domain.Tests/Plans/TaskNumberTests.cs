using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class TaskNumberTests
{
    private static readonly string[] Decorations = { "{0}", "{0}.", "{0}、", "{0}．", "({0})", "（{0}）" };

    [Fact]
    public void A_number_built_from_its_value_is_written_in_ascii_digits()
    {
        var number = new TaskNumber(12);

        number.Value.Should().Be(12);
        number.Text.Should().Be("12");
        number.ToString().Should().Be("12");
    }

    [Fact]
    public void The_default_number_is_one_written_1()
    {
        default(TaskNumber).Value.Should().Be(1);
        default(TaskNumber).Text.Should().Be("1");
        default(TaskNumber).Should().Be(new TaskNumber(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(100_000)]
    public void Constructing_outside_one_to_99999_is_a_programmer_error(int value)
    {
        ((Action)(() => new TaskNumber(value))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        ((Action)(() => new TaskNumber(value, "1"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Theory]
    [InlineData(3, "（3）", "（3）")]
    [InlineData(12, " 12 ", "12")]
    [InlineData(12, "１２", "１２")]
    [InlineData(1, "(一)", "(一)")]
    [InlineData(1, "1.", "1.")]
    public void A_number_built_with_its_text_keeps_the_trimmed_text(int value, string text, string expected)
    {
        var number = new TaskNumber(value, text);

        number.Value.Should().Be(value);
        number.Text.Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "2")]
    [InlineData(1, "A1")]
    [InlineData(1, "")]
    [InlineData(2, "(2")]
    public void A_text_that_does_not_read_as_the_value_is_a_programmer_error(int value, string text) =>
        ((Action)(() => new TaskNumber(value, text))).Should().Throw<ArgumentException>().WithParameterName("text");

    [Fact]
    public void A_null_text_is_a_programmer_error() =>
        ((Action)(() => new TaskNumber(1, null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void Numbers_with_the_same_value_and_text_are_equal_however_they_were_built()
    {
        new TaskNumber(7, "7").Should().Be(new TaskNumber(7));
        TaskNumber.Parse("（7）").Value.Should().Be(new TaskNumber(7, "（7）"));
    }

    [Theory]
    [InlineData(1, "1.", 1, "（1）")]
    [InlineData(1, "1", 1, "１")]
    [InlineData(12, "12", 13, "13")]
    public void Equality_is_by_value_and_text_as_written(int value, string text, int otherValue, string otherText) =>
        ValueTypeLaws.AssertEquality(new TaskNumber(value, text), new TaskNumber(value, text), new TaskNumber(otherValue, otherText));

    [Theory]
    [InlineData(2, "2", 10, "10")]
    [InlineData(9, "9.", 10, "10.")]
    [InlineData(1, "(1)", 1, "1")]
    [InlineData(1, "1.", 1, "（1）")]
    [InlineData(1, "（1）", 2, "(2)")]
    public void Ordering_is_by_value_then_text_and_the_operators_agree(int value, string text, int greaterValue, string greaterText) =>
        ValueTypeLaws.AssertOrdering(new TaskNumber(value, text), new TaskNumber(value, text), new TaskNumber(greaterValue, greaterText));

    [Fact]
    public void Sorting_orders_by_number_not_by_text()
    {
        var written = new[] { "10.", "9.", "(2)", "1、", "２", "100", "11" };

        var sorted = written.Select(t => TaskNumber.Parse(t).Value).OrderBy(n => n).Select(n => n.Text);

        sorted.Should().Equal("1、", "(2)", "２", "9.", "10.", "11", "100");
    }

    [Fact]
    public void CompareTo_is_zero_exactly_for_equal_numbers_and_is_antisymmetric()
    {
        var numbers = Gen.Zip(Gen.Choose(1, 12), Gen.Elements(Decorations))
            .Select(p => new TaskNumber(p.Item1, string.Format(p.Item2, p.Item1)));
        Properties.Check(Prop.ForAll(Gen.Zip(numbers, numbers).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var order = a.CompareTo(b);
            return (order == 0) == a.Equals(b)
                && Math.Sign(order) == -Math.Sign(b.CompareTo(a))
                && (a.Value < b.Value ? order < 0 : a.Value > b.Value ? order > 0 : true)
                && (a < b) == (order < 0) && (a >= b) == (order >= 0)
                && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
        }));
    }

    [Fact]
    public void Every_number_in_every_written_form_reads_back_with_its_value_and_text()
    {
        var forms = Gen.Zip(Gen.Choose(1, TaskNumber.MaxValue), Gen.Elements(Decorations));
        Properties.Check(Prop.ForAll(forms.ToArbitrary(), pair =>
        {
            var text = string.Format(pair.Item2, pair.Item1);
            var parsed = TaskNumber.Parse(text);
            return parsed.Success && parsed.Diagnostics.Count == 0
                && parsed.Value.Value == pair.Item1 && parsed.Value.Text == text
                && parsed.Value == new TaskNumber(pair.Item1, text)
                && TaskNumber.Parse(parsed.Value.ToString()).Value == parsed.Value;
        }));
    }

    [Fact]
    public void Chinese_numerals_read_back_in_every_decoration()
    {
        var forms = Gen.Zip(Gen.Choose(1, 99), Gen.Elements(Decorations));
        Properties.Check(Prop.ForAll(forms.ToArbitrary(), pair =>
        {
            var text = string.Format(pair.Item2, new ChineseOrdinal(pair.Item1).ToString());
            var parsed = TaskNumber.Parse(text);
            return parsed.Success && parsed.Value.Value == pair.Item1 && parsed.Value.Text == text;
        }));
    }
}
