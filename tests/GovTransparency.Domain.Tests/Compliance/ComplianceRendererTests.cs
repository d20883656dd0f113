using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// The renderers on a slice of seed 000 (叶集区 2021): tasks 30, 31 and 38 of section 四 and 40 of section 五, with
/// their cells as written (task 30's list of 18 units cut to its first four) and their September report.
/// </summary>
public class ComplianceRendererTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly WorkPlan Slice = new("六安市叶集区2021年政务公开重点工作任务分工", 2021)
    {
        Sections = new[]
        {
            new Section(new ChineseOrdinal(4), "进一步强化基层政务公开")
            {
                Subsections = new[]
                {
                    new Subsection(new ChineseOrdinal(1), "提升基层各领域主动公开水平。")
                    {
                        Tasks = new[]
                        {
                            YejiTask(30, "区政府30个试点领域业务主管部门要对所承担领域的基层目录编制和实施工作进行跟踪评估，以基层群众实际需求为导向，及时对各领域目录调整完善，增强可操作性、实效性。", October, "10月底前",
                                Responsible("区发改委"), Responsible("区教育局"), Responsible("区民政局"), Responsible("区司法局")),
                            YejiTask(31, "建立完善政务信息管理、政策解读、回应关切、依申请公开、重大行政决策公众参与、政务公开考核评议等制度和工作流程。", October, "10月底前",
                                Lead("区政府办公室"), Responsible("各乡镇街", UnitKind.Collective)),
                        },
                    },
                    new Subsection(new ChineseOrdinal(3), "发掘推广基层政务公开典型经验和示范做法。")
                    {
                        Tasks = new[]
                        {
                            YejiTask(38, "完成全年基层政务公开示范区和示范点创建工作，同步申报省级优秀示范区。", October, "10月底前",
                                Lead("区政府办公室"), Responsible("区政府有关部门", UnitKind.Collective), Responsible("各乡镇街", UnitKind.Collective)),
                        },
                    },
                },
            },
            new Section(new ChineseOrdinal(5), "进一步强化政府信息公开条例落实")
            {
                Tasks = new[]
                {
                    YejiTask(40, "准确适用《中华人民共和国政府信息公开条例》，对法定不予公开条款坚持最小化适用原则，最大限度保障公民知情权。", Continuous, "持续推进",
                        Lead("区政府办公室"), Lead("区司法局"), Responsible("区政府各部门", UnitKind.Collective)),
                },
            },
        },
    };

    private static readonly ProgressReport September = Report("2021-09-30", (30, "正在进行"), (31, "已完成"), (38, "暂未开展"), (40, "已线上办理7"));

    private static WorkTask YejiTask(int number, string requirement, DeadlineRule rule, string timeLimit, params Assignment[] assignments) =>
        Task(number, rule, requirement, assignments) with { TimeLimitText = timeLimit };

    private static Assignment Lead(string name) => new(new Unit(name), UnitRole.Lead);

    private static Assignment Responsible(string name, UnitKind kind = UnitKind.Specific) => new(new Unit(name, kind), UnitRole.Responsible);

    private static ComplianceSummary At(string asOf) => PlanCompliance.Summarize(Slice, September, ChinaCalendar.Default, Date(asOf));

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Markdown_in_Chinese_lists_the_overdue_tasks_with_excerpt_due_date_days_and_units()
    {
        var markdown = ComplianceRenderer.ToMarkdown(At("2021-11-15"), Chinese);

        var lines = Lines(markdown);
        lines[0].Should().Be("# 政务公开重点工作任务落实情况");
        lines.Should().Contain("- **计划**：六安市叶集区2021年政务公开重点工作任务分工");
        lines.Should().Contain("- **截至**：2021-11-15");
        lines.Should().Contain("- **最近一期进展**：2021-09-30");
        lines.Should().ContainInOrder(
            "## 逾期未完成",
            "",
            "| 任务 | 工作任务 | 截止日期 | 逾期天数 | 牵头单位 | 责任单位 |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 30 | 区政府30个试点领域业务主管部门要对所承担领域的基层目录编制… | 2021-10-31 | 15 |  | 区发改委、区教育局、区民政局等 4 个单位 |",
            "| 38 | 完成全年基层政务公开示范区和示范点创建工作，同步申报省级优秀… | 2021-10-31 | 15 | 区政府办公室 | 区政府有关部门、各乡镇街 |");
        lines.Should().Contain("| 区政府办公室 | 3 | 1 | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 1 |");
        lines.Should().Contain("| 五、进一步强化政府信息公开条例落实 | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |");
        lines.Should().Contain("| 40 | 准确适用《中华人民共和国政府信息公开条例》，对法定不予公开条… | 2021-09-30 | 区政府办公室、区司法局 | 区政府各部门 |");
        markdown.Should().Contain("完成率 25.0%（1/4）；按时完成率 33.3%（1/3）");
    }

    [Fact]
    public void Markdown_in_English_has_English_headings_and_the_same_figures()
    {
        var markdown = ComplianceRenderer.ToMarkdown(At("2021-10-01"), English);

        var lines = Lines(markdown);
        lines[0].Should().Be("# Compliance summary");
        lines.Should().Contain("- **As of**: 2021-10-01");
        lines.Should().ContainInOrder("## Overdue", "", "None.");
        lines.Should().ContainInOrder(
            "## Due soon (within 30 days)",
            "",
            "| Task | Requirement | Due | Days left | Lead | Responsible |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 30 | 区政府30个试点领域业务主管部门要对所承担领域的基层目录编制… | 2021-10-31 | 30 |  | 区发改委, 区教育局, 区民政局 and 1 more |");
        lines.Should().ContainInOrder("| Measure | Tasks |", "| --- | ---: |", "| Tasks | 4 |", "| Completed | 1 |", "|   of which on time | 1 |");
        lines.Should().Contain("| 31 | 建立完善政务信息管理、政策解读、回应关切、依申请公开、重大行… | 2021-10-31 | 2021-01-01..2021-09-30 | on time |");
        markdown.Should().Contain("Completion rate 25.0% (1 of 4); on-time rate 100.0% (1 of 1)");
    }

    [Fact]
    public void Markdown_cells_escape_pipes_and_keep_line_breaks_out_of_the_table()
    {
        var plan = Plan(Task(1, October, "公开 a|b\n第二行", Lead("办公室|综合科")));

        var markdown = ComplianceRenderer.ToMarkdown(PlanCompliance.Summarize(plan, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-11-01")), English);

        Lines(markdown).Should().Contain("| 1 | 公开 a\\|b 第二行 | 2021-10-31 | 1 | 办公室\\|综合科 |  |");
    }

    [Fact]
    public void Csv_has_one_row_per_task_in_the_台账_form_with_a_Chinese_header()
    {
        var csv = ComplianceRenderer.ToCsv(At("2021-10-01"), Chinese);

        var records = csv.Split(new[] { "\r\n" }, StringSplitOptions.None);
        records.Should().HaveCount(6, "a header, four tasks and the empty string after the last CRLF");
        records[0].Should().Be("序号,部分,子项,任务名称,具体要求,牵头单位,责任单位,配合单位,时限要求,截止日期,进展情况,报告日期,进展状态,办理状态,逾期天数,距截止天数,完成时间,是否按时,长期未报告");
        records[2].Should().Be("31,四、进一步强化基层政务公开,（一）提升基层各领域主动公开水平。,,建立完善政务信息管理、政策解读、回应关切、依申请公开、重大行政决策公众参与、政务公开考核评议等制度和工作流程。,区政府办公室,各乡镇街,,10月底前,2021-10-31,已完成,2021-09-30,已完成,按时完成,,,2021-01-01..2021-09-30,按时,");
        records[3].Should().Be("38,四、进一步强化基层政务公开,（三）发掘推广基层政务公开典型经验和示范做法。,,完成全年基层政务公开示范区和示范点创建工作，同步申报省级优秀示范区。,区政府办公室,区政府有关部门、各乡镇街,,10月底前,2021-10-31,暂未开展,2021-09-30,未开展,即将到期,,30,,,");
        records[4].Should().Be("40,五、进一步强化政府信息公开条例落实,,,准确适用《中华人民共和国政府信息公开条例》，对法定不予公开条款坚持最小化适用原则，最大限度保障公民知情权。,区政府办公室、区司法局,区政府各部门,,持续推进,,已线上办理7,2021-09-30,推进中,持续推进,,,,,");
        records[5].Should().BeEmpty();
    }

    [Fact]
    public void Csv_in_English_has_an_English_header_and_standings()
    {
        var csv = ComplianceRenderer.ToCsv(At("2021-11-15"), English);

        var records = csv.Split(new[] { "\r\n" }, StringSplitOptions.None);
        records[0].Should().Be("Task,Section,Subsection,Title,Requirement,Lead units,Responsible units,Cooperating units,Time limit,Due date,Progress,Reported on,Status,Standing,Days overdue,Days until due,Completed,Timeliness,Silent");
        records[3].Should().EndWith(",10月底前,2021-10-31,暂未开展,2021-09-30,not started,overdue,15,,,,");
        records[4].Should().EndWith(",持续推进,,已线上办理7,2021-09-30,in progress,ongoing,,,,,yes");
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_quotes_and_line_breaks_by_RFC_4180()
    {
        var plan = Plan(Task(7, October, "做好\"一网通办\",提升效率\r\n年底前完成", Lead("区数管局")));
        var report = Report("2021-09-30", (7, "已建立专题,正在完善"));

        var csv = ComplianceRenderer.ToCsv(PlanCompliance.Summarize(plan, report, ChinaCalendar.Default, Date("2021-10-01")), Chinese);

        csv.Should().Contain("\r\n7,一、进一步强化重点领域信息公开,,,\"做好\"\"一网通办\"\",提升效率\r\n年底前完成\",区数管局,,,10月底前,2021-10-31,\"已建立专题,正在完善\",2021-09-30,推进中,即将到期,,30,,,\r\n");
    }

    [Fact]
    public void Csv_written_to_a_stream_starts_with_the_UTF8_byte_order_mark_so_Excel_reads_Chinese()
    {
        using var stream = new MemoryStream();

        ComplianceRenderer.WriteCsv(At("2021-10-01"), stream, Chinese);

        var bytes = stream.ToArray();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be(ComplianceRenderer.ToCsv(At("2021-10-01"), Chinese));
        stream.CanWrite.Should().BeTrue("the stream is left open");
        ComplianceRenderer.CsvEncoding.GetPreamble().Should().Equal(0xEF, 0xBB, 0xBF);
    }

    [Fact]
    public void Json_has_the_totals_the_tables_and_the_overdue_list_with_task_due_and_days()
    {
        var json = ComplianceRenderer.ToJson(At("2021-11-15"));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2021-11-15");
        var totals = root.GetProperty("totals");
        new[] { "tasks", "completed", "completedLate", "completedUndetermined", "inProgress", "notStarted", "overdue", "dueSoon", "ongoing", "unknown" }
            .Select(name => totals.GetProperty(name).GetInt32())
            .Should().Equal(4, 1, 0, 0, 2, 1, 2, 0, 1, 0);
        totals.GetProperty("onTimeRate").GetDouble().Should().Be(0.3333);

        var overdue = root.GetProperty("overdue").EnumerateArray().ToList();
        overdue.Select(o => (o.GetProperty("task").GetString(), o.GetProperty("due").GetString(), o.GetProperty("daysOverdue").GetInt32()))
            .Should().Equal(("30", "2021-10-31", 15), ("38", "2021-10-31", 15));
        root.GetProperty("byLeadUnit").EnumerateArray().Select(u => (u.GetProperty("unit").GetString(), u.GetProperty("totals").GetProperty("tasks").GetInt32()))
            .Should().Equal(("区政府办公室", 3), ("区司法局", 1));
        root.GetProperty("byResponsibleUnit").GetArrayLength().Should().Be(7); // 区发改委 区教育局 区民政局 区司法局 各乡镇街 区政府有关部门 区政府各部门
        root.GetProperty("bySection").EnumerateArray().Select(s => s.GetProperty("section").GetInt32()).Should().Equal(4, 5);
        root.GetProperty("tasks").GetArrayLength().Should().Be(4);
        json.Should().Contain("\"区政府办公室\"", "Chinese text is written unescaped");
    }

    [Fact]
    public void Json_is_indented_by_default_and_compact_on_request()
    {
        var summary = At("2021-10-01");

        ComplianceRenderer.ToJson(summary).Should().Contain("\n  \"asOf\": \"2021-10-01\"");
        var compact = ComplianceRenderer.ToJson(summary, indented: false);
        compact.Should().StartWith("{\"asOf\":\"2021-10-01\",").And.NotContain("\n");
        JsonDocument.Parse(compact).RootElement.GetProperty("totals").GetProperty("dueSoon").GetInt32().Should().Be(2);
    }

    [Fact]
    public void The_language_follows_the_culture_argument_not_the_current_culture()
    {
        var summary = At("2021-10-01");
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            ComplianceRenderer.ToMarkdown(summary, English).Should().StartWith("# Compliance summary");
            CultureInfo.CurrentUICulture = English;
            ComplianceRenderer.ToMarkdown(summary, CultureInfo.GetCultureInfo("zh-TW")).Should().StartWith("# 政务公开重点工作任务落实情况");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        FluentActions.Invoking(() => ComplianceRenderer.ToMarkdown(null!, English)).Should().Throw<ArgumentNullException>().WithParameterName("summary");
        FluentActions.Invoking(() => ComplianceRenderer.ToCsv(At("2021-10-01"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
        FluentActions.Invoking(() => ComplianceRenderer.WriteCsv(At("2021-10-01"), null!, English)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }
}
