using System.Linq;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

/// <summary>
/// Regression tests for a fuzz finding: UTF-8 JSON whose schemaVersion string held a byte that is not UTF-8 (a lone
/// 0xA0) made DeserializePlan throw InvalidOperationException from the version check. Bytes that are not UTF-8 are
/// now reported, wherever they are, as unreadable JSON (GT0501).
/// </summary>
public class PlanJsonInvalidUtf8Tests
{
    private static byte[] WithByte(string before, byte bad, string after) =>
        Encoding.UTF8.GetBytes(before).Append(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

    [Theory]
    [InlineData(0xA0)]
    [InlineData(0xFF)]
    [InlineData(0xC3)]
    public void A_schema_version_that_is_not_utf8_gives_an_unreadable_json_error(byte bad)
    {
        var plan = WithByte("{\"schemaVersion\":\"", bad, ".0\",\"title\":\"2019年宽城区政务公开工作实施方案\",\"year\":2019}");
        var report = WithByte("{\"schemaVersion\":\"1.", bad, "\",\"asOf\":\"2021-09-30\"}");

        var readPlan = PlanJson.DeserializePlan(plan);
        var readReport = PlanJson.DeserializeProgressReport(report);

        readPlan.Success.Should().BeFalse();
        readPlan.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
        readReport.Success.Should().BeFalse();
        readReport.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
    }

    [Fact]
    public void A_title_that_is_not_utf8_gives_an_unreadable_json_error_too()
    {
        var plan = WithByte("{\"schemaVersion\":\"1.0\",\"title\":\"宽城区", 0xA0, "\",\"year\":2019}");

        var read = PlanJson.DeserializePlan(plan);

        read.Success.Should().BeFalse();
        read.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
    }
}
