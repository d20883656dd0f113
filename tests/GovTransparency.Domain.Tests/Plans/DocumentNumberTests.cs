using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class DocumentNumberTests
{
    /// <summary>Issuer codes of 1 to 8 common CJK ideographs (U+4E00–U+9FA5).</summary>
    internal static readonly Gen<string> Issuers =
        from length in Gen.Choose(1, 8)
        from chars in Gen.ArrayOf(Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c), length)
        select new string(chars);

    internal static readonly Gen<DocumentNumber> Numbers =
        from issuer in Issuers
        from year in Gen.Choose(DocumentNumber.MinYear, DocumentNumber.MaxYear)
        from serial in Gen.Choose(1, DocumentNumber.MaxSerial)
        select new DocumentNumber(issuer, year, serial);

    [Fact]
    public void The_parts_are_kept_and_written_in_the_standard_form()
    {
        var number = new DocumentNumber("榕政办", 2021, 53);

        number.IssuerCode.Should().Be("榕政办");
        number.Year.Should().Be(2021);
        number.Serial.Should().Be(53);
        number.ToString().Should().Be("榕政办〔2021〕53号");
    }

    [Theory]
    [InlineData("国办发", 2021, 12, "国办发〔2021〕12号")]
    [InlineData("泗政办秘", 2020, 49, "泗政办秘〔2020〕49号")]
    [InlineData("国办公开办函", 2019, 61, "国办公开办函〔2019〕61号")]
    [InlineData("国务院联防联控机制综发", 2020, 283, "国务院联防联控机制综发〔2020〕283号")]
    public void ToString_uses_hexagonal_brackets_around_the_year(string issuer, int year, int serial, string expected) =>
        new DocumentNumber(issuer, year, serial).ToString().Should().Be(expected);

    [Fact]
    public void A_null_issuer_code_is_a_programmer_error() =>
        ((Action)(() => new DocumentNumber(null!, 2021, 1))).Should().Throw<ArgumentNullException>().WithParameterName("issuerCode");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("国 办")]
    [InlineData("国办发1")]
    [InlineData("国办〔发")]
    [InlineData("一二三四五六七八九十一二三四五六七")]
    public void An_issuer_code_that_is_not_one_to_sixteen_letters_is_a_programmer_error(string issuer) =>
        ((Action)(() => new DocumentNumber(issuer, 2021, 1))).Should().Throw<ArgumentException>().WithParameterName("issuerCode");

    [Theory]
    [InlineData(1948, 1, "year")]
    [InlineData(2100, 1, "year")]
    [InlineData(2021, 0, "serial")]
    [InlineData(2021, 100_000, "serial")]
    public void A_year_or_serial_out_of_range_is_a_programmer_error(int year, int serial, string parameter) =>
        ((Action)(() => new DocumentNumber("国发", year, serial))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Issuer_codes_may_hold_characters_outside_the_basic_plane()
    {
        var number = new DocumentNumber("\U000201A9政办", 2021, 3);

        DocumentNumber.Parse(number.ToString()).Value.Should().Be(number);
    }

    [Fact]
    public void The_default_value_has_an_empty_issuer_code_and_does_not_throw()
    {
        default(DocumentNumber).IssuerCode.Should().BeEmpty();
        default(DocumentNumber).Year.Should().Be(0);
        default(DocumentNumber).ToString().Should().Be("〔0〕0号");
        default(DocumentNumber).GetHashCode().Should().Be(default(DocumentNumber).GetHashCode());
    }

    [Theory]
    [InlineData("榕政办", 2021, 53, "榕政办", 2021, 54)]
    [InlineData("榕政办", 2021, 53, "榕政办", 2020, 53)]
    [InlineData("榕政办", 2021, 53, "闽政办", 2021, 53)]
    public void Equality_is_by_issuer_code_year_and_serial(string issuer, int year, int serial, string otherIssuer, int otherYear, int otherSerial) =>
        ValueTypeLaws.AssertEquality(
            new DocumentNumber(issuer, year, serial),
            new DocumentNumber(issuer, year, serial),
            new DocumentNumber(otherIssuer, otherYear, otherSerial));

    [Fact]
    public void Numbers_written_in_different_forms_are_equal() =>
        DocumentNumber.Parse("榕政办 （２０２１） 第53号").Value.Should().Be(DocumentNumber.Parse("榕政办〔2021〕53号").Value);

    [Theory]
    [InlineData("国办发", 2017, 47, "长政公组", 2019, 1)]
    [InlineData("榕政办", 2021, 53, "国办发", 2022, 1)]
    [InlineData("国办发", 2021, 12, "榕政办", 2021, 1)]
    [InlineData("国办发", 2021, 12, "国办发", 2021, 13)]
    public void Ordering_is_by_year_then_issuer_code_then_serial(string issuer, int year, int serial, string greaterIssuer, int greaterYear, int greaterSerial) =>
        ValueTypeLaws.AssertOrdering(
            new DocumentNumber(issuer, year, serial),
            new DocumentNumber(issuer, year, serial),
            new DocumentNumber(greaterIssuer, greaterYear, greaterSerial));

    [Fact]
    public void Sorting_references_puts_older_documents_first()
    {
        var written = new[] { "闽政办函〔2021〕34号", "国办发〔2021〕12号", "国办发〔2017〕47号", "长政公组〔2019〕1号", "国办发〔2021〕2号" };

        var sorted = written.Select(t => DocumentNumber.Parse(t).Value).OrderBy(n => n).Select(n => n.ToString());

        sorted.Should().Equal("国办发〔2017〕47号", "长政公组〔2019〕1号", "国办发〔2021〕2号", "国办发〔2021〕12号", "闽政办函〔2021〕34号");
    }

    [Fact]
    public void CompareTo_is_zero_exactly_for_equal_numbers_and_the_operators_agree() =>
        Properties.Check(Prop.ForAll(Gen.Zip(Numbers, Numbers).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var order = a.CompareTo(b);
            return (order == 0) == a.Equals(b)
                && Math.Sign(order) == -Math.Sign(b.CompareTo(a))
                && (a < b) == (order < 0) && (a <= b) == (order <= 0)
                && (a > b) == (order > 0) && (a >= b) == (order >= 0)
                && (a == b) == (order == 0) && (a != b) == (order != 0)
                && a.CompareTo(a) == 0 && a.GetHashCode() == new DocumentNumber(a.IssuerCode, a.Year, a.Serial).GetHashCode();
        }));

    [Fact]
    public void Parsing_the_standard_form_gives_the_number_back_without_findings() =>
        Properties.Check(Prop.ForAll(Numbers.ToArbitrary(), number =>
        {
            var parsed = DocumentNumber.Parse(number.ToString());
            return parsed.Success && parsed.Value == number && parsed.Diagnostics.Count == 0;
        }));

    [Fact]
    public void Parsing_any_accepted_written_form_gives_the_same_number()
    {
        var brackets = new[] { ("〔", "〕"), ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）"), ("【", "】"), ("﹝", "﹞") };
        var forms =
            from number in Numbers
            from pair in Gen.Elements(brackets)
            from fullWidth in Gen.Elements(false, true)
            from spaced in Gen.Elements("", " ", "\u3000")
            from di in Gen.Elements("", "第")
            select (number, $"{number.IssuerCode}{spaced}{pair.Item1}{Digits(number.Year, fullWidth)}{pair.Item2}{spaced}{di}{Digits(number.Serial, fullWidth)}{spaced}号");
        Properties.Check(Prop.ForAll(forms.ToArbitrary(), form =>
        {
            var parsed = DocumentNumber.Parse(form.Item2);
            return parsed.Success && parsed.Value == form.number && parsed.Diagnostics.Count == 0;
        }));
    }

    private static string Digits(int value, bool fullWidth) =>
        fullWidth ? new string(value.ToString().Select(c => (char)(c - '0' + '０')).ToArray()) : value.ToString();
}
