using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Every time-limit cell (时限要求) of the two seed plans that have a time-limit column, with the rule and the due date
/// written out by hand from reading the documents.
/// </summary>
public class SeedTimeLimitTests
{
    private static readonly DeadlineContext Yeji = new(2021);
    private static readonly DeadlineContext Sixian = new(2020, new LocalDate(2020, 9, 27));

    private static readonly Lazy<IReadOnlyDictionary<int, string>> YejiCells = new(() => ReadYejiCells(Seeds.Read(Seeds.Yeji2021)));
    private static readonly Lazy<IReadOnlyDictionary<int, string>> SixianCells = new(() => ReadSixianCells(Seeds.Read(Seeds.Sixian2020)));

    /// <summary>000: 叶集区 2021, one cell per line; task number, time limit as written, rule, due date.</summary>
    public static TheoryData<int, string, DeadlineRule, LocalDate?> Yeji2021 => new()
    {
        { 1, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 2, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 3, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 4, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 5, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 6, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 7, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 8, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 9, "持续推进", Continuous, null },
        { 10, "持续推进", Continuous, null },
        { 11, "持续推进", Continuous, null },
        { 12, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 13, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 14, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 15, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 16, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 17, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 18, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 19, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 20, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 21, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 22, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 23, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 24, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 25, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 26, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 27, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 28, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 29, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 30, "10月底前", MonthEnd(10), Day(2021, 10, 31) },
        { 31, "10月底前", MonthEnd(10), Day(2021, 10, 31) },
        { 32, "10月底前", MonthEnd(10), Day(2021, 10, 31) },
        { 33, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 34, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 35, "10月底前", MonthEnd(10), Day(2021, 10, 31) },
        { 36, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 37, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 38, "10月底前", MonthEnd(10), Day(2021, 10, 31) },
        { 39, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 40, "持续推进", Continuous, null },
        { 41, "持续推进", Continuous, null },
        { 42, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 43, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 44, "持续推进", Continuous, null },
        { 45, "持续推进", Continuous, null },
        { 46, "持续推进", Continuous, null },
        { 47, "持续推进", Continuous, null },
        { 48, "6月底前", MonthEnd(6), Day(2021, 6, 30) },
        { 49, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 50, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 51, "年底前", YearEnd(), Day(2021, 12, 31) },
        { 52, "持续推进", Continuous, null },
    };

