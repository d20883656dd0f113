using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class DocumentNumberParsingTests
{
    [Theory]
    [InlineData("榕政办〔2021〕53号", "榕政办", 2021, 53)]
    [InlineData("国办发〔2021〕12号", "国办发", 2021, 12)]
    [InlineData("泗政办秘〔2020〕49号", "泗政办秘", 2020, 49)]
    [InlineData("闽政办函〔2021〕34号", "闽政办函", 2021, 34)]
    [InlineData("长政公组〔2019〕1号", "长政公组", 2019, 1)]
    [InlineData("国办发[2021]12号", "国办发", 2021, 12)]
    [InlineData("国办发［2021］12号", "国办发", 2021, 12)]
    [InlineData("国办发(2021)12号", "国办发", 2021, 12)]
    [InlineData("国办发（2021）12号", "国办发", 2021, 12)]
    [InlineData("国办发【2021】12号", "国办发", 2021, 12)]
    [InlineData("国办发﹝2021﹞12号", "国办发", 2021, 12)]
    [InlineData("榕政办〔２０２１〕５３号", "榕政办", 2021, 53)]
    [InlineData("榕政办 〔2021〕 53 号", "榕政办", 2021, 53)]
    [InlineData("榕政办〔 2021 〕53号", "榕政办", 2021, 53)]
    [InlineData("国发〔2021〕第12号", "国发", 2021, 12)]
    [InlineData("国发〔2021〕 第 12 号", "国发", 2021, 12)]
    [InlineData(" \t国办公开办函〔2019〕61号\u00a0", "国办公开办函", 2019, 61)]
    [InlineData("国 办 发〔2021〕12号", "国办发", 2021, 12)]
    [InlineData("国办发〔2021〕012号", "国办发", 2021, 12)]
    [InlineData("国办发〔1949〕1号", "国办发", 1949, 1)]
    [InlineData("国办发〔2099〕99999号", "国办发", 2099, 99_999)]
    public void Written_forms_are_read_without_findings(string text, string issuer, int year, int serial)
    {
        var result = DocumentNumber.Parse(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(new DocumentNumber(issuer, year, serial));
        DocumentNumber.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(result.Value);
    }

    [Theory]
    [InlineData("国办发〔2021]12号", "GT0107")]
    [InlineData("国办发(2021）12号", "GT0107")]
    [InlineData("国办发〔2021〕12", "GT0108")]
    public void Mismatched_brackets_or_a_missing_hao_are_read_with_a_warning(string text, string code)
    {
        var result = DocumentNumber.Parse(text);

        result.Value.Should().Be(new DocumentNumber("国办发", 2021, 12));
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(code);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("", "GT0001")]
    [InlineData("  \t", "GT0001")]
    [InlineData("hello", "GT0101")]
    [InlineData("榕政办2021年53号", "GT0101")]
    [InlineData("国办发〔2021〕12号文", "GT0101")]
    [InlineData("(国办发〔2021〕12号)", "GT0101")]
    [InlineData("国办发〔2021〕〔2022〕12号", "GT0101")]
    [InlineData("榕政办〔2021 53号", "GT0102")]
    [InlineData("国办发〔202053号", "GT0102")]
    [InlineData("榕政办2021〕53号", "GT0102")]
    [InlineData("榕政办〕2021〔53号", "GT0102")]
    [InlineData("榕政办〔2021〕〕53号", "GT0102")]
    [InlineData("国办发〔1921〕3号", "GT0103")]
    [InlineData("国办发〔2100〕3号", "GT0103")]
    [InlineData("国办发〔0000〕3号", "GT0103")]
    [InlineData("〔2021〕53号", "GT0104")]
    [InlineData("2021年国办发〔2021〕12号", "GT0104")]
    [InlineData("国办发1〔2021〕12号", "GT0104")]
    [InlineData("一二三四五六七八九十一二三四五六七〔2021〕12号", "GT0104")]
    [InlineData("国办发〔21〕12号", "GT0105")]
    [InlineData("国办发〔20211〕12号", "GT0105")]
    [InlineData("国办发〔二〇二一〕12号", "GT0105")]
    [InlineData("国办发〔〕12号", "GT0105")]
    [InlineData("国办发〔2021〕号", "GT0106")]
    [InlineData("国办发〔2021〕0号", "GT0106")]
    [InlineData("国办发〔2021〕十二号", "GT0106")]
    [InlineData("国办发〔2021〕123456号", "GT0106")]
    public void Text_that_is_not_a_document_number_fails_with_a_stable_code(string text, string code)
    {
        var result = DocumentNumber.Parse(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
        result.Diagnostics.Single().Severity.Should().Be(DiagnosticSeverity.Error);
        DocumentNumber.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Every_broken_part_is_reported_at_once()
    {
        var result = DocumentNumber.Parse("〔21〕号");

        result.Diagnostics.Select(d => d.Code).Should().Equal("GT0104", "GT0105", "GT0106");
    }

    [Fact]
    public void A_year_out_of_range_is_reported_on_the_year_in_both_languages()
    {
        var diagnostic = DocumentNumber.Parse("国办发〔1921〕3号").Diagnostics.Single();

        diagnostic.Code.Should().Be(DiagnosticCodes.DocumentNumberYearOutOfRange);
        diagnostic.Span.Should().Be(new TextSpan(4, 4));
        diagnostic.Subject.Should().Be("1921");
        diagnostic.MessageZh.Should().Contain("1921").And.Contain("1949").And.Contain("2099");
        diagnostic.MessageEn.Should().Contain("1921").And.Contain("1949").And.Contain("2099");
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_the_bracket()
    {
        var diagnostic = DocumentNumber.Parse("榕政办〔2021 53号").Diagnostics.Single();

        diagnostic.Span.Should().Be(new TextSpan(3, 1));
        diagnostic.MessageEn.Should().Contain("榕政办〔2021 53号");
    }

    [Fact]
    public void Null_is_a_programmer_error_naming_the_parameter()
    {
        ((Action)(() => DocumentNumber.Parse(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => DocumentNumber.TryParse(null!, out _))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => DocumentNumber.FindAll(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData('〔')]
    [InlineData('国')]
    [InlineData('2')]
    public void Ten_thousand_characters_are_rejected_as_too_long_for_one_number(char filler)
    {
        var result = DocumentNumber.Parse(new string(filler, 10_000));

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DocumentNumberUnreadable);
        diagnostic.MessageEn.Should().Contain("64").And.Contain("FindAll");
    }

    [Fact]
    public void Any_text_gives_a_result_and_Parse_agrees_with_TryParse()
    {
        var alphabet = "国办发榕政2019０ 〔〕[]（)【第号\t".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars));
        Properties.Check(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = DocumentNumber.Parse(text);
            var tried = DocumentNumber.TryParse(text, out var value);
            return result.Success == tried
                && (!tried || result.Value == value)
                && (result.Success || result.Diagnostics.Any(d => d.IsError));
        }), maxTest: 2_000);
    }
}
