using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Import.Tests;

public class CultureInvarianceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public void Every_seed_imports_the_same_under_any_culture(string culture)
    {
        var expected = Seeds.All.Select(Describe).ToList();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Seeds.All.Select(Describe).Should().Equal(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static string Describe(string seed)
    {
        var result = PlanDocumentImporter.Import(Seeds.Read(seed));
        return PlanJson.Serialize(result.Plan)
            + (result.ProgressReport is null ? string.Empty : PlanJson.Serialize(result.ProgressReport))
            + string.Join("\n", result.Diagnostics.Select(d => d + " " + d.MessageZh + " " + d.Line + " " + d.Subject));
    }
}
