using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using GovTransparency.Domain.Serialization;
using GovTransparency.Import;
using NodaTime;
using Xunit;

namespace GovTransparency.Cli.Tests;

/// <summary>
/// `govplan report …` run in-process. Figures are seed 000's (叶集区 2021) with its September report, counted by hand:
/// 已完成 31 (10月底前) and 48 (6月底前); 暂未开展 14, 38, 43, 49; 10月底前 and not completed 30, 32, 35, 38; 区政府办公室
/// leads 17 tasks (completed 31 and 48; not started 14, 38, 49; 12 in progress; 持续推进 40).
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govplan-report-tests-" + Guid.NewGuid().ToString("N"));

    public ReportCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void With_no_plan_the_embedded_sample_is_reported_as_of_its_report_date_and_the_first_line_says_so()
    {
        var run = Run("report");

        run.ExitCode.Should().Be(0, run.Stderr);
        var lines = run.Stdout.Split('\n');
        lines[0].Should().Be("Sample: seed 000 (六安市叶集区2021年政务公开重点工作任务分工) with its September 2021 progress report, as of 2021-09-30. Pass a PLAN to report on your own.");
        lines.Should().Contain("# Compliance summary");
        lines.Should().Contain("- **As of**: 2021-09-30");
        lines.Should().Contain("| 区政府办公室 | 17 | 2 | 1 | 0 | 1 | 12 | 3 | 0 | 0 | 0 | 1 |");
        run.Stderr.Should().BeEmpty("the sample's own import notes are not the user's business");
    }

    [Fact]
    public void The_sample_is_seed_000_embedded_in_the_tool()
    {
        ReportCommand.ReadSample().Should().Be(File.ReadAllText(Path.Combine(SeedDirectory, "000_7a8037ce1b73a2ce.txt")));
    }

    [Fact]
    public void The_sample_in_Chinese_says_so_in_Chinese()
    {
        var run = Run("report", "--lang", "zh", "--as-of", "2021-10-01");

        var lines = run.Stdout.Split('\n');
        lines[0].Should().Be("示例：种子文件 000（六安市叶集区2021年政务公开重点工作任务分工）及其 2021年9月 进展情况，截至 2021-10-01。指定 PLAN 可报告您自己的计划。");
        lines.Should().Contain("## 即将到期（30 天内）");
        lines.Where(l => l.EndsWith(" | 2021-10-31 | 30 | 区政府办公室 | 区政府有关部门、各乡镇街 |", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().StartWith("| 38 | ");
        lines.Where(l => l.Contains(" | 2021-10-31 | 30 | ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1])
            .Should().Equal("30", "32", "35", "38");
    }

    [Fact]
    public void Json_keeps_stdout_valid_and_puts_the_sample_note_on_stderr()
    {
        var run = Run("report", "--format", "json", "--as-of", "2021-11-15");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().StartWith("Sample: seed 000 ");
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2021-11-15");
        root.GetProperty("overdue").EnumerateArray().Select(o => (o.GetProperty("task").GetString(), o.GetProperty("due").GetString(), o.GetProperty("daysOverdue").GetInt32()))
            .Should().Equal(("30", "2021-10-31", 15), ("32", "2021-10-31", 15), ("35", "2021-10-31", 15), ("38", "2021-10-31", 15));
        var totals = root.GetProperty("totals");
        new[] { "tasks", "completed", "completedLate", "completedUndetermined", "inProgress", "notStarted", "overdue", "dueSoon", "ongoing", "unknown" }
            .Select(name => totals.GetProperty(name).GetInt32())
            .Should().Equal(52, 2, 0, 1, 46, 4, 4, 0, 10, 0);
        root.GetProperty("byLeadUnit")[0].GetProperty("unit").GetString().Should().Be("区政府办公室");
        root.GetProperty("bySection").GetArrayLength().Should().Be(6);
    }

    [Fact]
    public void Csv_starts_with_the_byte_order_mark_then_the_sample_note_then_the_台账()
    {
        var run = Run("report", "--format", "csv", "--lang", "zh");

        run.Stdout.Should().StartWith("\uFEFF示例：种子文件 000（");
        var records = run.Stdout.Split("\r\n");
        records[1].Should().StartWith("序号,部分,子项,任务名称,具体要求,牵头单位,");
        records.Should().HaveCount(1 + 1 + 52 + 1);
        records[2].Should().StartWith("1,一、进一步强化重点领域信息公开,（一）做好各类规划主动公开。,,");
    }

    [Fact]
    public void A_plan_document_with_a_progress_column_is_judged_against_its_own_report()
    {
        var seed = Seed("000_7a8037ce1b73a2ce.txt");

        var run = Run("report", seed, "--as-of", "2021-11-15", "--format", "json");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().Contain(seed + ":48: GT0605", "the import's notes about the user's file are shown");
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("latestReportOn").GetString().Should().Be("2021-09-30");
        root.GetProperty("totals").GetProperty("overdue").GetInt32().Should().Be(4);
    }

    [Fact]
    public void A_plan_given_as_json_takes_its_report_from_progress_json()
    {
        var imported = PlanDocumentImporter.Import(File.ReadAllText(Seed("000_7a8037ce1b73a2ce.txt")));
        var plan = Write("plan.json", PlanJson.Serialize(imported.Plan));
        var progress = Write("progress.json", PlanJson.Serialize(imported.ProgressReport!));

        var withReport = Run("report", plan, "--progress", progress, "--as-of", "2021-10-01");
        var withDocument = Run("report", plan, "--progress", Seed("000_7a8037ce1b73a2ce.txt"), "--as-of", "2021-10-01");

        withReport.ExitCode.Should().Be(0, withReport.Stderr);
        withReport.Stdout.Should().StartWith("# Compliance summary\n");
        withReport.Stdout.Should().Contain("| Due soon | 4 |").And.Contain("| Completed | 2 |");
        withDocument.Stdout.Should().Be(withReport.Stdout);
    }

    [Fact]
    public void Without_a_report_every_task_is_unknown_and_stderr_says_how_to_give_one()
    {
        var plan = Seed("002_e0db4bb602b6eeec.txt");

        var run = Run("report", plan, "--as-of", "2020-10-01", "--format", "json");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().Contain("has no progress report, so every task's status is unknown; give one with --progress REPORT.");
        var totals = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("totals");
        totals.GetProperty("unknown").GetInt32().Should().Be(48);
        totals.GetProperty("unreported").GetInt32().Should().Be(48);
    }

    [Fact]
    public void With_a_plan_and_no_date_today_in_China_Standard_Time_is_used()
    {
        // 16:30 UTC on 14 November is 00:30 on 15 November in Shanghai.
        var clock = new FixedClock(Instant.FromUtc(2021, 11, 14, 16, 30));
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var command = ReportCommand.Create(stdout, stderr, clock);

        var code = command.Parse(new[] { Seed("000_7a8037ce1b73a2ce.txt"), "--format", "json" }).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });

        code.Should().Be(0);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2021-11-15");
        root.GetProperty("overdue").EnumerateArray().Should().OnlyContain(o => o.GetProperty("daysOverdue").GetInt32() == 15);
    }

    [Theory]
    [InlineData("--as-of", "2021-13-01")]
    [InlineData("--format", "xlsx")]
    [InlineData("--lang", "fr")]
    public void A_bad_option_is_a_usage_error(string option, string value)
    {
        var run = Run("report", option, value);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_plan_or_report_is_a_bad_input_file()
    {
        Run("report", Path.Combine(_directory, "missing.txt")).ExitCode.Should().Be(1);
        Run("report", "--progress", Path.Combine(_directory, "missing.json")).ExitCode.Should().Be(1);
    }

    [Fact]
    public void A_progress_document_without_a_progress_column_is_a_bad_input_file()
    {
        var run = Run("report", "--progress", Seed("002_e0db4bb602b6eeec.txt"));

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("has no progress column (进展情况)");
    }

    private static string Seed(string name) => Path.Combine(SeedDirectory, name);

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

    private sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now) => _now = now;

        public Instant GetCurrentInstant() => _now;
    }
}
