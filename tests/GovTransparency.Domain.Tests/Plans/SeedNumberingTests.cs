using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Plans;

/// <summary>
/// The numbering of the real seed documents, read line by line the way an importer would: a line is a heading when
/// <see cref="ChineseOrdinal.ParseHeading"/> reads it, otherwise a task when <see cref="TaskNumber"/> reads it.
/// Expected values are written from reading the documents (the task counts are those of the domain notes that accompany the seeds).
/// </summary>
public class SeedNumberingTests
{
    [Fact]
    public void Sixian_2020_has_eight_sections_with_section_seven_repeated_at_a_page_break()
    {
        var sections = Headings(Seeds.Sixian2020).Where(h => h.Style == OrdinalStyle.Enumeration);

        sections.Select(h => h.Number.ToString()).Should().Equal("一", "二", "三", "四", "五", "六", "七", "七", "八");
        sections.First().Title.Should().Be("围绕贯彻落实党的十九届四中全会精神加强用权公开");
    }

    [Fact]
    public void Sixian_2020_numbers_subsections_in_full_width_brackets()
    {
        var subsections = Headings(Seeds.Sixian2020).Where(h => h.Style != OrdinalStyle.Enumeration).ToList();

        subsections.Should().OnlyContain(h => h.Style == OrdinalStyle.FullWidthParentheses);
        subsections.Select(h => h.Number.Value).Should().Equal(
            1, 2, 3, // 一
            1, 2, 3, // 二
            1, 2, 3, // 三
            1, 2, 3, // 四
            1, 2, 3, // 五
            1, 2, 3, 4, // 六
            1, 2, 3, 4, 5, 6, 7, // 七 (across the page break)
            1, 2, 3, 4, 5); // 八
        subsections[0].Title.Should().Be("加强权力配置信息公开。");
    }

    [Fact]
    public void Sixian_2020_task_cells_run_from_1_to_48_and_a_split_time_limit_cell_also_reads_as_a_number()
    {
        var cells = Lines(Seeds.Sixian2020).Where(l => l.StartsWith('\t') && TaskNumber.TryParse(l, out _));

        var expected = Enumerable.Range(1, 41).Append(2020).Concat(Enumerable.Range(42, 7)); // 2020 / 年底前: a time limit over two lines
        cells.Select(l => TaskNumber.Parse(l).Value.Value).Should().Equal(expected);
    }

    [Fact]
    public void Yeji_2021_task_cells_run_through_the_whole_plan_from_1_to_52()
    {
        var cells = Lines(Seeds.Yeji2021).Where(l => TaskNumber.TryParse(l, out _)).Select(l => TaskNumber.Parse(l).Value);

        cells.Should().Equal(Enumerable.Range(1, 52).Select(n => new TaskNumber(n)));
    }

    [Fact]
    public void Yeji_2021_subsections_keep_the_documents_numbering_and_its_page_break_repeats()
    {
        var headings = Headings(Seeds.Yeji2021).ToList();

        headings.Where(h => h.Style == OrdinalStyle.Enumeration).Select(h => h.Number.Value).Distinct().Should().Equal(1, 2, 3, 4, 5, 6);
        headings.Where(h => h.Style != OrdinalStyle.Enumeration).Should().OnlyContain(h => h.Style == OrdinalStyle.HalfWidthParentheses);
        var sectionTwo = headings.SkipWhile(h => h.Title != "进一步强化政策发布解读")
            .TakeWhile(h => h.Title != "进一步强化政务公开工作基础")
            .Where(h => h.Style == OrdinalStyle.HalfWidthParentheses);
        sectionTwo.Select(h => h.Number.Value + " " + h.Title).Should().Equal(
            "1 持续加强重大政策发布解读。",
            "2 持续加强重大政策发布解读。",
            "2 不断提升政策解读质量效果。",
            "3 着力完善政策解读方式。",
            "3 着力完善政策解读方式。",
            "4 切实增强回应关切效果。");
    }

