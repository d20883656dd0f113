using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace GovTransparency.Cli.Tests;

/// <summary>`govplan deadline …` run in-process: the due date and explanation on stdout, JSON objects, JSON lines in batch.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govplan-deadline-tests-" + Guid.NewGuid().ToString("N"));

    public DeadlineCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Prints_the_due_date_the_kind_and_the_explanation()
    {
        var run = Run("deadline", "印发后一个月内", "--issued", "2021-06-09");

        run.Should().Be(new Result(
            0,
            "2021-07-09\n"
            + "kind: relative\n"
            + "Time limit: 印发后1个月内 (within 1 month after the plan is issued).\n"
            + "Counted from the plan's issue (印发) on 2021-06-09 (the plan's issue date); that day is not counted (Civil Code art. 201).\n"
            + "1 month after 2021-06-09: the period ends on the corresponding day of the last month, 2021-07-09 (art. 202).\n"
            + "2021-07-09 is a working day, so it stays (art. 203 moves only a last day that is a rest day).\n"
            + "Due 2021-07-09.\n",
            string.Empty));
    }

    [Theory]
    [InlineData("10月底前", "2021", "2021-10-31")]
    [InlineData("年底前", "2021", "2021-12-31")]
    [InlineData("2020年9月底前", "2021", "2020-09-30")]
    [InlineData("三季度末前", "2021", "2021-09-30")]
    [InlineData("次年1月31日前", "2021", "2022-01-31")]
    [InlineData("7月底前提出方案，10月底前完成", "2021", "2021-10-31")]
    [InlineData("", "2021", "2021-12-31")]
    [InlineData("持续推进", "2021", "none")]
    [InlineData("每月", "2021", "none")]
    [InlineData("视情况而定", "2021", "none")]
    public void The_first_line_is_the_due_date_or_none(string phrase, string planYear, string due)
    {
        var run = Run("deadline", phrase, "--plan-year", planYear);

        run.ExitCode.Should().Be(0);
        run.Stdout.Split('\n')[0].Should().Be(due);
    }

    [Fact]
    public void A_relative_phrase_counts_from_the_event_date_given()
    {
        // Fri 2024-09-27: Sun 29 (调休) and Mon 30 are working days, then 国庆节 10-01..07, then Tue 10-08.
        Run("deadline", "自收到留言咨询之日起3个工作日内", "--event", "2024-09-27").Stdout.Should().StartWith("2024-10-08\nkind: relative\n");
        Run("deadline", "批复后30日内", "--event", "2021-09-01").Stdout.Should().StartWith("2021-10-08\n");
    }

    [Fact]
    public void Json_has_the_input_kind_due_canonical_description_milestones_and_diagnostics()
    {
        var run = Run("deadline", "7月底前提出方案，10月底前完成", "--plan-year", "2021", "--json");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().EndWith("\n");
        run.Stdout.Trim().Should().NotContain("\n", "one JSON object on one line");
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        root.GetProperty("input").GetString().Should().Be("7月底前提出方案，10月底前完成");
        root.GetProperty("kind").GetString().Should().Be("milestones");
        root.GetProperty("due").GetString().Should().Be("2021-10-31");
        root.GetProperty("canonical").GetString().Should().Be("7月底前提出方案，10月底前完成");
        root.GetProperty("description").GetString().Should().Be(
            "2 steps: by 31 July of the plan year, 提出方案; by 31 October of the plan year, 完成; the last step's date is the task's due date");
        root.GetProperty("milestones").EnumerateArray().Select(m => (m.GetProperty("due").GetString(), m.GetProperty("canonical").GetString(), m.GetProperty("action").GetString()))
            .Should().Equal(("2021-07-31", "7月底前", "提出方案"), ("2021-10-31", "10月底前", "完成"));
        root.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        root.GetProperty("planYear").GetInt32().Should().Be(2021);
    }

    [Fact]
    public void Json_keeps_Chinese_text_readable()
    {
        Run("deadline", "年底前", "--plan-year", "2021", "--json").Stdout.Should().StartWith("{\"input\":\"年底前\",");
    }

    [Theory]
    [InlineData("年底前", "fixed")]
    [InlineData("上半年", "fixed")]
    [InlineData("6月上旬前", "fixed")]
    [InlineData("6月至7月", "fixed")]
    [InlineData("持续推进", "continuous")]
    [InlineData("按月或按季度", "recurring")]
    [InlineData("本通知印发后20个工作日内", "relative")]
    [InlineData("5月29日、12月10日前", "milestones")]
    [InlineData("", "unspecified")]
    [InlineData("视情况而定", "unrecognized")]
    public void Json_kind_is_one_of_the_seven_names(string phrase, string kind)
    {
        Json("deadline", phrase, "--plan-year", "2021", "--json").GetProperty("kind").GetString().Should().Be(kind);
    }

    [Fact]
    public void Json_of_an_empty_phrase_says_the_due_date_is_the_default()
    {
        var root = Json("deadline", string.Empty, "--plan-year", "2021", "--json");

        root.GetProperty("due").GetString().Should().Be("2021-12-31");
        root.GetProperty("isDefault").GetBoolean().Should().BeTrue();
        root.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("severity").GetString()))
            .Should().Equal(("GT0401", "info"), ("GT0420", "info"));
    }

    [Fact]
    public void Json_of_a_relative_phrase_without_its_event_has_a_null_due_date_and_says_why()
    {
        var root = Json("deadline", "印发后一个月内", "--plan-year", "2021", "--json");

        root.GetProperty("kind").GetString().Should().Be("relative");
        root.GetProperty("resolution").GetString().Should().Be("needs-event-date");
        root.GetProperty("due").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("countsFrom").GetString().Should().Be("plan-issued");
        root.GetProperty("diagnostics")[0].GetProperty("code").GetString().Should().Be("GT0421");
    }

    [Fact]
    public void Json_of_a_recurring_phrase_lists_the_occurrences_of_the_plan_year()
    {
        var root = Json("deadline", "每月25日前", "--plan-year", "2021", "--json");

        root.GetProperty("due").ValueKind.Should().Be(JsonValueKind.Null);
        var occurrences = root.GetProperty("occurrences").EnumerateArray().ToList();
        occurrences.Should().HaveCount(12);
        (occurrences[1].GetProperty("periodStart").GetString(), occurrences[1].GetProperty("periodEnd").GetString(), occurrences[1].GetProperty("due").GetString())
            .Should().Be(("2021-02-01", "2021-02-28", "2021-02-25"));
    }

    [Fact]
    public void The_plan_year_defaults_to_the_year_of_the_issue_date()
    {
        var root = Json("deadline", "2020年9月底前", "--issued", "2020-09-27", "--json");
        root.GetProperty("planYear").GetInt32().Should().Be(2020);

        Run("deadline", "10月底前", "--issued", "2020-09-27").Stdout.Should().StartWith("2020-10-31\n");
    }

    [Fact]
    public void A_phrase_that_writes_its_year_needs_no_plan_year()
    {
        var root = Json("deadline", "2020年\n10月\n底前", "--json");

        root.GetProperty("planYear").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("due").GetString().Should().Be("2020-10-31");
        root.GetProperty("canonical").GetString().Should().Be("2020年10月底前");
    }

    [Theory]
    [InlineData("10月底前")]
    [InlineData("年底前")]
    [InlineData("每月")]
    [InlineData("")]
    [InlineData("2月29日前")]
    public void A_phrase_that_needs_the_plan_year_without_one_is_a_usage_error(string phrase)
    {
        var run = Run("deadline", phrase);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: the time limit \"" + phrase + "\" needs a plan year: pass --plan-year YEAR");
    }

    [Fact]
    public void Diagnostics_go_to_stderr_in_the_chosen_language()
    {
        var run = Run("deadline", "批复后30日内", "--event", "2021-09-01", "--lang", "zh");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("2021-10-08\nkind: relative\n时限要求：批复后30日内。\n");
        run.Stderr.Should().Be(
            "govplan: GT0429 info: 期间的最后一日 2021-10-01 是法定节假日（国庆节），以其后第一个工作日 2021-10-08 为期间的最后一日（《民法典》第二百零三条）。\n");
    }

    [Fact]
    public void A_count_past_the_known_years_prints_no_due_date_and_exits_with_3()
    {
        var run = Run("deadline", "批复后20个工作日内", "--event", "2026-12-15");

        run.ExitCode.Should().Be(3);
        run.Stdout.Should().StartWith("none\nkind: relative\n");
        run.Stderr.Should().StartWith("govplan: GT0422 warning: No due date. The working-day calendar has no official holiday schedule for 2027");
    }

    [Fact]
    public void Assume_weekends_gives_a_date_flagged_as_assumed()
    {
        var run = Run("deadline", "批复后20个工作日内", "--event", "2026-12-15", "--assume-weekends", "--json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("due").GetString().Should().Be("2027-01-12");
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString().Should().Be("GT0423");
    }

    [Fact]
    public void Batch_writes_one_json_line_per_input_in_order_with_error_objects_for_unreadable_lines()
    {
        var file = Write(
            "phrases.jsonl",
            "{\"phrase\": \"2020年\\n10月\\n底前\", \"planYear\": 2020, \"issued\": \"2020-09-27\"}\n"
            + "\n"
            + "not json\n"
            + "{\"phrase\": \"印发后一个月内\", \"planYear\": 2021, \"issued\": \"2021-06-09\"}\r\n"
            + "{\"planYear\": 2021}\n"
            + "{\"phrase\": \"年底前\", \"planYear\": \"2021\"}\n"
            + "{\"phrase\": \"年底前\", \"issued\": \"2021-02-30\"}\n"
            + "{\"phrase\": \"年底前\"}\n"
            + "{\"phrase\": \"本通知印发后20个工作日内\", \"issued\": \"2020-09-27\"}\n");

        var run = Run("deadline", "--batch", file);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8, "one line per non-blank input line");
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        objects[0].GetProperty("input").GetString().Should().Be("2020年\n10月\n底前");
        objects[0].GetProperty("due").GetString().Should().Be("2020-10-31");
        objects[0].GetProperty("kind").GetString().Should().Be("fixed");

        objects[1].GetProperty("line").GetInt32().Should().Be(3);
        objects[1].GetProperty("input").GetString().Should().Be("not json");
        objects[1].GetProperty("error").GetString().Should().StartWith("not a JSON object");

        objects[2].GetProperty("due").GetString().Should().Be("2021-07-09");

        objects[3].GetProperty("line").GetInt32().Should().Be(5);
        objects[3].GetProperty("error").GetString().Should().StartWith("no \"phrase\"");
        objects[4].GetProperty("line").GetInt32().Should().Be(6);
        objects[5].GetProperty("error").GetString().Should().Be("\"issued\": '2021-02-30' is not a date: write it as YYYY-MM-DD, for example 2021-06-09.");
        objects[6].GetProperty("error").GetString().Should().StartWith("the time limit \"年底前\" needs a plan year: give \"planYear\"");

        objects[7].GetProperty("planYear").GetInt32().Should().Be(2020);
        objects[7].GetProperty("due").GetString().Should().Be("2020-10-30");
    }

    [Fact]
    public void Batch_takes_the_command_line_values_as_defaults_for_lines_without_them()
    {
        var file = Write("defaults.jsonl", "{\"phrase\": \"年底前\"}\n{\"phrase\": \"年底前\", \"planYear\": 2020}\n");

        var lines = Run("deadline", "--batch", file, "--plan-year", "2021").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("due").GetString()).Should().Equal("2021-12-31", "2020-12-31");
    }

    [Fact]
    public void A_missing_batch_file_exits_with_1()
    {
        var run = Run("deadline", "--batch", Path.Combine(_directory, "none.jsonl"));

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().StartWith("govplan: cannot read ");
    }

    [Theory]
    [InlineData("deadline")]
    [InlineData("deadline", "年底前", "--plan-year", "twenty")]
    [InlineData("deadline", "年底前", "--plan-year", "1800")]
    [InlineData("deadline", "印发后一个月内", "--issued", "2021-6-9")]
    [InlineData("deadline", "印发后一个月内", "--event", "2021-02-30")]
    [InlineData("deadline", "年底前", "--plan-year", "2021", "--lang", "fr")]
    [InlineData("deadline", "年底前", "--batch", "x.jsonl")]
    [InlineData("deadline", "印发后一个月内", "--issued", "1900-01-01")]
    public void Bad_arguments_exit_with_2_and_a_message_without_a_stack_trace(params string[] args)
    {
        var run = Run(args);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: ").And.NotContain("   at ").And.Contain("--help");
    }

    [Fact]
    public void Help_lists_the_deadline_command_and_its_options()
    {
        Run("--help").Stdout.Should().Contain("deadline");
        Run("deadline", "--help").Stdout.Should().Contain("--plan-year").And.Contain("--issued").And.Contain("--event").And.Contain("--batch").And.Contain("--json");
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            var expected = (Run("deadline", "每季度", "--plan-year", "2021", "--json"), Run("deadline", "批复后30日内", "--event", "2021-09-01"));
            foreach (var name in new[] { "th-TH", "ar-SA", "fa-IR", "zh-CN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                (Run("deadline", "每季度", "--plan-year", "2021", "--json"), Run("deadline", "批复后30日内", "--event", "2021-09-01")).Should().Be(expected, name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static JsonElement Json(params string[] args)
    {
        var run = Run(args);
        run.ExitCode.Should().Be(0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }

    private static Result Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = GovPlan.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr);
}
