using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Units;
using Xunit;
using static GovTransparency.Domain.Tests.Units.AssignmentExpectations;

namespace GovTransparency.Domain.Tests.Units;

/// <summary>
/// Every distinct assignment cell of seeds 000 (叶集 2021), 002 (泗县 2020) and 004 (福州 2021), with the roles,
/// kinds and notes written out by hand from reading the documents. A scan of each seed with a simple pattern of
/// its own checks that no cell is missing from the tables.
/// </summary>
public class AssignmentTextSeedTests
{
    // ---- Seed 000 (叶集区 2021): one 责任单位 column mixing roles; one cell per line. ----
    private static readonly Dictionary<string, Assignment[]> Yeji = new()
    {
        ["区政府办公室、区发改委、市自然资源和规划局叶集分局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("区发改委"), L("市自然资源和规划局叶集分局"),
            R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府办公室牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区发改委牵头,区市场监管局负责落实"] = new[] { L("区发改委"), R("区市场监管局") },
        ["区融媒体中心牵头,区政府有关部门,各乡镇街负责落实"] = new[]
        {
            L("区融媒体中心"), R("区政府有关部门", OpenEnded), R("各乡镇街", Collective),
        },
        ["区市场监管局牵头,区政府有关部门,各乡镇街负责落实"] = new[]
        {
            L("区市场监管局"), R("区政府有关部门", OpenEnded), R("各乡镇街", Collective),
        },
        ["区财政局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区财政局"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区财政局牵头,各乡镇街负责落实"] = new[] { L("区财政局"), R("各乡镇街", Collective) },
        ["区卫健委牵头,各乡镇街负责落实"] = new[] { L("区卫健委"), R("各乡镇街", Collective) },
        ["区政府各部门,各乡镇街负责落实"] = new[] { R("区政府各部门", Collective), R("各乡镇街", Collective) },
        ["区政府办公室、区融媒体中心牵头,区发改委、区科技经信局、区商务局、区投创中心等部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("区融媒体中心"),
            R("区发改委"), R("区科技经信局"), R("区商务局"), R("区投创中心"), R("等部门", OpenEnded),
            R("各乡镇街", Collective),
        },
        ["区政府办公室、区科技经信局、区数管局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("区科技经信局"), L("区数管局"),
            R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区司法局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区司法局"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区融媒体中心、区数管局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区融媒体中心"), L("区数管局"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府办公室、区融媒体中心牵头,有政务新媒体的相关单位负责落实"] = new[]
        {
            L("区政府办公室"), L("区融媒体中心"), R("有政务新媒体的相关单位", OpenEnded),
        },
        // No role word before the comma: all three are responsible (the office is not a lead here).
        ["区政府办公室、区政府各部门,各乡镇街负责落实"] = new[]
        {
            R("区政府办公室"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府办公室、融媒体中心牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("融媒体中心"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府有关部门,各乡镇街负责落实"] = new[] { R("区政府有关部门", OpenEnded), R("各乡镇街", Collective) },
        ["区发改委、区教育局、区民政局、区司法局、区财政局、区人社局、区住建局、区城管局、区农业农村局、区文旅体局、区卫健委、区应急局、区市场监管局、区乡村振兴局、市自然资源和规划局叶集分局、叶集生态环境分局、叶集税务局、市公安局叶集分局负责落实"] = new[]
        {
            R("区发改委"), R("区教育局"), R("区民政局"), R("区司法局"), R("区财政局"), R("区人社局"), R("区住建局"),
            R("区城管局"), R("区农业农村局"), R("区文旅体局"), R("区卫健委"), R("区应急局"), R("区市场监管局"),
            R("区乡村振兴局"), R("市自然资源和规划局叶集分局"), R("叶集生态环境分局"), R("叶集税务局"), R("市公安局叶集分局"),
        },
        ["区政府办公室牵头,各乡镇街负责落实"] = new[] { L("区政府办公室"), R("各乡镇街", Collective) },
        ["区政府办公室、区数管局牵头,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("区数管局"), R("各乡镇街", Collective),
        },
        ["区数管局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区数管局"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区数管局牵头,各乡镇街负责落实"] = new[] { L("区数管局"), R("各乡镇街", Collective) },
        ["区政府办公室牵头,区政府有关部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), R("区政府有关部门", OpenEnded), R("各乡镇街", Collective),
        },
        ["区政府办公室、区司法局牵头,区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), L("区司法局"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府有关部门负责落实"] = new[] { R("区政府有关部门", OpenEnded) },
        // 、 after 牵头 instead of a comma: the role word still closes the group.
        ["区政府办公室牵头、区政府各部门,各乡镇街负责落实"] = new[]
        {
            L("区政府办公室"), R("区政府各部门", Collective), R("各乡镇街", Collective),
        },
        ["区政府办公室、各乡镇街负责落实"] = new[] { R("区政府办公室"), R("各乡镇街", Collective) },
        ["区政府办公室负责落实"] = new[] { R("区政府办公室") },
    };

    // ---- Seed 002 (泗县 2020): tab-indented cells, no role words (all responsible), 等有关部门 and full-width marks. ----
    private static readonly Dictionary<string, Assignment[]> Sixian = new()
    {
        ["\t县政府各部门、各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府各部门", Collective), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县司法局、县政府办、各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县司法局"), R("县政府办"), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        // Task 7 writes the short name 县开发区管委会; the cell is read as written.
        ["\t县政府各部门、各乡镇人民政府、县开发区管委会"] = new[]
        {
            R("县政府各部门", Collective), R("各乡镇人民政府", Collective), R("县开发区管委会"),
        },
        ["\t县政府办、县人社局、县财政局、县商务局、县发改委等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府办"), R("县人社局"), R("县财政局"), R("县商务局"), R("县发改委"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县政府办、县人社局、县财政局、县经信局、县发改委等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府办"), R("县人社局"), R("县财政局"), R("县经信局"), R("县发改委"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县政府办、县市监局等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府办"), R("县市监局"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县市监局、各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县市监局"), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        // （政务服务局） is the bureau's second name, not a note.
        ["\t县数据资源管理局（政务服务局）等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县数据资源管理局（政务服务局）"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        // Task 15: the cell is followed by a line holding one space before the time-limit cell.
        ["\t县政府办、县政府各部门\n "] = new[] { R("县政府办"), R("县政府各部门", Collective) },
        ["\t县财政局、县税务局等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县财政局"), R("县税务局"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县卫健委等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县卫健委"), R("等有关部门", OpenEnded), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县卫健委、县应急局等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县卫健委"), R("县应急局"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县卫健委、各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县卫健委"), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县发改委、县公安局、县财政局、县商务局、县科技局、县应急局、县生态环境分局等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县发改委"), R("县公安局"), R("县财政局"), R("县商务局"), R("县科技局"), R("县应急局"), R("县生态环境分局"),
            R("等有关部门", OpenEnded), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县扶贫局、县人社局、县医保局、县教体局、县水利局、县住建局、县卫健委等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县扶贫局"), R("县人社局"), R("县医保局"), R("县教体局"), R("县水利局"), R("县住建局"), R("县卫健委"),
            R("等有关部门", OpenEnded), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县生态环境分局、县城管局、县农业农村局、县水利局等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县生态环境分局"), R("县城管局"), R("县农业农村局"), R("县水利局"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县发改委、县财政局、县住建局、县司法局等有关部门"] = new[]
        {
            R("县发改委"), R("县财政局"), R("县住建局"), R("县司法局"), R("等有关部门", OpenEnded),
        },
        ["\t各乡镇人民政府、县经济开发区管委会、县政府办等有关部门"] = new[]
        {
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"), R("县政府办"), R("等有关部门", OpenEnded),
        },
        ["\t县政府办"] = new[] { R("县政府办") },
        ["\t县政府办、县数据资源管理局（政务服务局）、县融媒体中心、县网宣中心等有关部门，各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府办"), R("县数据资源管理局（政务服务局）"), R("县融媒体中心"), R("县网宣中心"), R("等有关部门", OpenEnded),
            R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县政府办、县政府各部门、各乡镇人民政府、县经济开发区管委会"] = new[]
        {
            R("县政府办"), R("县政府各部门", Collective), R("各乡镇人民政府", Collective), R("县经济开发区管委会"),
        },
        ["\t县教体局、县卫健委、县住建局、县供电公司、县城管局、县生态环境分局、县交通局、县市监局等有关部门"] = new[]
        {
            R("县教体局"), R("县卫健委"), R("县住建局"), R("县供电公司"), R("县城管局"), R("县生态环境分局"), R("县交通局"),
            R("县市监局"), R("等有关部门", OpenEnded),
        },
    };

    // ---- Seed 004 (福州 2021): separate 牵头单位 and 责任单位 columns; " " is an empty cell in the scrape. ----
    private const string CityWide = "市直各有关单位,各县(市)区政府、高新区管委会";
    private const string Counties = "各县(市)区政府、高新区管委会";

    private static readonly Assignment[] CityWideUnits =
    {
        R("市直各有关单位", OpenEnded), R("各县(市)区政府", Collective), R("高新区管委会"),
    };

    private static readonly Assignment[] CountyUnits = { R("各县(市)区政府", Collective), R("高新区管委会") };

    /// <summary>(task numbers, lead cell, responsible cell, expected); identical pairs share a row.</summary>
    private static readonly (string Tasks, string Lead, string Responsible, Assignment[] Expected)[] Fuzhou =
    {
        ("1 13 16 18 19 20 22 32 33 34 36", " ", CityWide, CityWideUnits),
        ("2", " ", Counties, CountyUnits),
        ("3", "市大数据委\n\n(负责专题建设)", Counties,
            new[] { L("市大数据委", note: "负责专题建设") }.Concat(CountyUnits).ToArray()),
        ("4", "市发改委\n市商务局", CityWide, new[] { L("市发改委"), L("市商务局") }.Concat(CityWideUnits).ToArray()),
        ("5", "市发改委\n市市场监管局\n市商务局", CityWide,
            new[] { L("市发改委"), L("市市场监管局"), L("市商务局") }.Concat(CityWideUnits).ToArray()),
        ("6", "市市场监管局", CityWide, new[] { L("市市场监管局") }.Concat(CityWideUnits).ToArray()),
        ("7", "市财政局", CityWide, new[] { L("市财政局") }.Concat(CityWideUnits).ToArray()),
        ("8", "市财政局", Counties, new[] { L("市财政局") }.Concat(CountyUnits).ToArray()),
        ("9", "市财政局\n\n市农业农村局", CityWide, new[] { L("市财政局"), L("市农业农村局") }.Concat(CityWideUnits).ToArray()),
        ("10 11", "市卫健委", CityWide, new[] { L("市卫健委") }.Concat(CityWideUnits).ToArray()),
        ("12", "市卫健委\n\n市大数据委", CityWide, new[] { L("市卫健委"), L("市大数据委") }.Concat(CityWideUnits).ToArray()),
        ("14 37", "市政府办公厅", CityWide, new[] { L("市政府办公厅") }.Concat(CityWideUnits).ToArray()),
        ("15", "市大数据委\n\n市行政(市民)服务中心管委会", Counties,
            new[] { L("市大数据委"), L("市行政(市民)服务中心管委会") }.Concat(CountyUnits).ToArray()),
        ("17 29", " ", "市直各有关单位", new[] { R("市直各有关单位", OpenEnded) }),
        ("21", "市委网信办", CityWide, new[] { L("市委网信办") }.Concat(CityWideUnits).ToArray()),
        ("23", "市司法局\n\n(负责市政府规章)", " ", new[] { L("市司法局", note: "负责市政府规章") }),
        ("24", "市司法局", CityWide, new[] { L("市司法局") }.Concat(CityWideUnits).ToArray()),
        ("25 26", "市大数据委", CityWide, new[] { L("市大数据委") }.Concat(CityWideUnits).ToArray()),
        ("27", "市政府办公厅\n\n市大数据委\n\n(负责市直部门信息公开专栏改版)", CityWide,
            new[] { L("市政府办公厅"), L("市大数据委", note: "负责市直部门信息公开专栏改版") }.Concat(CityWideUnits).ToArray()),
        ("28", "市政府办公厅", " ", new[] { L("市政府办公厅") }),
        ("30", " ", "各县(市)区政府", new[] { R("各县(市)区政府", Collective) }),
        ("31", "市行政(市民)服务中心管委会(负责市级线下专区建设)", "各县(市)区政府",
            new[] { L("市行政(市民)服务中心管委会", note: "负责市级线下专区建设"), R("各县(市)区政府", Collective) }),
        ("35", "市司法局", Counties, new[] { L("市司法局") }.Concat(CountyUnits).ToArray()),
    };

    public static TheoryData<string> YejiCells => Cells(Yeji.Keys);

    public static TheoryData<string> SixianCells => Cells(Sixian.Keys);

    public static TheoryData<string> FuzhouRows => Cells(Fuzhou.Select(row => row.Tasks));

    [Theory]
    [MemberData(nameof(YejiCells))]
    public void Yeji_2021_cells_give_their_leads_and_responsible_units_in_the_order_written(string cell)
    {
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().Equal(Yeji[cell]);
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SixianCells))]
    public void Sixian_2020_tab_indented_cells_give_responsible_units_and_open_ended_sets(string cell)
    {
        var result = AssignmentText.Parse(cell);

        result.Assignments.Should().Equal(Sixian[cell]);
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(FuzhouRows))]
    public void Fuzhou_2021_lead_and_responsible_columns_give_leads_with_notes_then_responsible_units(string tasks)
    {
        var row = Fuzhou.Single(r => r.Tasks == tasks);

        var result = AssignmentText.ParseColumns(row.Lead, row.Responsible);

        result.Assignments.Should().Equal(row.Expected);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_Fuzhou_table_covers_all_37_tasks_once()
    {
        var tasks = Fuzhou.SelectMany(row => row.Tasks.Split(' ')).Select(int.Parse).OrderBy(n => n).ToList();

        tasks.Should().Equal(Enumerable.Range(1, 37));
    }

    public static TheoryData<string> FuzhouResponsibleCells =>
        Cells(Fuzhou.Select(row => row.Responsible).Where(cell => cell.Trim().Length > 0).Distinct());

    [Theory]
    [MemberData(nameof(YejiCells))]
    [MemberData(nameof(SixianCells))]
    [MemberData(nameof(FuzhouResponsibleCells))]
    public void A_cell_broken_over_lines_at_any_point_reads_as_the_cell_on_one_line(string cell)
    {
        var expected = Yeji.TryGetValue(cell, out var yeji) ? yeji
            : Sixian.TryGetValue(cell, out var sixian) ? sixian
            : Fuzhou.First(row => row.Responsible == cell).Expected.Where(a => a.Role == UnitRole.Responsible).ToArray();
        var text = cell.TrimEnd();
        var failures = new List<string>();
        for (var i = text.Length - text.TrimStart().Length + 1; i < text.Length; i++)
        {
            var broken = text.Substring(0, i) + "\n" + text.Substring(i);
            if (!AssignmentText.Parse(broken).Assignments.SequenceEqual(expected))
            {
                failures.Add(text.Substring(0, i) + "⏎" + text.Substring(i));
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_cell_line_of_the_Yeji_seed_is_in_the_table()
    {
        // Independent pattern: a line ending with a role word that is not a section heading (一、…).
        var roleEnding = new Regex(@"(牵头|负责落实|负责|落实|配合)\s*$");
        var heading = new Regex(@"^[一二三四五六七八九十]+、");
        var lines = Lines(Seeds.Yeji2021).Where(l => roleEnding.IsMatch(l) && !heading.IsMatch(l.Trim())).ToList();

        lines.Should().HaveCount(52, "the plan has 52 tasks with one cell each");
        lines.Select(l => l.Trim()).Distinct().Should().BeEquivalentTo(Yeji.Keys);
    }

    [Fact]
    public void Every_cell_line_of_the_Sixian_seed_is_in_the_table()
    {
        // Independent pattern: a tab-indented line ending like a unit name, other than the column heading.
        var unitEnding = new Regex(@"^\t.*(局|委|办|会|府|部门)$");
        var lines = Lines(Seeds.Sixian2020).Where(l => unitEnding.IsMatch(l) && l != "\t责任单位").ToList();

        lines.Should().HaveCount(48, "the plan has 48 tasks with one cell each");
        lines.Select(l => l.Trim()).Distinct().Should().BeEquivalentTo(Sixian.Keys.Select(k => k.Trim()));
    }

    [Fact]
    public void Every_unit_line_of_the_Fuzhou_table_is_in_a_cell_of_the_table()
    {
        // Independent pattern: below the table heading, a line ending like a unit name or a (负责…) note.
        var text = Seeds.Read(Seeds.Fuzhou2021);
        var table = text.Substring(text.IndexOf("主要任务分解表\n", StringComparison.Ordinal));
        var unitLine = new Regex(@"^(\S*(局|委|办|办公厅|管委会|政府|单位)|\(负责.*\)|.*\(负责.*\))$");
        var lines = table.Split('\n').Select(l => l.Trim())
            .Where(l => unitLine.IsMatch(l) && !l.Contains('。') && l is not ("牵头单位" or "责任单位"))
            .ToList();
        var cellLines = Fuzhou.SelectMany(r => (r.Lead + "\n" + r.Responsible).Split('\n')).Select(l => l.Trim()).ToHashSet();

        lines.Should().NotBeEmpty();
        lines.Where(l => !cellLines.Contains(l)).Should().BeEmpty();
    }

    [Fact]
    public void A_responsible_column_that_says_cooperating_keeps_its_own_role()
    {
        var result = AssignmentText.ParseColumns("市大数据委", "各县(市)区政府配合");

        result.Assignments.Should().Equal(L("市大数据委"), C("各县(市)区政府", Collective));
    }

    private static IEnumerable<string> Lines(string seed) =>
        Seeds.Read(seed).Replace("\r\n", "\n").Split('\n');

    private static TheoryData<string> Cells(IEnumerable<string> cells)
    {
        var data = new TheoryData<string>();
        foreach (var cell in cells)
        {
            data.Add(cell);
        }

        return data;
    }
}