    /// <summary>002: 泗县 2020, tab-indented cells broken over lines, taken with their line breaks.</summary>
    public static TheoryData<int, string, DeadlineRule, LocalDate?> Sixian2020 => new()
    {
        { 1, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 2, "\t2020年\n10月\n底前", MonthEnd(10, Year(2020)), Day(2020, 10, 31) },
        { 3, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 4, "\t持续推进", Continuous, null },
        { 5, "\t持续推进", Continuous, null },
        { 6, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 7, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 8, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 9, "\t持续推进", Continuous, null },
        { 10, "\t持续推进", Continuous, null },
        { 11, "\t持续推进", Continuous, null },
        { 12, "\t持续推进", Continuous, null },
        { 13, "\t持续推进", Continuous, null },
        { 14, "\t持续推进", Continuous, null },
        { 15, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 16, "\t持续推进", Continuous, null },
        { 17, "\t持续推进", Continuous, null },
        { 18, "\t持续推进", Continuous, null },
        { 19, "\t持续推进", Continuous, null },
        { 20, "\t持续推进", Continuous, null },
        { 21, "\t持续推进", Continuous, null },
        { 22, "\t持续推进", Continuous, null },
        { 23, "\t持续推进", Continuous, null },
        { 24, "\t2020年\n11月底前", MonthEnd(11, Year(2020)), Day(2020, 11, 30) },
        { 25, "\t2020年\n11月底前", MonthEnd(11, Year(2020)), Day(2020, 11, 30) },
        { 26, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 27, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 28, "\t2020年底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 29, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 30, "\t持续推进", Continuous, null },
        { 31, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 32, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 33, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 34, "\t2020年底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 35, "\t持续推进", Continuous, null },
        { 36, "\t持续推进", Continuous, null },
        { 37, "\t2020年9\n月底前", MonthEnd(9, Year(2020)), Day(2020, 9, 30) },
        { 38, "\t持续推进", Continuous, null },
        { 39, "\t2020年9\n月底前", MonthEnd(9, Year(2020)), Day(2020, 9, 30) },
        { 40, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 41, "\t2020\n年底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 42, "\t持续推进", Continuous, null },
        { 43, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 44, "\t持续推进", Continuous, null },
        { 45, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 46, "\t持续推进", Continuous, null },
        { 47, "\t2020年\n底前", YearEnd(Year(2020)), Day(2020, 12, 31) },
        { 48, "\t持续推进", Continuous, null },
    };

    [Theory]
    [MemberData(nameof(Yeji2021))]
    public void Every_time_limit_cell_of_the_Yeji_2021_plan_reads_as_written_by_hand(int task, string cell, DeadlineRule expected, LocalDate? due)
    {
        YejiCells.Value[task].Should().Be(cell, "the table must hold the cell as the seed writes it");

        AssertReads(cell, Yeji, expected, due);
    }

    [Theory]
    [MemberData(nameof(Sixian2020))]
    public void Every_time_limit_cell_of_the_Sixian_2020_plan_reads_as_written_by_hand(int task, string cell, DeadlineRule expected, LocalDate? due)
    {
        SixianCells.Value[task].Should().Be(cell, "the table must hold the cell as the seed writes it");

        AssertReads(cell, Sixian, expected, due);
    }

    [Fact]
    public void The_tables_cover_every_task_of_both_seed_plans()
    {
        YejiCells.Value.Keys.Should().BeEquivalentTo(Enumerable.Range(1, 52));
        Yeji2021.Select(row => (int)row[0]).Should().BeEquivalentTo(Enumerable.Range(1, 52));
        SixianCells.Value.Keys.Should().BeEquivalentTo(Enumerable.Range(1, 48));
        Sixian2020.Select(row => (int)row[0]).Should().BeEquivalentTo(Enumerable.Range(1, 48));
    }

    private static void AssertReads(string cell, DeadlineContext context, DeadlineRule expected, LocalDate? due)
    {
        var result = DeadlineText.Parse(cell, context);

        result.Rule.Should().Be(expected);
        result.Diagnostics.Should().BeEmpty();
        if (result.Rule is DeadlineRule.Fixed rule)
        {
            ((LocalDate?)rule.DueDate(context.PlanYear)).Should().Be(due);
        }
        else
        {
            due.Should().BeNull("only a fixed rule has one due date");
        }
    }

    /// <summary>
    /// 000 writes one cell per line: the task number alone, the requirement, the assignment, the time limit, the
    /// progress; blank lines (and a line holding a no-break space) between them.
    /// </summary>
    private static IReadOnlyDictionary<int, string> ReadYejiCells(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        var cells = new Dictionary<int, string>();
        var next = 1;
        for (var i = 0; i + 3 < lines.Length; i++)
        {
            if (lines[i] == next.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                cells[next++] = lines[i + 3];
            }
        }

        return cells;
    }

    /// <summary>
    /// 002 indents each cell with a tab: the task number, the requirement, the assignment, then the time limit, whose
    /// text may go on over lines without a tab (2020年 / 10月 / 底前) until a blank line.
    /// </summary>
    private static IReadOnlyDictionary<int, string> ReadSixianCells(string text)
    {
        var lines = text.Split('\n');
        var cells = new Dictionary<int, string>();
        var next = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "\t" + next.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            var k = i + 3;
            while (lines[k].Trim().Length == 0)
            {
                k++;
            }

            var cell = new List<string> { lines[k] };
            for (k++; k < lines.Length && lines[k].Trim().Length > 0 && !lines[k].StartsWith("\t", StringComparison.Ordinal); k++)
            {
                cell.Add(lines[k]);
            }

            cells[next++] = string.Join("\n", cell);
        }

        return cells;
    }
}
