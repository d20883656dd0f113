using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class DocumentNumberFindTests
{
    private const string Fuzhou2021Line16 =
        "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》(国办发〔2021〕12号)和《福建省人民政府办公厅关于印发2021年全省政务公开工作主要任务分解表的通知》(闽政办函〔2021〕34号)要求,经市政府同意,现将2021年全市政务公开工作主要任务分解表印发给你们,请结合以下工作要求,迅速抓好贯彻落实。";

    [Fact]
    public void Finds_the_upper_level_documents_a_plan_implements_with_their_spans()
    {
        var result = DocumentNumber.FindAll(Fuzhou2021Line16);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Equal(
            new DocumentNumberMatch(new DocumentNumber("国办发", 2021, 12), new TextSpan(Fuzhou2021Line16.IndexOf("国办发", StringComparison.Ordinal), 12)),
            new DocumentNumberMatch(new DocumentNumber("闽政办函", 2021, 34), new TextSpan(Fuzhou2021Line16.IndexOf("闽政办函", StringComparison.Ordinal), 13)));
        result.Value.Select(m => m.Span.Of(Fuzhou2021Line16)).Should().Equal("国办发〔2021〕12号", "闽政办函〔2021〕34号");
    }

    [Theory]
    [InlineData(Seeds.Yeji2021, new string[0])]
    [InlineData(Seeds.Kuancheng2019, new[] { "长政公组〔2019〕1号", "国办发〔2017〕47号" })]
    [InlineData(Seeds.Sixian2020, new[] { "泗政办秘〔2020〕49号", "国办公开办函〔2019〕61号" })]
    [InlineData(Seeds.StateCouncil2021, new string[0])]
    [InlineData(Seeds.Fuzhou2021, new[] { "榕政办〔2021〕53号", "榕政办〔2021〕53号", "国办发〔2021〕12号", "闽政办函〔2021〕34号", "闽财非税函〔2021〕1号" })]
    public void Finds_every_document_number_of_the_seed_documents(string seed, string[] expected)
    {
        var text = Seeds.Read(seed);

        var found = DocumentNumber.FindAll(text).Value;

        found.Select(m => m.Number.ToString()).Should().Equal(expected);
        found.Select(m => m.Span.Of(text)).Should().Equal(expected, "the seeds write their numbers in the standard form");
    }

    [Fact]
    public void The_malformed_number_in_the_Yeji_plan_is_reported_where_it_is()
    {
        var text = Seeds.Read(Seeds.Yeji2021);

        var result = DocumentNumber.FindAll(text);

        result.Value.Should().BeEmpty();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.DocumentNumberMalformedInText).And.Be("GT0109");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Subject.Should().Be("国办发〔202053号");
        warning.Span!.Value.Of(text).Should().Be("国办发〔202053号");
        warning.MessageEn.Should().Contain("GT0102");
        warning.MessageZh.Should().Contain("国办发〔202053号");
    }

    [Theory]
    [InlineData("依据 国办发[2021]12号、国发〔2020〕3号", "国办发〔2021〕12号", "国发〔2020〕3号")]
    [InlineData("国办发〔2021〕12号闽政办函〔2021〕34号", "国办发〔2021〕12号", "闽政办函〔2021〕34号")]
    [InlineData("文号：榕政办 〔２０２１〕 第53号。", "榕政办〔2021〕53号")]
    [InlineData("（泗政办秘（2020）49号）", "泗政办秘〔2020〕49号")]
    [InlineData("【政务公开】闽政办【2021】7号", "闽政办〔2021〕7号")]
    public void Finds_numbers_in_any_accepted_form(string text, params string[] expected) =>
        DocumentNumber.FindAll(text).Value.Select(m => m.Number.ToString()).Should().Equal(expected);

    [Fact]
    public void The_span_covers_the_number_as_written()
    {
        const string text = "文号：榕政办 〔2021〕 53 号。";

        var match = DocumentNumber.FindAll(text).Value.Single();

        match.Span.Of(text).Should().Be("榕政办 〔2021〕 53 号");
    }

    [Theory]
    [InlineData("各县(市)区人民政府、高新区管委会")]
    [InlineData("《关于印发2021年全省政务公开工作主要任务分解表的通知》(2021年)")]
    [InlineData("[bookmark: _GoBack]各乡镇人民政府")]
    [InlineData("京ICP备20013102号-30")]
    [InlineData("（此件公开发布）")]
    [InlineData("2020年9月27日")]
    [InlineData("")]
    public void Ordinary_text_holds_no_number_and_no_finding(string text)
    {
        var result = DocumentNumber.FindAll(text);

        result.Value.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("落实(国办发〔202053号)要求", "国办发〔202053号", "GT0102")]
    [InlineData("落实(国办发2021〕12号)要求", "国办发2021〕12号", "GT0102")]
    [InlineData("落实(国办发〔1921〕12号)要求", "国办发〔1921〕12号", "GT0103")]
    [InlineData("落实(国办发〔2021〕号)要求", "国办发〔2021〕号", "GT0106")]
    public void Malformed_numbers_with_hexagonal_brackets_are_warned_about(string text, string subject, string reason)
    {
        var result = DocumentNumber.FindAll(text);

        result.Value.Should().BeEmpty();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.DocumentNumberMalformedInText);
        warning.Subject.Should().Be(subject);
        warning.MessageEn.Should().Contain(reason);
    }

    [Fact]
    public void Numbers_read_with_a_warning_pass_the_warning_on_with_its_place()
    {
        const string text = "见(国办发〔2021]12号)";

        var result = DocumentNumber.FindAll(text);

        result.Value.Should().ContainSingle().Which.Number.Should().Be(new DocumentNumber("国办发", 2021, 12));
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.DocumentNumberMismatchedBrackets);
        warning.Span.Should().Be(new TextSpan(5, 6));
    }

    [Fact]
    public void A_number_is_not_joined_across_lines() =>
        DocumentNumber.FindAll("榕政办\n〔2021〕53号").Value.Should().BeEmpty();

    [Fact]
    public void Every_number_embedded_in_prose_is_found_at_its_place() =>
        Properties.Check(Prop.ForAll(DocumentNumberTests.Numbers.ToArbitrary(), number =>
        {
            var prefix = "贯彻落实《2021年政务公开工作要点》（";
            var text = prefix + number + "）要求，2021年底前完成。";
            var found = DocumentNumber.FindAll(text);
            return found.Diagnostics.Count == 0
                && found.Value.Count == 1
                && found.Value[0].Number == number
                && found.Value[0].Span == new TextSpan(prefix.Length, number.ToString().Length);
        }));

    [Theory]
    [InlineData("国〔")]
    [InlineData("〔")]
    [InlineData("(")]
    [InlineData("国办发〔2021〕12号")]
    public void Searching_a_million_characters_succeeds_without_throwing(string unit)
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(unit);
        }

        var result = DocumentNumber.FindAll(builder.ToString());

        result.Success.Should().BeTrue();
    }

    [Fact]
    public void A_flood_of_malformed_numbers_is_reported_a_hundred_times_then_summarised()
    {
        var text = string.Concat(Enumerable.Repeat("国〔", 5_000));

        var result = DocumentNumber.FindAll(text);

        result.Value.Should().BeEmpty();
        result.Diagnostics.Should().HaveCount(DocumentNumber.MaxMalformedFindings + 1);
        result.Diagnostics.Take(100).Should().OnlyContain(d => d.Code == "GT0109");
        result.Diagnostics.Last().Code.Should().Be(DiagnosticCodes.DocumentNumberFindingsTruncated).And.Be("GT0110");
    }

    [Fact]
    public void Readable_numbers_are_still_found_after_the_findings_are_summarised()
    {
        var text = string.Concat(Enumerable.Repeat("国〔", 500)) + "(国办发〔2021〕12号)";

        var result = DocumentNumber.FindAll(text);

        result.Value.Should().ContainSingle().Which.Number.Should().Be(new DocumentNumber("国办发", 2021, 12));
        result.Diagnostics.Should().HaveCount(101);
    }

    [Fact]
    public void Searching_ten_thousand_characters_of_garbage_finds_nothing()
    {
        var result = DocumentNumber.FindAll(new string('〕', 10_000));

        result.Value.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty("a bracket without an issuer code before it is not a candidate");
    }
}
