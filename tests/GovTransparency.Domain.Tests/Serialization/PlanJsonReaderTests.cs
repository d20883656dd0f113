using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Serialization;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

/// <summary>
/// What the hand-written reader and writer must get right beyond the round trip: escapes, JSON that is not quite
/// JSON, repeated members, wrong types at every level, and where a problem is reported.
/// </summary>
public class PlanJsonReaderTests
{
    private const string Head = "{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021";

    private static string WithTask(string task) => Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[" + task + "]}]}";

    private static string WithSubsectionTask(string task) =>
        Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"subsections\":[{\"number\":1,\"title\":\"（一）\",\"tasks\":[" + task + "]}]}]}";

    [Fact]
    public void Escaped_characters_in_strings_are_written_escaped_and_read_back_unchanged()
    {
        var title = "引号\"反斜杠\\换行\n制表\t控制\u0001表情😀";
        var plan = new WorkPlanBuilder(title, 2021)
            .AddSection("一", s => s.AddTask("要求：“公开”\r\n第二行", t => t.Lead("区政府办公室").Deadline(new DeadlineRule.Unrecognized("视\"情况\"而定"), "视\"情况\"而定")))
            .Build();

        var json = PlanJson.Serialize(plan, indented: false);

        json.Should().Contain("\"title\":\"引号\\u0022反斜杠\\\\换行\\n制表\\t控制\\u0001表情\\uD83D\\uDE00\"");
        PlanJson.DeserializePlan(json).Value.Should().Be(plan);
    }

    [Fact]
    public void Unicode_escapes_in_values_and_property_names_are_understood()
    {
        var json = "{\"\\u0073chemaVersion\":\"1.0\",\"t\\u0069tle\":\"\\u653F\\u52A1\\u516C\\u5F00\",\"ye\\u0061r\":2021,"
            + "\"sections\":[{\"number\":1,\"title\":\"\\u4E00\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\","
            + "\"deadline\":{\"\\u006Bind\":\"\\u006DonthEnd\",\"month\":6}}]}]}";

        var result = PlanJson.DeserializePlan(json, JsonReadOptions.StrictMode);

        result.Success.Should().BeTrue();
        result.Value.Title.Should().Be("政务公开");
        result.Value.Sections[0].Title.Should().Be("一");
        result.Value.Sections[0].Tasks[0].Deadline.Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6));
    }

    [Fact]
    public void An_escaped_schema_version_name_is_still_checked()
    {
        var result = PlanJson.DeserializePlan("{\"\\u0073chemaVersion\":\"2.0\",\"title\":\"计划\",\"year\":2021}");

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.JsonUnsupportedSchemaVersion);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":7,\"year\":2021}", "$.title")]
    [InlineData("{\"schemaVersion\":1.0,\"title\":\"计划\",\"year\":2021}", "$.schemaVersion")]
    [InlineData(Head + ",\"issuingAuthority\":1}", "$.issuingAuthority")]
    [InlineData(Head + ",\"publishedOn\":20211001}", "$.publishedOn")]
    [InlineData(Head + ",\"implements\":[{\"title\":1}]}", "$.implements[0].title")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":2}]}", "$.sections[0].title")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"subsections\":[{\"number\":1,\"title\":true}]}]}", "$.sections[0].subsections[0].title")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":1,\"requirement\":\"r\"}]}]}", "$.sections[0].tasks[0].number")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":[]}]}]}", "$.sections[0].tasks[0].requirement")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"assignments\":[{\"unit\":{},\"role\":\"lead\"}]}]}]}", "$.sections[0].tasks[0].assignments[0].unit")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"unrecognized\",\"text\":3}}]}]}", "$.sections[0].tasks[0].deadline.text")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"milestones\",\"steps\":[{\"due\":{\"kind\":\"yearEnd\"},\"action\":9}]}}]}]}", "$.sections[0].tasks[0].deadline.steps[0].action")]
    public void A_number_where_a_string_belongs_is_reported_at_every_level(string json, string path)
    {
        var result = PlanJson.DeserializePlan(json);

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
        diagnostic.Path.Should().Be(path);
        diagnostic.MessageEn.Should().Contain("expected a string");
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"asOf\":20210930}", "$.asOf")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"asOf\":\"2021-09-30\",\"entries\":[{\"task\":1,\"status\":\"completed\"}]}", "$.entries[0].task")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"asOf\":\"2021-09-30\",\"entries\":[{\"task\":\"1\",\"status\":\"completed\",\"metrics\":[{\"quantity\":1,\"measureWord\":2}]}]}", "$.entries[0].metrics[0].measureWord")]
    public void A_number_where_a_string_belongs_in_a_progress_report_is_reported_with_its_path(string json, string path)
    {
        var result = PlanJson.DeserializeProgressReport(json);

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnreadable && d.Path == path);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":\"2021\"}", "$.year", "expected a whole number")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021.5}", "$.year", "expected a whole number")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":null}", "$.year", "expected a whole number")]
    [InlineData(Head + ",\"level\":2}", "$.level", "expected one of the names unspecified, national")]
    [InlineData(Head + ",\"sections\":{}}", "$.sections", "expected a list")]
    [InlineData(Head + ",\"sections\":[\"一\"]}", "$.sections[0]", "expected an object")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":\"年底前\"}]}]}", "$.sections[0].tasks[0].deadline", "expected an object")]
    public void Other_values_of_the_wrong_type_say_what_was_expected(string json, string path, string expected)
    {
        var diagnostic = PlanJson.DeserializePlan(json).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
        diagnostic.Path.Should().Be(path);
        diagnostic.MessageEn.Should().Contain(expected);
    }

    [Fact]
    public void Every_missing_required_member_of_an_object_is_named_at_the_object()
    {
        var diagnostic = PlanJson.DeserializePlan(WithTask("{\"title\":\"无编号\"}")).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.JsonUnreadable);
        diagnostic.Path.Should().Be("$.sections[0].tasks[0]");
        diagnostic.MessageEn.Should().Contain("'number'").And.Contain("'requirement'");
        diagnostic.MessageZh.Should().Contain("缺少必需的属性");
    }

    [Fact]
    public void A_member_written_twice_keeps_its_last_value()
    {
        var result = PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"title\":\"草稿\",\"year\":2020,\"title\":\"定稿\",\"year\":2021}");

        result.Success.Should().BeTrue();
        result.Value.Title.Should().Be("定稿");
        result.Value.Year.Should().Be(2021);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",/* 注释 */\"title\":\"计划\",\"year\":2021}", "$")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021 // 注释\n}", "$")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021,}", "$")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\"},]}", "$.sections[1]")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021}{}", "$")]
    [InlineData("{'schemaVersion':'1.0','title':'计划','year':2021}", "$")]
    public void Comments_trailing_commas_and_other_near_json_are_refused(string json, string path)
    {
        var result = PlanJson.DeserializePlan(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnreadable && d.Path == path);
    }

    [Fact]
    public void A_byte_order_mark_before_the_bytes_is_refused_as_before_but_text_read_from_a_file_reads()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":2021}")).ToArray();

        PlanJson.DeserializePlan(bytes).Diagnostics.Should().ContainSingle().Which.Should()
            .Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnreadable && d.Path == "$" && d.Line == 1);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        PlanJson.DeserializePlan(reader.ReadToEnd()).Success.Should().BeTrue();
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_reported_not_thrown()
    {
        var result = PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"title\":\"\\uD800\",\"year\":2021}");

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnreadable && d.Path == "$.title");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_the_schema_version_are_reported_not_thrown()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.#\",\"title\":\"计划\",\"year\":2021}");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xA0;

        PlanJson.DeserializePlan(bytes).Diagnostics.Should().ContainSingle().Which.Should()
            .Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnreadable && d.Path == "$.schemaVersion");
    }

    [Fact]
    public void The_line_of_a_problem_counts_from_one()
    {
        var result = PlanJson.DeserializePlan("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"计划\",\n  \"year\": \"二〇二一\"\n}");

        result.Diagnostics.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Theory]
    [InlineData(Head + ",\"zz\":1}", "$.zz")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"zz\":[]}]}", "$.sections[0].zz")]
    [InlineData(Head + ",\"sections\":[{\"number\":1,\"title\":\"一\",\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"yearEnd\",\"zz\":null}}]}]}", "$.sections[0].tasks[0].deadline.zz")]
    [InlineData(Head + ",\"a b\":1}", "$['a b']")]
    [InlineData(Head + ",\"it's\":1}", "$['it\\'s']")]
    public void Strict_mode_names_the_unknown_property_in_its_path(string json, string path)
    {
        PlanJson.DeserializePlan(json).Success.Should().BeTrue();
        PlanJson.DeserializePlan(json, JsonReadOptions.StrictMode).Diagnostics.Should().ContainSingle().Which.Should()
            .Match<Diagnostic>(d => d.Code == DiagnosticCodes.JsonUnknownProperty && d.Path == path);
    }

    [Fact]
    public void Problems_in_subsections_are_reported_before_problems_in_a_sections_own_tasks()
    {
        var json = Head + ",\"sections\":[{\"number\":1,\"title\":\"一\","
            + "\"tasks\":[{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"monthEnd\",\"month\":13}}],"
            + "\"subsections\":[{\"number\":1,\"title\":\"（一）\",\"tasks\":[{\"number\":\"2\",\"requirement\":\"r\",\"deadline\":{\"kind\":\"someday\"}}]}]}]}";

        PlanJson.DeserializePlan(json).Diagnostics.Select(d => d.Path).Should().Equal(
            "$.sections[0].subsections[0].tasks[0].deadline.kind",
            "$.sections[0].tasks[0].deadline.month");
    }

    [Fact]
    public void A_bad_task_number_is_reported_before_the_problems_inside_the_task()
    {
        var json = WithSubsectionTask("{\"requirement\":\"r\",\"deadline\":{\"kind\":\"date\",\"month\":2,\"day\":30},\"number\":\"甲\"}");

        PlanJson.DeserializePlan(json).Diagnostics.Select(d => d.Path).Should().Equal(
            "$.sections[0].subsections[0].tasks[0].number",
            "$.sections[0].subsections[0].tasks[0].deadline.day");
    }

    [Fact]
    public void A_deadline_kind_written_after_its_members_is_still_understood()
    {
        var json = WithTask("{\"number\":\"1\",\"requirement\":\"r\",\"deadline\":{\"start\":{\"month\":6,\"kind\":\"monthEnd\"},\"end\":{\"kind\":\"yearEnd\"},\"kind\":\"span\"}}");

        PlanJson.DeserializePlan(json).Value.Sections[0].Tasks[0].Deadline.Should().Be(
            new DeadlineRule.Spanning(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6), new DeadlineRule.ByYearEnd(RuleYear.PlanYear)));
    }

    [Fact]
    public void Bad_data_read_through_the_public_options_throws_json_exception_only()
    {
        var read = () => JsonSerializer.Deserialize<WorkPlan>("{\"schemaVersion\":\"1.0\",\"title\":\"计划\",\"year\":1800}", PlanJson.Options);
        var readWrongType = () => JsonSerializer.Deserialize<DeadlineRule>("{\"kind\":\"monthEnd\",\"month\":\"六\"}", PlanJson.Options);

        read.Should().Throw<JsonException>().WithMessage("*1949*");
        readWrongType.Should().Throw<JsonException>().WithMessage("*expected a whole number*");
    }

    [Fact]
    public void A_plan_embedded_in_another_document_reads_through_the_public_options()
    {
        var plan = new WorkPlanBuilder("计划", 2021).AddSection("一", s => s.AddTask("任务", t => t.Lead("区政府办公室"))).Build();
        var json = "{\"note\":\"x\",\"plan\":" + PlanJson.Serialize(plan, indented: false) + ",\"after\":[1,2]}";

        using var document = JsonDocument.Parse(json);
        var embedded = document.RootElement.GetProperty("plan").Deserialize<WorkPlan>(PlanJson.Options);

        embedded.Should().Be(plan);
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_same_bytes_as_writing_text()
    {
        var plan = new WorkPlanBuilder("计划", 2021).AddSection("一", s => s.AddTask("任务", t => t.Lead("区政府办公室"))).Build();
        using var stream = new MemoryStream();

        PlanJson.Serialize(stream, plan);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PlanJson.Serialize(plan));
        PlanJson.SerializeToUtf8Bytes(plan).Should().Equal(Encoding.UTF8.GetBytes(PlanJson.Serialize(plan, indented: false)));
    }
}
