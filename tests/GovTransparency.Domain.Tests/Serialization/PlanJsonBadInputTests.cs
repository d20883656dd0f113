using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

public class PlanJsonBadInputTests
{
    private const string Minimal = "{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021}";

    private static string Task(string deadline) =>
        "{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":" + deadline + "}]}]}";

    [Fact]
    public void A_minimal_document_reads()
    {
        var result = PlanJson.DeserializePlan(Minimal);

        result.Success.Should().BeTrue();
        result.Value.Title.Should().Be("计划");
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"ye", "$")]
    [InlineData("", "$")]
    [InlineData("   ", "$")]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":\"2021\"}", "$.year")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"sections\":[{\"number\":\"一\",\"title\":\"x\"}]}", "$.sections[0].number")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"year\":2021}", "$")]
    public void Unreadable_documents_give_a_diagnostic_naming_the_path(string json, string path)
    {
        var result = PlanJson.DeserializePlan(json);

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
        diagnostic.Path.Should().Be(path);
        diagnostic.MessageZh.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_missing_required_member_is_named()
    {
        var result = PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"year\":2021}");

        result.Diagnostics.Single().MessageEn.Should().Contain("title");
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"publishedOn\":\"2021-02-30\"}", "$.publishedOn")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"publishedOn\":\"9 June 2021\"}", "$.publishedOn")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":20210}", "$.year")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"level\":\"galactic\"}", "$.level")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"documentNumber\":\"not a number\"}", "$.documentNumber")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,\"sections\":[{\"number\":100,\"title\":\"x\"}]}", "$.sections[0].number")]
    public void Values_of_the_right_type_but_invalid_are_reported_with_their_path(string json, string path)
    {
        var result = PlanJson.DeserializePlan(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonInvalidValue && d.Path == path);
    }

    [Theory]
    [InlineData("{\"kind\":\"someday\"}", DiagnosticCodes.JsonUnknownDeadlineKind, "$.sections[0].tasks[0].deadline.kind")]
    [InlineData("{\"kind\":\"date\",\"month\":2,\"day\":30}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.day")]
    [InlineData("{\"kind\":\"monthEnd\",\"month\":13}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.month")]
    [InlineData("{\"kind\":\"relative\",\"amount\":0,\"unit\":\"days\"}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.amount")]
    [InlineData("{\"kind\":\"milestones\",\"steps\":[]}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.steps")]
    [InlineData("{\"kind\":\"span\",\"start\":{\"kind\":\"continuous\"},\"end\":{\"kind\":\"yearEnd\"}}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.start.kind")]
    [InlineData("{\"kind\":\"yearEnd\",\"yearOffset\":5}", DiagnosticCodes.JsonInvalidValue, "$.sections[0].tasks[0].deadline.yearOffset")]
    public void Bad_deadlines_are_reported_with_their_path(string deadline, string code, string path)
    {
        var result = PlanJson.DeserializePlan(Task(deadline));

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == code && d.Path == path);
    }

    [Fact]
    public void A_number_where_a_string_belongs_names_the_path()
    {
        var result = PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"title\":42,\"year\":2021}");

        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.title");
    }

    [Fact]
    public void Ten_megabytes_of_nesting_is_refused_with_a_diagnostic_not_a_crash()
    {
        var depth = 5 * 1024 * 1024;
        var json = new StringBuilder(depth * 2).Append('[', depth).Append(']', depth).ToString();

        var result = PlanJson.DeserializePlan(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
    }

    [Fact]
    public void Deep_nesting_inside_a_valid_document_is_refused_with_its_path()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"kind\":\"span\",\"start\":", 100)) + "{\"kind\":\"yearEnd\"}" + new string('}', 100);

        var result = PlanJson.DeserializePlan(Task(nested));

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Path.Should().StartWith("$.sections[0].tasks[0].deadline");
    }

    [Fact]
    public void Unknown_properties_are_ignored_by_default_and_rejected_in_strict_mode()
    {
        var json = "{\"schemaVersion\":\"1.1\",\"title\":\"计划\",\"year\":2021,\"futureField\":{\"a\":1}}";

        PlanJson.DeserializePlan(json).Success.Should().BeTrue();
        var strict = PlanJson.DeserializePlan(json, JsonReadOptions.StrictMode);
        strict.Success.Should().BeFalse();
        strict.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnknownProperty);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.7")]
    [InlineData("0.9")]
    [InlineData("1")]
    public void Documents_of_this_or_an_older_major_version_read(string version)
    {
        PlanJson.DeserializePlan("{\"schemaVersion\":\"" + version + "\",\"title\":\"计划\",\"year\":2021}").Success.Should().BeTrue();
    }

    [Fact]
    public void A_newer_major_version_fails_with_a_clear_message_even_when_its_shape_changed()
    {
        var result = PlanJson.DeserializePlan("{\"schemaVersion\":\"2.0\",\"plan\":{\"name\":\"x\"}}");

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.JsonUnsupportedSchemaVersion);
        diagnostic.MessageEn.Should().Contain("2.0").And.Contain("upgrade");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("1.x")]
    [InlineData("")]
    public void A_malformed_schema_version_is_refused(string version)
    {
        PlanJson.DeserializePlan("{\"schemaVersion\":\"" + version + "\",\"title\":\"计划\",\"year\":2021}")
            .Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnsupportedSchemaVersion);
    }

    [Fact]
    public void A_progress_report_with_an_impossible_date_names_the_entry()
    {
        var result = PlanJson.DeserializeProgressReport(
            "{\"schemaVersion\":\"1.0\",\"asOf\":\"2021-09-30\",\"entries\":[{\"task\":\"1\",\"status\":\"completed\",\"completedOn\":\"2021-09-31\"}]}");

        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.entries[0].completedOn");
    }

    [Fact]
    public void A_progress_report_with_an_unknown_status_names_the_entry()
    {
        var result = PlanJson.DeserializeProgressReport(
            "{\"schemaVersion\":\"1.0\",\"asOf\":\"2021-09-30\",\"entries\":[{\"task\":\"1\",\"status\":\"done\"}]}");

        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.entries[0].status");
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20211001);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            PlanJson.DeserializePlan(bytes).Success.Should().BeFalse();
        }
    }

    [Fact]
    public void Every_truncation_of_a_valid_document_gives_a_result_not_an_exception()
    {
        var json = PlanJson.Serialize(new GovTransparency.Domain.Plans.WorkPlanBuilder("福州市2021年政务公开工作任务分工", 2021)
            .AddSection("一", s => s.AddTask("任务", t => t.Lead("市政府办公厅").Deadline(new GovTransparency.Domain.Deadlines.DeadlineRule.Continuous(), "持续推进")))
            .Build());

        for (var length = 0; length < json.Length; length++)
        {
            PlanJson.DeserializePlan(json.Substring(0, length)).Success.Should().BeFalse();
        }
    }
}
