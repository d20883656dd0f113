using System;
using System.Globalization;
using System.IO;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Cli.Tests;

/// <summary>`govplan workdays …` run in-process: answers on stdout, problems on stderr, documented exit codes.</summary>
public sealed class WorkdaysCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govplan-tests-" + Guid.NewGuid().ToString("N"));

    public WorkdaysCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("2024-02-04", "true\tadjusted-workday\t春节")]
    [InlineData("2024-02-18", "true\tadjusted-workday\t春节")]
    [InlineData("2020-01-31", "false\tholiday\t春节")]
    [InlineData("2020-02-01", "false\tholiday\t春节")]
    [InlineData("2012-09-30", "false\tholiday\t中秋节、国庆节")]
    [InlineData("2013-04-07", "true\tadjusted-workday\t清明节")]
    [InlineData("2018-01-01", "false\tholiday\t元旦")]
    [InlineData("2018-01-02", "true\tworkday")]
    [InlineData("2018-01-06", "false\tweekend")]
    public void Is_prints_whether_a_date_is_a_working_day_its_kind_and_holiday(string date, string expected)
    {
        var run = Run("workdays", "is", date);

        run.Should().Be(new Result(0, expected + "\n", string.Empty));
    }

    [Theory]
    [InlineData("2024-09-27", "3", "2024-10-08")] // 自收到留言咨询之日起3个工作日内
    [InlineData("2020-09-27", "20", "2020-10-30")] // 本通知印发后20个工作日内
    [InlineData("2024-10-08", "-3", "2024-09-27")]
    [InlineData("2020-01-23", "1", "2020-02-03")]
    [InlineData("2021-03-06", "0", "2021-03-06")]
    public void Add_prints_the_date_n_working_days_later(string date, string n, string expected)
    {
        Run("workdays", "add", date, n).Should().Be(new Result(0, expected + "\n", string.Empty));
    }

    [Fact]
    public void Add_can_explain_itself_in_English_or_Chinese()
    {
        Run("workdays", "add", "2020-01-23", "3", "--explain").Stdout.Should().Be(
            "2020-02-05\n"
            + "2020-01-23 + 3 working days = 2020-02-05 (the start day is not counted).\n"
            + "  2020-01-24 to 2020-02-02  skipped 10 days: holiday 春节\n"
            + "  2020-02-03 to 2020-02-05  counted 3 working days\n");
        Run("workdays", "add", "2020-01-23", "3", "--explain", "--lang", "zh").Stdout.Should().Be(
            "2020-02-05\n"
            + "2020-01-23 起算 3 个工作日为 2020-02-05（起算当日不计入）。\n"
            + "  2020-01-24 至 2020-02-02  跳过 10 天：放假（春节）\n"
            + "  2020-02-03 至 2020-02-05  计入 3 个工作日\n");
    }

    [Theory]
    [InlineData("2020-01-23", "2020-02-05", "3")]
    [InlineData("2020-02-05", "2020-01-23", "-3")]
    [InlineData("2024-09-30", "2024-10-08", "1")]
    [InlineData("2024-10-01", "2024-10-07", "0")]
    public void Between_prints_the_working_days_after_a_up_to_and_including_b(string a, string b, string expected)
    {
        Run("workdays", "between", a, b).Should().Be(new Result(0, expected + "\n", string.Empty));
    }

    [Fact]
    public void Between_can_explain_itself()
    {
        Run("workdays", "between", "2024-09-30", "2024-10-08", "--explain").Stdout.Should().Be(
            "1\n"
            + "From 2024-09-30 to 2024-10-08: 1 working day (the start day is not counted, the end day is).\n"
            + "  2024-10-01 to 2024-10-07  skipped 7 days: holiday 国庆节\n"
            + "  2024-10-08  counted 1 working day\n");
    }

    [Fact]
    public void List_prints_one_tab_separated_line_per_date_with_each_kind()
    {
        Run("workdays", "list", "--from", "2024-02-02", "--to", "2024-02-11").Should().Be(new Result(
            0,
            "2024-02-02\tworkday\n"
            + "2024-02-03\tweekend\n"
            + "2024-02-04\tadjusted-workday\n"
            + "2024-02-05\tworkday\n"
            + "2024-02-06\tworkday\n"
            + "2024-02-07\tworkday\n"
            + "2024-02-08\tworkday\n"
            + "2024-02-09\tworkday\n"
            + "2024-02-10\tholiday\n"
            + "2024-02-11\tholiday\n",
            string.Empty));
    }

    [Fact]
    public void List_can_add_the_holiday_names()
    {
        Run("workdays", "list", "--from", "2024-02-03", "--to", "2024-02-05", "--names").Stdout.Should().Be(
            "2024-02-03\tweekend\n2024-02-04\tadjusted-workday\t春节\n2024-02-05\tworkday\n");
    }

    [Theory]
    [InlineData("is", "2027-01-04")]
    [InlineData("add", "2026-12-30", "5")]
    [InlineData("between", "2026-12-01", "2027-01-05")]
    [InlineData("list", "--from", "2026-12-30", "--to", "2027-01-02")]
    public void A_date_outside_the_known_years_fails_with_the_librarys_message(params string[] command)
    {
        var run = Run(Prepend("workdays", command));

        run.ExitCode.Should().Be(3);
        run.Stdout.Should().BeEmpty("nothing is printed until the whole answer is known");
        var expected = new CalendarCoverageException(2027, new LocalDate(2007, 1, 1), new LocalDate(2026, 12, 31)).Message;
        run.Stderr.Should().StartWith(expected + "\n").And.Contain("--schedule 2027.json").And.Contain("--assume-weekends");
    }

    [Fact]
    public void The_coverage_message_can_be_in_Chinese()
    {
        var run = Run("workdays", "is", "2006-06-01", "--lang", "zh");

        run.ExitCode.Should().Be(3);
        run.Stderr.Should().StartWith(new CalendarCoverageException(2006, new LocalDate(2007, 1, 1), new LocalDate(2026, 12, 31)).MessageZh);
    }

    [Fact]
    public void Assume_weekends_answers_past_the_known_years_and_says_so()
    {
        var run = Run("workdays", "add", "2026-12-30", "5", "--assume-weekends");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be("2027-01-06\n"); // 12-31, 1-1, 1-4, 1-5, 1-6 in plain weeks
        run.Stderr.Should().Be("govplan: note: no official holiday schedule is known for 2027; plain Monday-to-Friday weeks were assumed (--assume-weekends).\n");
        Run("workdays", "list", "--from", "2027-01-01", "--to", "2027-01-02", "--assume-weekends").Stdout
            .Should().Be("2027-01-01\tworkday\n2027-01-02\tweekend\n");
        Run("workdays", "add", "2026-12-28", "1", "--assume-weekends").Stderr.Should().BeEmpty("the answer needed no unknown year");
    }

    [Theory]
    [InlineData("workdays", "is", "2024-02-30")]
    [InlineData("workdays", "is", "24-2-4")]
    [InlineData("workdays", "add", "2024-02-01", "three")]
    [InlineData("workdays", "add", "2024-02-01")]
    [InlineData("workdays", "between", "2024-02-01")]
    [InlineData("workdays", "list", "--from", "2024-02-01")]
    [InlineData("workdays", "list", "--from", "bad", "--to", "2024-02-01")]
    [InlineData("workdays", "list", "--from", "2024-02-05", "--to", "2024-02-01")]
    [InlineData("workdays", "is", "2024-02-04", "--lang", "fr")]
    [InlineData("workdays", "frobnicate")]
    [InlineData("workdays")]
    public void Bad_arguments_exit_with_2_and_a_message_without_a_stack_trace(params string[] args)
    {
        var run = Run(args);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("govplan: ").And.NotContain("   at ").And.Contain("--help");
    }

    [Fact]
    public void A_bad_date_says_how_to_write_one()
    {
        Run("workdays", "is", "2024-02-30").Stderr.Should().StartWith("govplan: '2024-02-30' is not a date: write it as YYYY-MM-DD");
    }

    [Fact]
    public void A_schedule_file_adds_a_year()
    {
        var file = Write("2027.txt", "year 2027\n2027-01-01..2027-01-03 holiday 元旦\n");

        Run("workdays", "add", "2026-12-31", "1", "--schedule", file).Should().Be(new Result(0, "2027-01-04\n", string.Empty));
        Run("workdays", "is", "2027-01-01", "--schedule", file).Stdout.Should().Be("false\tholiday\t元旦\n");
    }

    [Fact]
    public void A_holiday_cn_json_schedule_file_adds_a_year()
    {
        var file = Write("2027.json", "{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");

        Run("workdays", "is", "2027-01-01", "--schedule", file).Should().Be(new Result(0, "false\tholiday\t元旦\n", string.Empty));
    }

    [Fact]
    public void A_days_file_adds_regional_holidays()
    {
        var file = Write("guangxi.txt", "# 广西\n2024-04-11..2024-04-12 holiday 壮族三月三\n");

        Run("workdays", "add", "2024-04-10", "1", "--days", file).Stdout.Should().Be("2024-04-15\n");
        Run("workdays", "add", "2024-04-10", "1").Stdout.Should().Be("2024-04-11\n");
    }

    [Fact]
    public void A_bad_schedule_file_exits_with_1_and_its_diagnostics()
    {
        var file = Write("bad.txt", "year 2027\n2027-02-30 holiday 春节\n");

        var run = Run("workdays", "is", "2027-01-01", "--schedule", file);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Be(file + ":2: GT0305 error: '2027-02-30' is not a valid date (write it as YYYY-MM-DD, for example 2027-02-06).\n");
    }

    [Fact]
    public void A_missing_schedule_file_exits_with_1()
    {
        var run = Run("workdays", "is", "2024-01-01", "--schedule", Path.Combine(_directory, "none.json"));

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().StartWith("govplan: cannot read ");
    }

    [Fact]
    public void Convert_prints_holiday_cn_files_in_the_line_format()
    {
        var json = Path.Combine(AppContext.BaseDirectory, "Fixtures", "holiday-cn", "2024.json");

        var run = Run("workdays", "convert", json);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith(
            "year 2024\n"
            + "source https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm\n"
            + "2024-01-01 holiday 元旦\n"
            + "2024-02-04 workday 春节\n"
            + "2024-02-10..2024-02-17 holiday 春节\n"
            + "2024-02-18 workday 春节\n");
        run.Stdout.Should().Be(HolidayScheduleParser.ParseHolidayCnJson(File.ReadAllText(json)).Value.ToText());
    }

    [Fact]
    public void Help_names_the_tool_govplan_whatever_the_host_process()
    {
        var run = Run("--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("govplan [command] [options]").And.Contain("workdays");
    }

    [Fact]
    public void Help_lists_the_workdays_commands()
    {
        var run = Run("workdays", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("is").And.Contain("add").And.Contain("between").And.Contain("list").And.Contain("--assume-weekends");
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            var expected = (Run("workdays", "between", "2020-01-01", "2020-12-31"), Run("workdays", "list", "--from", "2020-01-01", "--to", "2020-01-03"), Run("workdays"));
            foreach (var name in new[] { "th-TH", "ar-SA", "fa-IR", "zh-CN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                (Run("workdays", "between", "2020-01-01", "2020-12-31"), Run("workdays", "list", "--from", "2020-01-01", "--to", "2020-01-03"), Run("workdays"))
                    .Should().Be(expected, name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static Result Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = GovPlan.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr);
}
