using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class TaskNumberParsingTests
{
    [Theory]
    [InlineData("1", 1, "1")]
    [InlineData("12", 12, "12")]
    [InlineData("52", 52, "52")]
    [InlineData("１２", 12, "１２")]
    [InlineData("1.", 1, "1.")]
    [InlineData("1、", 1, "1、")]
    [InlineData("1．", 1, "1．")]
    [InlineData("(1)", 1, "(1)")]
    [InlineData("（1）", 1, "（1）")]
    [InlineData("（１２）", 12, "（１２）")]
    [InlineData("\t7 ", 7, "7")]
    [InlineData(" ( 3 ) ", 3, "( 3 )")]
    [InlineData("(一)", 1, "(一)")]
    [InlineData("（二）", 2, "（二）")]
    [InlineData("十二、", 12, "十二、")]
    [InlineData("99999", 99_999, "99999")]
    public void Written_forms_give_the_value_and_keep_the_trimmed_text(string text, int value, string written)
    {
        var result = TaskNumber.Parse(text);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Value.Should().Be(value);
        result.Value.Text.Should().Be(written);
        TaskNumber.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(result.Value);
    }

    [Theory]
    [InlineData("1，", "GT0124", 1, 1)]
    [InlineData("1,", "GT0124", 1, 1)]
    [InlineData("(1)、", "GT0124", 3, 1)]
    [InlineData("(1）", "GT0125", 0, 3)]
    [InlineData("（1)", "GT0125", 0, 3)]
    public void Unusual_decorations_are_read_with_a_warning_and_kept_as_written(string text, string code, int start, int length)
    {
        var result = TaskNumber.Parse(text);

        result.Value.Value.Should().Be(1);
        result.Value.Text.Should().Be(text);
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(code);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Span.Should().Be(new TextSpan(start, length));
    }

    [Theory]
    [InlineData("", "GT0001")]
    [InlineData("  \t ", "GT0001")]
    [InlineData("0", "GT0123")]
    [InlineData("（0）", "GT0123")]
    [InlineData("〇", "GT0123")]
    [InlineData("123456", "GT0123")]
    [InlineData("99999999999", "GT0123")]
    [InlineData("(1", "GT0122")]
    [InlineData("（1", "GT0122")]
    [InlineData("1)", "GT0122")]
    [InlineData("1）", "GT0122")]
    [InlineData("a", "GT0121")]
    [InlineData("1a", "GT0121")]
    [InlineData("1.5", "GT0121")]
    [InlineData("一1", "GT0121")]
    [InlineData("2020年", "GT0121")]
    [InlineData("第1", "GT0121")]
    [InlineData("()", "GT0121")]
    [InlineData("1 2", "GT0121")]
    [InlineData("区政府办公室牵头", "GT0121")]
    public void Text_that_is_not_a_task_number_fails_with_a_stable_code(string text, string code)
    {
        var result = TaskNumber.Parse(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
        TaskNumber.TryParse(text, out var value).Should().BeFalse();
        value.Should().Be(default(TaskNumber));
    }

    [Fact]
    public void Failures_carry_bilingual_messages_and_the_span_of_the_text()
    {
        var diagnostic = TaskNumber.Parse(" 2020年 ").Diagnostics.Single();

        diagnostic.Code.Should().Be(DiagnosticCodes.TaskNumberUnreadable);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.MessageZh.Should().Contain("2020年").And.Contain("任务编号");
        diagnostic.MessageEn.Should().Contain("2020年").And.Contain("task number");
        diagnostic.Span.Should().Be(new TextSpan(1, 5));
        diagnostic.Subject.Should().Be("2020年");
    }

    [Fact]
    public void Null_is_a_programmer_error_naming_the_parameter()
    {
        ((Action)(() => TaskNumber.Parse(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => TaskNumber.TryParse(null!, out _))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => TaskNumber.ParseHeading(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData('1')]
    [InlineData('x')]
    [InlineData('（')]
    [InlineData('\u3000')]
    public void Ten_thousand_characters_fail_with_a_diagnostic_without_throwing(char filler)
    {
        var text = new string(filler, 10_000);

        var whole = TaskNumber.Parse(text);
        var heading = TaskNumber.ParseHeading(text);
        var huge = TaskNumber.Parse(new string(filler, 1_000_000));

        whole.Success.Should().BeFalse();
        heading.Success.Should().BeFalse();
        huge.Success.Should().BeFalse();
    }

    [Fact]
    public void Any_text_gives_a_result_and_Parse_agrees_with_TryParse()
    {
        var alphabet = "0123１９一十百〇 (（)）、，,.．\t年a号".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars));
        Properties.Check(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = TaskNumber.Parse(text);
            var tried = TaskNumber.TryParse(text, out var value);
            var heading = TaskNumber.ParseHeading(text);
            return result.Success == tried
                && (!tried || (result.Value == value && value.Text == text.Trim()))
                && (result.Success || result.Diagnostics.Any(d => d.IsError))
                && (heading.Success || heading.Diagnostics.Any(d => d.IsError));
        }), maxTest: 2_000);
    }

    [Theory]
    [InlineData("1.主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。", 1, "1.", "主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。", 0, 2)]
    [InlineData("21.密切关注、及时回应重点舆情", 21, "21.", "密切关注、及时回应重点舆情", 0, 3)]
    [InlineData("14.做好市、县(市)区政府门户网站政策文件解读发布工作。", 14, "14.", "做好市、县(市)区政府门户网站政策文件解读发布工作。", 0, 3)]
    [InlineData("  3、 加强政策解读工作,落实政务公开新闻发布工作机制。", 3, "3、", "加强政策解读工作,落实政务公开新闻发布工作机制。", 2, 2)]
    [InlineData("  10、强化政务服务热线的日常值守和督办考核", 10, "10、", "强化政务服务热线的日常值守和督办考核", 2, 3)]
    [InlineData("\t1", 1, "1", "", 1, 1)]
    [InlineData("（一）主动公开各类规划", 1, "（一）", "主动公开各类规划", 0, 3)]
    public void Task_lines_split_into_the_number_as_written_and_the_text(string line, int value, string written, string title, int start, int length)
    {
        var result = TaskNumber.ParseHeading(line);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(new TaskHeading(new TaskNumber(value, written), title, new TextSpan(start, length)));
        result.Value.ToString().Should().Be(written + title);
    }

    [Theory]
    [InlineData("2020年底前", "GT0121")]
    [InlineData("1.5亿元", "GT0121")]
    [InlineData("12345热线", "GT0121")]
    [InlineData("7月底前提出方案", "GT0121")]
    [InlineData("区政府办公室牵头,区政府各部门,各乡镇街负责落实", "GT0121")]
    [InlineData("(1做好", "GT0122")]
    [InlineData("0.总体要求", "GT0123")]
    public void Lines_that_do_not_start_with_a_decorated_number_fail_with_a_stable_code(string line, string code)
    {
        var result = TaskNumber.ParseHeading(line);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
    }
}
