using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class ChineseOrdinalParsingTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("二", 2)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("九十九", 99)]
    [InlineData("一〇", 10)]
    [InlineData("二〇", 20)]
    [InlineData("一零", 10)]
    [InlineData("  八 ", 8)]
    public void Bare_numerals_are_read_in_plain_style(string text, int expected)
    {
        ChineseOrdinal.TryParse(text, out var value, out var style).Should().BeTrue();

        value.Value.Should().Be(expected);
        style.Should().Be(OrdinalStyle.Plain);
    }

    [Theory]
    [InlineData("一、", 1, OrdinalStyle.Enumeration)]
    [InlineData("十一、", 11, OrdinalStyle.Enumeration)]
    [InlineData(" 七 、 ", 7, OrdinalStyle.Enumeration)]
    [InlineData("(一)", 1, OrdinalStyle.HalfWidthParentheses)]
    [InlineData("( 三 )", 3, OrdinalStyle.HalfWidthParentheses)]
    [InlineData("（一）", 1, OrdinalStyle.FullWidthParentheses)]
    [InlineData("\t（十二）\u00a0", 12, OrdinalStyle.FullWidthParentheses)]
    [InlineData("\u3000（二〇）", 20, OrdinalStyle.FullWidthParentheses)]
    public void Decorated_ordinals_are_read_with_their_style_and_no_findings(string text, int expected, OrdinalStyle expectedStyle)
    {
        var result = ChineseOrdinal.Parse(text);

        result.Success.Should().BeTrue();
        result.Value.Value.Should().Be(expected);
        result.Diagnostics.Should().BeEmpty();
        ChineseOrdinal.TryParse(text, out _, out var style).Should().BeTrue();
        style.Should().Be(expectedStyle);
    }

    [Theory]
    [InlineData("一，", '，')]
    [InlineData("一,", ',')]
    [InlineData("一.", '.')]
    [InlineData("一．", '．')]
    public void A_comma_or_full_stop_after_the_numeral_is_read_as_the_enumeration_comma_with_a_warning(string text, char separator)
    {
        var result = ChineseOrdinal.Parse(text);

        result.Value.Should().Be(new ChineseOrdinal(1));
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.ChineseOrdinalNonstandardSeparator).And.Be("GT0115");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Span.Should().Be(new TextSpan(1, 1));
        warning.MessageEn.Should().Contain(separator.ToString());
        ChineseOrdinal.TryParse(text, out _, out var style).Should().BeTrue();
        style.Should().Be(OrdinalStyle.Enumeration);
    }

    [Theory]
    [InlineData("(一）", OrdinalStyle.HalfWidthParentheses)]
    [InlineData("（一)", OrdinalStyle.FullWidthParentheses)]
    public void Mixed_half_and_full_width_brackets_take_the_style_of_the_opening_bracket_with_a_warning(string text, OrdinalStyle expected)
    {
        var result = ChineseOrdinal.Parse(text);

        result.Value.Should().Be(new ChineseOrdinal(1));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ChineseOrdinalMismatchedBrackets);
        ChineseOrdinal.TryParse(text, out _, out var style).Should().BeTrue();
        style.Should().Be(expected);
    }

    [Fact]
    public void Brackets_followed_by_an_enumeration_comma_are_read_with_a_warning()
    {
        var result = ChineseOrdinal.Parse("(二)、");

        result.Value.Should().Be(new ChineseOrdinal(2));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GT0115");
    }

    [Theory]
    [InlineData("", "GT0001")]
    [InlineData("   ", "GT0001")]
    [InlineData("\t\u3000\n", "GT0001")]
    [InlineData("零", "GT0112")]
    [InlineData("〇", "GT0112")]
    [InlineData("一百", "GT0112")]
    [InlineData("（一百零一）", "GT0112")]
    [InlineData("(一", "GT0113")]
    [InlineData("（一", "GT0113")]
    [InlineData("一)", "GT0113")]
    [InlineData("二）", "GT0113")]
    [InlineData("(1)", "GT0114")]
    [InlineData("（1）", "GT0114")]
    [InlineData("1、", "GT0114")]
    [InlineData("12", "GT0114")]
    [InlineData("１", "GT0114")]
    [InlineData("甲", "GT0111")]
    [InlineData("十十", "GT0111")]
    [InlineData("一1", "GT0111")]
    [InlineData("()", "GT0111")]
    [InlineData("（）", "GT0111")]
    [InlineData("、", "GT0111")]
    [InlineData("(市)", "GT0111")]
    [InlineData("一、进一步强化重点领域信息公开", "GT0111")]
    [InlineData("第一", "GT0111")]
    [InlineData("一一一一一一一一一一一一", "GT0111")]
    public void Text_that_is_not_an_ordinal_fails_with_a_stable_code(string text, string code)
    {
        var result = ChineseOrdinal.Parse(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
        result.HasErrors.Should().BeTrue();
        ChineseOrdinal.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Failures_say_why_in_chinese_and_english_and_point_at_the_problem()
    {
        var diagnostic = ChineseOrdinal.Parse("  （一百）").Diagnostics.Single();

        diagnostic.Code.Should().Be(DiagnosticCodes.ChineseOrdinalOutOfRange);
        diagnostic.MessageZh.Should().Contain("一百").And.Contain("九十九");
        diagnostic.MessageEn.Should().Contain("一百").And.Contain("99");
        diagnostic.Span.Should().Be(new TextSpan(3, 2));
        diagnostic.Subject.Should().Be("一百");
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_the_bracket()
    {
        var diagnostic = ChineseOrdinal.Parse(" (一").Diagnostics.Single();

        diagnostic.Code.Should().Be(DiagnosticCodes.ChineseOrdinalUnbalancedBrackets);
        diagnostic.Span.Should().Be(new TextSpan(1, 1));
    }

    [Fact]
    public void Null_is_a_programmer_error_naming_the_parameter()
    {
        ((Action)(() => ChineseOrdinal.Parse(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => ChineseOrdinal.TryParse(null!, out _))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => ChineseOrdinal.ParseHeading(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData('一')]
    [InlineData('a')]
    [InlineData('(')]
    [InlineData('、')]
    [InlineData(' ')]
    public void Ten_thousand_characters_fail_with_a_diagnostic_without_throwing(char filler)
    {
        var text = new string(filler, 10_000);

        var whole = ChineseOrdinal.Parse(text);
        var heading = ChineseOrdinal.ParseHeading(text);
        var huge = ChineseOrdinal.Parse(new string(filler, 1_000_000));

        whole.Success.Should().BeFalse();
        heading.Success.Should().BeFalse();
        huge.Success.Should().BeFalse();
    }

    [Fact]
    public void A_long_heading_after_a_valid_ordinal_keeps_its_whole_title()
    {
        var title = new string('政', 10_000);

        var heading = ChineseOrdinal.ParseHeading("（三）" + title).Value;

        heading.Number.Value.Should().Be(3);
        heading.Title.Should().HaveLength(10_000);
    }

    [Fact]
    public void Any_text_gives_a_result_and_Parse_agrees_with_TryParse()
    {
        var alphabet = "一二三十九百〇零1２ (（)）、，.．\t\u3000甲政".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars));
        Properties.Check(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = ChineseOrdinal.Parse(text);
            var tried = ChineseOrdinal.TryParse(text, out var value);
            var heading = ChineseOrdinal.ParseHeading(text);
            return result.Success == tried
                && (!tried || result.Value == value)
                && (result.Success || result.Diagnostics.Any(d => d.IsError))
                && (heading.Success || heading.Diagnostics.Any(d => d.IsError));
        }), maxTest: 2_000);
    }

    [Theory]
    [InlineData("一、进一步强化重点领域信息公开", 1, OrdinalStyle.Enumeration, "进一步强化重点领域信息公开", 0, 2)]
    [InlineData("(二)做好市场规则标准和监管执法信息公开。", 2, OrdinalStyle.HalfWidthParentheses, "做好市场规则标准和监管执法信息公开。", 0, 3)]
    [InlineData("\t（一）加强权力配置信息公开。", 1, OrdinalStyle.FullWidthParentheses, "加强权力配置信息公开。", 1, 3)]
    [InlineData("\t\u00a0一、围绕贯彻落实党的十九届四中全会精神加强用权公开", 1, OrdinalStyle.Enumeration, "围绕贯彻落实党的十九届四中全会精神加强用权公开", 2, 2)]
    [InlineData("一、紧扣“十四五”开好局起好步深化政务公开", 1, OrdinalStyle.Enumeration, "紧扣“十四五”开好局起好步深化政务公开", 0, 2)]
    [InlineData("  (四)强化制度建设,扎实做好政务公开基础保障工作。", 4, OrdinalStyle.HalfWidthParentheses, "强化制度建设,扎实做好政务公开基础保障工作。", 2, 3)]
    [InlineData("\t八、强化做好政务公开工作的各项保障措施", 8, OrdinalStyle.Enumeration, "强化做好政务公开工作的各项保障措施", 1, 2)]
    [InlineData("（一）", 1, OrdinalStyle.FullWidthParentheses, "", 0, 3)]
    [InlineData("十一、 其他事项 ", 11, OrdinalStyle.Enumeration, "其他事项", 0, 3)]
    public void Headings_split_into_ordinal_style_and_title(string text, int number, OrdinalStyle style, string title, int start, int length)
    {
        var result = ChineseOrdinal.ParseHeading(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(new OrdinalHeading(new ChineseOrdinal(number), style, title, new TextSpan(start, length)));
    }

    [Theory]
    [InlineData("十四五规划", "GT0111")]
    [InlineData("进一步强化指导监督", "GT0111")]
    [InlineData("（市）区政府", "GT0111")]
    [InlineData("1.主动公开“十四五”规划纲要", "GT0114")]
    [InlineData("(一做好各类规划主动公开", "GT0113")]
    [InlineData("一)做好各类规划主动公开", "GT0113")]
    [InlineData("一百、其他", "GT0112")]
    [InlineData("", "GT0001")]
    public void Headings_that_do_not_start_with_a_decorated_ordinal_fail_with_a_stable_code(string text, string code)
    {
        var result = ChineseOrdinal.ParseHeading(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
    }
}
