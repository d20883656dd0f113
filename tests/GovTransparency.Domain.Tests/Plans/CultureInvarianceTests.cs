using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

public class CultureInvarianceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    [InlineData("")]
    public void Parsing_and_formatting_give_the_same_results_under_any_culture(string cultureName)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(cultureName);

            new DocumentNumber("榕政办", 2021, 53).ToString().Should().Be("榕政办〔2021〕53号");
            DocumentNumber.Parse("国办发[2021]12号").Value.Should().Be(new DocumentNumber("国办发", 2021, 12));
            DocumentNumber.FindAll("(闽政办函〔2021〕34号)").Value.Single().Span.Should().Be(new TextSpan(1, 13));
            new TaskNumber(1234).Text.Should().Be("1234");
            TaskNumber.Parse("（12）").Value.Value.Should().Be(12);
            new ChineseOrdinal(21).Format(OrdinalStyle.FullWidthParentheses).Should().Be("（二十一）");
            ChineseOrdinal.Parse("十一、").Value.Value.Should().Be(11);
            DocumentNumber.Parse("国办发〔1921〕3号").Diagnostics.Single().MessageEn.Should().Contain("1921").And.Contain("1949");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
