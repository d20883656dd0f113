using System.IO;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Compliance;
using Xunit;

namespace GovTransparency.Domain.Tests.Compliance;

public class CsvWriterTests
{
    [Theory]
    [InlineData("区财政局", "区财政局")]
    [InlineData("区政府办公室,区发改委", "\"区政府办公室,区发改委\"")]
    [InlineData("已建立“叶集区规划蓝图”专题", "已建立“叶集区规划蓝图”专题")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("2020年\n10月\n底前", "\"2020年\n10月\n底前\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_only_when_RFC_4180_requires_and_quotes_are_doubled(string field, string expected)
    {
        var output = new StringWriter();

        CsvWriter.WriteRecord(output, new[] { field, "x" });

        output.ToString().Should().Be(expected + ",x\r\n");
    }

    [Fact]
    public void The_encoding_writes_the_UTF8_byte_order_mark_Excel_needs()
    {
        CsvWriter.Utf8WithBom.GetPreamble().Should().Equal(0xEF, 0xBB, 0xBF);
    }
}
