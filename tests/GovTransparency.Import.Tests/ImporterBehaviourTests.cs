using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using NodaTime;
using Xunit;

namespace GovTransparency.Import.Tests;

/// <summary>The importer's rules, each on a small document written for the rule.</summary>
public class ImporterBehaviourTests
{
    private static ImportResult Import(params string[] lines) => PlanDocumentImporter.Import(string.Join("\n", lines));

    /// <summary>A table printed one cell per line, cells separated by blank lines.</summary>
    private static ImportResult ImportCells(params string[] cells) => PlanDocumentImporter.Import(string.Join("\n\n", cells));

    [Fact]
    public void Inline_assignments_in_prose_are_read_into_units_and_the_text_is_kept()
    {
        var result = Import(
            "2022年某市政务公开工作要点",
            "一、加强政策解读",
            "（一）做好解读工作。各部门要同步解读政策文件。（市府办牵头，市政府各部门负责）");

        var task = result.Plan.Sections[0].Tasks.Single();
        task.Title.Should().Be("做好解读工作。");
        task.Requirement.Should().Be("各部门要同步解读政策文件。（市府办牵头，市政府各部门负责）");
        task.Assignments.Should().Equal(
            new Assignment(new Unit("市府办"), UnitRole.Lead),
            new Assignment(new Unit("市政府各部门", UnitKind.Collective), UnitRole.Responsible));
    }

    [Fact]
    public void Brackets_that_assign_nothing_stay_text()
    {
        var result = Import(
            "2022年某县政务公开工作要点",
            "一、加强平台建设",
            "（一）办好政府网站。落实《政府网站发展指引》(国办发〔2017〕47号)要求。");

        result.Plan.Sections[0].Tasks.Single().Assignments.Should().BeEmpty();
    }

    [Fact]
    public void A_line_continuing_a_prose_paragraph_belongs_to_its_task()
    {
        var result = Import(
            "2022年某县政务公开工作要点",
            "一、总体",
            "1、做好公开。第一部分",
            "第二部分。");

        result.Plan.Sections[0].Tasks.Single().Requirement.Should().Be("第一部分\n第二部分。");
    }