    [Fact]
    public void Fuzhou_2021_task_lines_run_from_1_to_37_with_a_short_title()
    {
        var tasks = Lines(Seeds.Fuzhou2021)
            .Where(l => !ChineseOrdinal.ParseHeading(l).Success)
            .Select(TaskNumber.ParseHeading)
            .Where(r => r.Success)
            .Select(r => r.Value)
            .ToList();

        tasks.Select(t => t.Number.Value).Should().Equal(Enumerable.Range(1, 37));
        tasks.Should().OnlyContain(t => t.Number.Text == t.Number.Value + ".");
        tasks[0].Title.Should().Be("主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等。");
        tasks[20].Title.Should().Be("密切关注、及时回应重点舆情");
    }

    [Fact]
    public void Fuzhou_2021_has_four_sections_and_a_numbered_requirement_in_the_notice()
    {
        var headings = Headings(Seeds.Fuzhou2021).ToList();

        headings.Select(h => h.Number.Format(h.Style)).Should().Equal(
            "四、", // 四、市大数据委要发挥职能作用… in the notice before the table
            "一、", "(一)", "(二)", "(三)", "(四)",
            "二、", "(一)", "(二)", "(三)",
            "三、", "(一)", "(二)", "(三)",
            "四、", "(一)", "(二)", "(三)");
        headings[1].Title.Should().Be("紧扣“十四五”开好局起好步深化政务公开");
    }

    [Fact]
    public void Fuzhou_2021_notice_paragraph_without_its_enumeration_comma_is_not_read_as_a_heading()
    {
        var line = Lines(Seeds.Fuzhou2021).Single(l => l.TrimStart('\u00a0').StartsWith("三各级政府"));

        var result = ChineseOrdinal.ParseHeading(line);

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.ChineseOrdinalUnreadable);
    }

    [Fact]
    public void Kuancheng_2019_prose_numbers_tasks_1_to_14_with_enumeration_commas()
    {
        var lines = Lines(Seeds.Kuancheng2019).ToList();
        var tasks = lines.Where(l => !ChineseOrdinal.ParseHeading(l).Success)
            .Select(TaskNumber.ParseHeading).Where(r => r.Success).Select(r => r.Value).ToList();

        tasks.Select(t => t.Number.Text).Should().Equal(Enumerable.Range(1, 14).Select(n => n + "、"));
        tasks[2].Title.Should().StartWith("加强政策解读工作,落实政务公开新闻发布工作机制。");
        Headings(Seeds.Kuancheng2019).Select(h => h.Number.Format(h.Style)).Should().Equal(
            "一、", "二、", "(一)", "(二)", "(三)", "(四)", "三、", "(一)", "(二)", "(三)");
    }

    [Fact]
    public void State_Council_2021_headings_are_indented_with_non_breaking_spaces()
    {
        var headings = Headings(Seeds.StateCouncil2021).ToList();

        headings.Where(h => h.Style == OrdinalStyle.Enumeration).Select(h => h.Number.Value).Should().Equal(1, 2, 3, 4, 5);
        headings.Where(h => h.Style == OrdinalStyle.HalfWidthParentheses).Should().HaveCount(4 + 3 + 3 + 3 + 3);
        headings[1].Title.Should().StartWith("主动公开各类规划。县级以上人民政府");
    }

    [Fact]
    public void Document_numbers_in_the_header_of_the_seeds_parse_on_their_own()
    {
        var sixian = Lines(Seeds.Sixian2020).Single(l => l.Contains("泗政办秘"));
        var fuzhou = Lines(Seeds.Fuzhou2021).First(l => l.StartsWith("榕政办"));

        DocumentNumber.Parse(sixian).Value.Should().Be(new DocumentNumber("泗政办秘", 2020, 49));
        DocumentNumber.Parse(fuzhou).Value.Should().Be(new DocumentNumber("榕政办", 2021, 53));
    }

    private static IEnumerable<string> Lines(string seed) => Seeds.Read(seed).Split('\n').Select(l => l.TrimEnd('\r'));

    private static IEnumerable<OrdinalHeading> Headings(string seed) =>
        Lines(seed).Select(ChineseOrdinal.ParseHeading).Where(r => r.Success).Select(r => r.Value);
}
