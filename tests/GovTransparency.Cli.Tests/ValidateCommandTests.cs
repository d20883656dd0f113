using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using NodaTime;
using Xunit;

namespace GovTransparency.Cli.Tests;

/// <summary>`govplan validate …` run in-process: findings on stdout, unreadable input on stderr, exit codes 0, 1 and 2.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govplan-validate-tests-" + Guid.NewGuid().ToString("N"));

    public ValidateCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>One section, one subsection, tasks 1 and 2; task 2's time limit is unreadable (a warning).</summary>
    private static WorkPlan Sound() => new WorkPlanBuilder("测试区2021年政务公开重点工作任务分工", 2021)
        .IssuedOn(new LocalDate(2021, 4, 25))
        .AddSection("进一步强化重点领域信息公开", s => s
            .AddSubsection("做好财政信息公开。", u => u
                .AddTask("推进部门预算、决算及相关报表公开。", t => t.Lead("区财政局").Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前"))
                .AddTask("持续深化地方政府债务信息公开。", t => t.Lead("区财政局").Deadline(new DeadlineRule.Unrecognized("视情况而定"), "视情况而定"))))
        .Build();

    /// <summary>The sound plan with task 2 renumbered 4: an error.</summary>
    private static WorkPlan Gapped()
    {
        var plan = Sound();
        var subsection = plan.Sections[0].Subsections[0];
        var tasks = subsection.Tasks.ToArray();
        tasks[1] = tasks[1] with { Number = new TaskNumber(4) };
        return plan with { Sections = new[] { plan.Sections[0] with { Subsections = new[] { subsection with { Tasks = tasks } } } } };
    }

    [Fact]
    public void A_plan_without_errors_prints_its_findings_and_exits_0()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Sound())));

        run.Should().Be(new Result(
            0,
            "GT1008 info Sections: Tasks are numbered through the whole plan (2 tasks).\n"
            + "GT1201 warning Sections[0].Subsections[0].Tasks[1].Deadline (task 2): The time limit \"视情况而定\" could not be understood, so the task has no due date.\n"
            + "2 findings: 0 errors, 1 warning, 1 info.\n",
            string.Empty));
    }

    [Fact]
    public void A_plan_with_errors_exits_1()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Gapped())));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("GT1003 error Sections[0].Subsections[0].Tasks[1].Number (task 4): The task number \"4\" is out of sequence: 2 was expected.\n");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Messages_can_be_in_chinese()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Gapped())), "--lang", "zh");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("GT1003 错误 Sections[0].Subsections[0].Tasks[1].Number（任务 4）：任务编号「4」不连续，此处应为 2。\n")
            .And.EndWith("共 3 项：错误 1 项，警告 1 项，提示 1 项。\n");
    }

    [Fact]
    public void Findings_can_be_printed_as_json()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Gapped())), "--json");

        run.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("errors").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString())
            .Should().Equal("GT1008", "GT1003", "GT1201");
    }

    [Fact]
    public void Progress_reports_are_validated_with_the_plan()
    {
        var report = new ProgressReport(new LocalDate(2021, 9, 30))
        {
            Entries = new[] { new ProgressEntry(new TaskNumber(1), ProgressStatus.Completed, "已完成"), new ProgressEntry(new TaskNumber(7), ProgressStatus.InProgress, "正在进行") },
        };

        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Sound())), "--progress", Write("september.json", PlanJson.Serialize(report)));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("GT1401 error Reports[0].Entries[1].Task (task 7): The progress entry is for task \"7\", which the plan does not have.\n");
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_clear_message()
    {
        var missing = Path.Combine(_directory, "none.json");

        var run = Run("validate", missing);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: cannot read " + missing + ": ");
    }

    [Fact]
    public void A_file_that_is_not_a_plan_exits_2_and_says_why()
    {
        var file = Write("notes.json", "{ \"title\": 12 ");

        var run = Run("validate", file);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: " + file + " could not be read as the library's JSON or as a published plan document:\n" + file + ": GT05");
    }

    [Fact]
    public void An_unreadable_progress_report_exits_2()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Sound())), "--progress", Write("report.json", "[]"));

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var run = Run("validate", Write("plan.json", PlanJson.Serialize(Sound())), "--lang", "fr");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("fr");
    }

    [Fact]
    public void Help_describes_the_command_and_its_exit_codes()
    {
        var run = Run("validate", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("Exit code 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.")
            .And.Contain("--json").And.Contain("--lang").And.Contain("--progress");
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

    [Fact]
    public void A_published_document_is_validated_with_its_own_progress_column()
    {
        // Seed 000 (叶集区 2021) carries its numbering defects and a 进展情况 column.
        var seed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "000_7a8037ce1b73a2ce.txt");

        var run = Run("validate", seed, "--json");

        run.ExitCode.Should().Be(1, "the two (二) in section 二 with different titles are an error");
        run.Stdout.Should().Contain("\"GT1005\"").And.Contain("\"GT1007\"");
    }
}