    [Fact]
    public void Tasks_before_any_section_go_into_an_untitled_section_with_a_warning()
    {
        var result = ImportCells("具体要求", "责任单位", "时限要求", "1", "做好公开。", "区政府办公室", "年底前");

        result.Plan.Sections.Should().ContainSingle().Which.Title.Should().BeEmpty();
        result.Plan.TaskCount.Should().Be(1);
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.TasksBeforeFirstSection && d.Line == 7);
    }

    [Fact]
    public void A_row_short_of_cells_is_read_in_column_order_with_a_warning()
    {
        var result = Import("具体要求", "", "责任单位", "", "时限要求", "", "一、总体", "", "1", "", "做好公开。", "", "2", "", "做好解读。", "", "区政府办公室负责落实", "", "年底前");

        var tasks = result.Plan.Sections[0].Tasks;
        tasks.Select(t => t.Number.Value).Should().Equal(1, 2);
        tasks[0].Requirement.Should().Be("做好公开。");
        tasks[0].TimeLimitText.Should().BeNull();
        tasks[1].TimeLimitText.Should().Be("年底前");
        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.RowIncomplete)
            .Which.Should().Match<Diagnostic>(d => d.Line == 9 && d.Path == "Sections[0].Tasks[0]");
    }

    [Fact]
    public void A_heading_repeated_after_a_page_break_continues_while_a_new_title_under_the_same_number_starts_a_subsection()
    {
        var result = ImportCells(
            "具体要求", "责任单位",
            "一、总体", "（一）公开。", "1", "做好公开。", "区政府办公室",
            "一、总体", "(一)公开", "2", "做好解读。", "区政府办公室",
            "一、总体", "(一)解读", "3", "做好回应。", "区政府办公室");

        var section = result.Plan.Sections.Should().ContainSingle().Subject;
        section.Subsections.Select(u => u.Title).Should().Equal("公开。", "解读");
        section.Subsections[0].Tasks.Select(t => t.Number.Value).Should().Equal(1, 2);
        result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.HeadingRepeated).Select(d => d.Line).Should().Equal(15, 17, 25);
    }

    [Fact]
    public void Portal_labels_are_read_with_full_width_colons_bullets_and_spaced_names()
    {
        var result = Import(
            "  • 发文机关：某省人民政府办公厅",
            "  • 标\u2002\u2002题：某省人民政府办公厅关于印发2022年政务公开工作要点的通知",
            "  • 发文字号：某政办〔2022〕7号",
            "成文日期：2022年3月1日 发布日期：2022-03-05 10:00",
            "一、总体要求");

        var plan = result.Plan;
        plan.IssuingAuthority.Should().Be("某省人民政府办公厅");
        plan.Title.Should().Be("某省人民政府办公厅关于印发2022年政务公开工作要点的通知");
        plan.DocumentNumber.Should().Be(new DocumentNumber("某政办", 2022, 7));
        plan.WrittenOn.Should().Be(new LocalDate(2022, 3, 1));
        plan.PublishedOn.Should().Be(new LocalDate(2022, 3, 5));
        plan.Level.Should().Be(PlanLevel.Provincial);
    }

    [Fact]
    public void A_labelled_date_that_cannot_be_read_is_reported_and_a_placeholder_is_not()
    {
        var result = Import("成文日期: 2021-02-30", "发布日期: 暂无", "一、总体要求");

        result.Plan.WrittenOn.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.HeaderValueUnreadable)
            .Which.Should().Match<Diagnostic>(d => d.Line == 1 && d.Subject == "2021-02-30");
    }

    [Fact]
    public void A_date_written_with_Chinese_numerals_under_a_notice_is_the_issue_date()
    {
        var result = Import("某县人民政府办公室", "二〇二〇年九月二十七日", "一、总体要求");

        result.Plan.IssuedOn.Should().Be(new LocalDate(2020, 9, 27));
        result.Plan.IssuingAuthority.Should().Be("某县人民政府办公室");
    }

    [Fact]
    public void A_date_marked_as_printed_takes_precedence_over_the_signature_date()
    {
        var result = Import("2020年9月27日", "2020年9月28日印发", "一、总体要求");

        result.Plan.IssuedOn.Should().Be(new LocalDate(2020, 9, 28));
    }

    [Theory]
    [InlineData("某政办〔2023〕5号\n一、总体要求", 2023, "document number")]
    [InlineData("发布日期: 2024-02-01\n一、总体要求", 2024, "date published")]
    [InlineData("2022年政务公开工作要点\n一、总体要求", 2022, "title")]
    public void The_plan_year_is_read_from_the_title_else_the_document_number_else_a_date_and_the_source_is_named(string text, int year, string source)
    {
        var result = PlanDocumentImporter.Import(text);

        result.Plan.Year.Should().Be(year);
        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.PlanYearInferred)
            .Which.MessageEn.Should().Contain(source);
    }

    [Fact]
    public void Without_any_year_the_default_year_is_used_or_else_a_placeholder_with_an_error()
    {
        PlanDocumentImporter.Import("一、总体要求", new ImportOptions { DefaultYear = 2025 }).Plan.Year.Should().Be(2025);

        var result = PlanDocumentImporter.Import("一、总体要求");
        result.Plan.Year.Should().Be(1949);
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.PlanYearNotFound && d.IsError);
    }

    [Fact]
    public void A_given_plan_year_wins_over_the_document()
    {
        var result = PlanDocumentImporter.Import("2022年政务公开工作要点\n一、总体要求", new ImportOptions { PlanYear = 2023 });

        result.Plan.Year.Should().Be(2023);
        result.Diagnostics.Should().NotContain(d => d.Code == ImportDiagnosticCodes.PlanYearInferred);
    }

    [Fact]
    public void An_implausible_year_in_the_options_is_a_programmer_error()
    {
        var act = () => PlanDocumentImporter.Import("x", new ImportOptions { PlanYear = 1800 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
    }

    [Theory]
    [InlineData("国务院办公厅", PlanLevel.National)]
    [InlineData("福建省人民政府办公厅", PlanLevel.Provincial)]
    [InlineData("广西壮族自治区人民政府办公厅", PlanLevel.Provincial)]
    [InlineData("北京市人民政府办公厅", PlanLevel.Provincial)]
    [InlineData("福州市人民政府办公厅", PlanLevel.Municipal)]
    [InlineData("六安市叶集区人民政府办公室", PlanLevel.County)]
    [InlineData("泗县人民政府办公室", PlanLevel.County)]
    [InlineData("某某镇人民政府", PlanLevel.Township)]
    [InlineData("泗县财政局", PlanLevel.Department)]
    public void The_level_is_inferred_from_the_issuer_s_name(string issuer, PlanLevel level)
    {
        var result = Import("发文机关: " + issuer, "一、总体要求");

        result.Plan.Level.Should().Be(level);
        result.Diagnostics.Should().ContainSingle(d => d.Code == ImportDiagnosticCodes.LevelInferred).Which.Subject.Should().Be(issuer);
    }

    [Fact]
    public void A_progress_table_without_a_month_is_dated_by_its_publication_else_the_end_of_the_plan_year()
    {
        var table = new[] { "具体要求", "责任单位", "进展情况", "一、总体", "1", "做好公开。", "区政府办公室", "已完成" };

        var published = ImportCells(new[] { "名称: 某区2021年政务公开重点工作任务分工进展情况", "发布日期: 2021-07-05" }.Concat(table).ToArray());
        published.ProgressReport!.AsOf.Should().Be(new LocalDate(2021, 7, 5));
        published.Plan.Title.Should().Be("某区2021年政务公开重点工作任务分工");

        var undated = ImportCells(new[] { "名称: 某区2021年政务公开重点工作任务分工进展情况" }.Concat(table).ToArray());
        undated.ProgressReport!.AsOf.Should().Be(new LocalDate(2021, 12, 31));
        undated.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.ProgressDateNotFound);
    }

    [Fact]
    public void A_task_without_its_progress_cell_has_no_entry_and_a_warning()
    {
        var result = Import("具体要求", "", "责任单位", "", "进展情况", "", "一、总体", "", "1", "", "做好公开。", "", "区政府办公室", "", "2", "", "做好解读。", "", "区政府办公室", "", "正在推进");

        result.ProgressReport!.Entries.Select(e => e.Task.Value).Should().Equal(2);
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.ProgressCellMissing && d.Line == 9);
    }

    [Fact]
    public void A_document_without_a_title_says_so()
    {
        var result = Import("一、总体要求");

        result.Plan.Title.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == ImportDiagnosticCodes.TitleNotFound);
    }

    [Fact]
    public void Statistics_print_as_one_json_object()
    {
        new ImportStatistics(6, 22, 52, 52, 3).ToJson().Should().Be(
            "{\"sections\": 6, \"subsections\": 22, \"tasks\": 52, \"progressEntries\": 52, \"diagnostics\": 3}");
    }

    [Fact]
    public void Findings_of_the_domain_parsers_carry_the_line_and_the_task_path()
    {
        // 牵头 with no unit before it is GT0201 from the assignment parser.
        var result = Import("具体要求", "", "责任单位", "", "一、总体", "", "（一）公开", "", "1", "", "做好公开。", "", "牵头，区政府各部门负责落实");

        result.Diagnostics.Should().Contain(d => d.Code == "GT0201" && d.Line == 13 && d.Path!.StartsWith("Sections[0].Subsections[0].Tasks[0].Assignments", StringComparison.Ordinal));
    }
}
