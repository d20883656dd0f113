using System;
using System.Globalization;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// Whole rendered documents of <see cref="ComplianceSample"/> (every standing, status, timeliness and unit kind) and of
/// an empty plan, written out by hand from the renderer's rules: headings, blank lines, "none" lines, right-aligned
/// count columns, the change lists, and every JSON enum name and flag.
/// </summary>
public class ComplianceDocumentTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static string Document(params string[] lines) => string.Join("\n", lines);

    private static readonly string CountRuleLine = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    [Fact]
    public void The_Chinese_Markdown_of_the_sample_is_the_whole_document_written_out()
    {
        var expected = Document(
            "# 政务公开重点工作任务落实情况",
            "",
            "- **计划**：某区2021年政务公开重点工作任务分工",
            "- **截至**：2021-10-15",
            "- **最近一期进展**：2021-09-30",
            "",
            "## 总体情况",
            "",
            "| 指标 | 任务数 |",
            "| --- | ---: |",
            "| 任务总数 | 11 |",
            "| 已完成 | 4 |",
            "| 　其中按时完成 | 2 |",
            "| 　其中逾期完成 | 1 |",
            "| 　其中无法判断是否按时 | 1 |",
            "| 推进中 | 3 |",
            "| 未开展 | 1 |",
            "| 状态未知 | 3 |",
            "| 　其中未报告 | 2 |",
            "| 逾期未完成 | 3 |",
            "| 即将到期 | 1 |",
            "| 未到期 | 1 |",
            "| 持续推进 | 2 |",
            "| 　其中长期未报告 | 1 |",
            "| 无法确定时限 | 1 |",
            "",
            "完成率 36.4%（4/11）；按时完成率 33.3%（2/6）（按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 逾期未完成），无法判断是否按时的不计入）。",
            "",
            "## 逾期未完成",
            "",
            "| 任务 | 工作任务 | 截止日期 | 逾期天数 | 牵头单位 | 责任单位 |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 11 | 按季度发布政府信息公开统计数据 | 2021-03-31 | 198 | 区政府办公室 | 各乡镇街 |",
            "| 5 | 公开重大建设项目批准和实施信息 | 2021-06-30 | 107 | 区财政局 | 区发改委 |",
            "| 6 | 完善政府信息公开指南 | 2021-09-30 | 15 | 区政府办公室、区司法局 | 区直有关部门 |",
            "",
            "## 即将到期（30 天内）",
            "",
            "| 任务 | 工作任务 | 截止日期 | 剩余天数 | 牵头单位 | 责任单位 |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 4 | 更新政策文件库 | 2021-10-31 | 16 | 区政府办公室 | 区发改委 |",
            "",
            "## 长期未报告的持续性任务（超过 31 天无进展报告）",
            "",
            "| 任务 | 工作任务 | 最近报告日期 | 牵头单位 | 责任单位 |",
            "| --- | --- | --- | --- | --- |",
            "| 8 | 维护政务新媒体 | 从未报告 |  | 各乡镇街 |",
            "",
            "## 已完成",
            "",
            "| 任务 | 工作任务 | 截止日期 | 完成时间 | 是否按时 |",
            "| --- | --- | --- | --- | --- |",
            "| 1 | 编制基层政务公开标准目录 | 2021-10-31 | 2021-09-01..2021-09-30 | 按时 |",
            "| 2 | 公开财政预决算信息 | 2021-06-30 | 2021-09-01..2021-09-30 | 逾期 |",
            "| 3 | 公开政府债务信息 | 2021-06-30 | 2021-01-01..2021-08-31 | 无法判断 |",
            "| 11 | 按季度发布政府信息公开统计数据 | 2021-03-31 | 2021-01-01..2021-08-31 | 按时 |",
            "",
            "## 按牵头单位",
            "",
            "| 单位 | 任务 | 已完成 | 按时 | 逾期完成 | 无法判断 | 推进中 | 未开展 | 未知 | 逾期 | 即将到期 | 持续推进 |",
            CountRuleLine,
            "| 区政府办公室 | 6 | 2 | 2 | 0 | 0 | 2 | 1 | 1 | 2 | 1 | 1 |",
            "| 区财政局 | 3 | 2 | 0 | 1 | 1 | 1 | 0 | 0 | 1 | 0 | 0 |",
            "| 区司法局 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 1 | 0 | 0 |",
            "",
            "## 按责任单位",
            "",
            "| 单位 | 任务 | 已完成 | 按时 | 逾期完成 | 无法判断 | 推进中 | 未开展 | 未知 | 逾期 | 即将到期 | 持续推进 |",
            CountRuleLine,
            "| 各乡镇街 | 3 | 2 | 2 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 1 |",
            "| 区发改委 | 3 | 1 | 0 | 1 | 0 | 1 | 1 | 0 | 1 | 1 | 0 |",
            "| 区直有关部门 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 0 |",
            "",
            "## 按配合单位",
            "",
            "| 单位 | 任务 | 已完成 | 按时 | 逾期完成 | 无法判断 | 推进中 | 未开展 | 未知 | 逾期 | 即将到期 | 持续推进 |",
            CountRuleLine,
            "| 区融媒体中心 | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |",
            "",
            "## 按部分",
            "",
            "| 部分 | 任务 | 已完成 | 按时 | 逾期完成 | 无法判断 | 推进中 | 未开展 | 未知 | 逾期 | 即将到期 | 持续推进 |",
            CountRuleLine,
            "| 一、推进重点领域信息公开 | 6 | 3 | 1 | 1 | 1 | 1 | 1 | 1 | 2 | 1 | 0 |",
            "| 二、加强政务公开平台建设 | 5 | 1 | 1 | 0 | 0 | 2 | 0 | 2 | 1 | 0 | 2 |",
            "",
            "## 自上期（2021-08-31）以来的变化",
            "",
            "- 新完成：1、2",
            "- 新逾期：6",
            "");

        ComplianceRenderer.ToMarkdown(ComplianceSample.Summary(), Chinese).Should().Be(expected);
    }

    [Fact]
    public void The_English_Markdown_of_the_sample_is_the_whole_document_written_out()
    {
        var expected = Document(
            "# Compliance summary",
            "",
            "- **Plan**: 某区2021年政务公开重点工作任务分工",
            "- **As of**: 2021-10-15",
            "- **Latest progress report**: 2021-09-30",
            "",
            "## Totals",
            "",
            "| Measure | Tasks |",
            "| --- | ---: |",
            "| Tasks | 11 |",
            "| Completed | 4 |",
            "|   of which on time | 2 |",
            "|   of which late | 1 |",
            "|   of which timeliness undetermined | 1 |",
            "| In progress | 3 |",
            "| Not started | 1 |",
            "| Unknown | 3 |",
            "|   of which not reported | 2 |",
            "| Overdue | 3 |",
            "| Due soon | 1 |",
            "| Not yet due | 1 |",
            "| Ongoing (continuous) | 2 |",
            "|   of which silent | 1 |",
            "| No due date | 1 |",
            "",
            "Completion rate 36.4% (4 of 11); on-time rate 33.3% (2 of 6) (on time ÷ (on time + completed late + overdue); completions that cannot be placed before or after the due date are left out).",
            "",
            "## Overdue",
            "",
            "| Task | Requirement | Due | Days overdue | Lead | Responsible |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 11 | 按季度发布政府信息公开统计数据 | 2021-03-31 | 198 | 区政府办公室 | 各乡镇街 |",
            "| 5 | 公开重大建设项目批准和实施信息 | 2021-06-30 | 107 | 区财政局 | 区发改委 |",
            "| 6 | 完善政府信息公开指南 | 2021-09-30 | 15 | 区政府办公室, 区司法局 | 区直有关部门 |",
            "",
            "## Due soon (within 30 days)",
            "",
            "| Task | Requirement | Due | Days left | Lead | Responsible |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 4 | 更新政策文件库 | 2021-10-31 | 16 | 区政府办公室 | 区发改委 |",
            "",
            "## Silent continuous tasks (no report for more than 31 days)",
            "",
            "| Task | Requirement | Last reported | Lead | Responsible |",
            "| --- | --- | --- | --- | --- |",
            "| 8 | 维护政务新媒体 | never |  | 各乡镇街 |",
            "",
            "## Completed",
            "",
            "| Task | Requirement | Due | Completed | Timeliness |",
            "| --- | --- | --- | --- | --- |",
            "| 1 | 编制基层政务公开标准目录 | 2021-10-31 | 2021-09-01..2021-09-30 | on time |",
            "| 2 | 公开财政预决算信息 | 2021-06-30 | 2021-09-01..2021-09-30 | late |",
            "| 3 | 公开政府债务信息 | 2021-06-30 | 2021-01-01..2021-08-31 | undetermined |",
            "| 11 | 按季度发布政府信息公开统计数据 | 2021-03-31 | 2021-01-01..2021-08-31 | on time |",
            "",
            "## By lead unit",
            "",
            "| Unit | Tasks | Completed | On time | Late | Undetermined | In progress | Not started | Unknown | Overdue | Due soon | Ongoing |",
            CountRuleLine,
            "| 区政府办公室 | 6 | 2 | 2 | 0 | 0 | 2 | 1 | 1 | 2 | 1 | 1 |",
            "| 区财政局 | 3 | 2 | 0 | 1 | 1 | 1 | 0 | 0 | 1 | 0 | 0 |",
            "| 区司法局 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 1 | 0 | 0 |",
            "",
            "## By responsible unit",
            "",
            "| Unit | Tasks | Completed | On time | Late | Undetermined | In progress | Not started | Unknown | Overdue | Due soon | Ongoing |",
            CountRuleLine,
            "| 各乡镇街 | 3 | 2 | 2 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 1 |",
            "| 区发改委 | 3 | 1 | 0 | 1 | 0 | 1 | 1 | 0 | 1 | 1 | 0 |",
            "| 区直有关部门 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 0 |",
            "",
            "## By cooperating unit",
            "",
            "| Unit | Tasks | Completed | On time | Late | Undetermined | In progress | Not started | Unknown | Overdue | Due soon | Ongoing |",
            CountRuleLine,
            "| 区融媒体中心 | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |",
            "",
            "## By section",
            "",
            "| Section | Tasks | Completed | On time | Late | Undetermined | In progress | Not started | Unknown | Overdue | Due soon | Ongoing |",
            CountRuleLine,
            "| 一、推进重点领域信息公开 | 6 | 3 | 1 | 1 | 1 | 1 | 1 | 1 | 2 | 1 | 0 |",
            "| 二、加强政务公开平台建设 | 5 | 1 | 1 | 0 | 0 | 2 | 0 | 2 | 1 | 0 | 2 |",
            "",
            "## Changes since 2021-08-31",
            "",
            "- Became completed: 1, 2",
            "- Slipped to overdue: 6",
            "");

        ComplianceRenderer.ToMarkdown(ComplianceSample.Summary(), English).Should().Be(expected);
    }

    [Fact]
    public void A_plan_without_tasks_says_none_under_every_heading_and_lists_no_changes_as_none()
    {
        // Two reports that mention nothing: there is a latest report and a previous one, so a (empty) change list.
        var history = new ProgressHistory(new[] { new ProgressReport(Date("2021-08-31")), new ProgressReport(Date("2021-09-30")) });
        var summary = PlanCompliance.Summarize(new WorkPlan("空计划", 2021), history, ChinaCalendar.Default, Date("2021-10-15"));

        var expected = Document(
            "# 政务公开重点工作任务落实情况",
            "",
            "- **计划**：空计划",
            "- **截至**：2021-10-15",
            "- **最近一期进展**：2021-09-30",
            "",
            "## 总体情况",
            "",
            "| 指标 | 任务数 |",
            "| --- | ---: |",
            "| 任务总数 | 0 |",
            "| 已完成 | 0 |",
            "| 　其中按时完成 | 0 |",
            "| 　其中逾期完成 | 0 |",
            "| 　其中无法判断是否按时 | 0 |",
            "| 推进中 | 0 |",
            "| 未开展 | 0 |",
            "| 状态未知 | 0 |",
            "| 　其中未报告 | 0 |",
            "| 逾期未完成 | 0 |",
            "| 即将到期 | 0 |",
            "| 未到期 | 0 |",
            "| 持续推进 | 0 |",
            "| 　其中长期未报告 | 0 |",
            "| 无法确定时限 | 0 |",
            "",
            "完成率 —（0/0）；按时完成率 —（0/0）（按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 逾期未完成），无法判断是否按时的不计入）。",
            "",
            "## 逾期未完成",
            "",
            "无。",
            "",
            "## 即将到期（30 天内）",
            "",
            "无。",
            "",
            "## 长期未报告的持续性任务（超过 31 天无进展报告）",
            "",
            "无。",
            "",
            "## 已完成",
            "",
            "无。",
            "",
            "## 按牵头单位",
            "",
            "无。",
            "",
            "## 按责任单位",
            "",
            "无。",
            "",
            "## 按配合单位",
            "",
            "无。",
            "",
            "## 按部分",
            "",
            "无。",
            "",
            "## 自上期（2021-08-31）以来的变化",
            "",
            "- 新完成：无。",
            "- 新逾期：无。",
            "");

        ComplianceRenderer.ToMarkdown(summary, Chinese).Should().Be(expected);
    }

    [Fact]
    public void A_plan_without_tasks_or_reports_says_so_in_English_and_has_no_changes_section()
    {
        // Every table is followed by a blank line, the last one too.
        var summary = PlanCompliance.Summarize(
            new WorkPlan("Empty plan", 2021) { Sections = new[] { new Section(new ChineseOrdinal(1), "空部分") } },
            ProgressHistory.Empty,
            ChinaCalendar.Default,
            Date("2021-10-15"),
            new ComplianceSettings { DueSoonDays = 7, SilenceDays = 60 });

        var expected = Document(
            "# Compliance summary",
            "",
            "- **Plan**: Empty plan",
            "- **As of**: 2021-10-15",
            "- **Latest progress report**: none (every task's status is unknown)",
            "",
            "## Totals",
            "",
            "| Measure | Tasks |",
            "| --- | ---: |",
            "| Tasks | 0 |",
            "| Completed | 0 |",
            "|   of which on time | 0 |",
            "|   of which late | 0 |",
            "|   of which timeliness undetermined | 0 |",
            "| In progress | 0 |",
            "| Not started | 0 |",
            "| Unknown | 0 |",
            "|   of which not reported | 0 |",
            "| Overdue | 0 |",
            "| Due soon | 0 |",
            "| Not yet due | 0 |",
            "| Ongoing (continuous) | 0 |",
            "|   of which silent | 0 |",
            "| No due date | 0 |",
            "",
            "Completion rate — (0 of 0); on-time rate — (0 of 0) (on time ÷ (on time + completed late + overdue); completions that cannot be placed before or after the due date are left out).",
            "",
            "## Overdue",
            "",
            "None.",
            "",
            "## Due soon (within 7 days)",
            "",
            "None.",
            "",
            "## Silent continuous tasks (no report for more than 60 days)",
            "",
            "None.",
            "",
            "## Completed",
            "",
            "None.",
            "",
            "## By lead unit",
            "",
            "None.",
            "",
            "## By responsible unit",
            "",
            "None.",
            "",
            "## By cooperating unit",
            "",
            "None.",
            "",
            "## By section",
            "",
            "| Section | Tasks | Completed | On time | Late | Undetermined | In progress | Not started | Unknown | Overdue | Due soon | Ongoing |",
            CountRuleLine,
            "| 一、空部分 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "",
            "");

        ComplianceRenderer.ToMarkdown(summary, English).Should().Be(expected);
    }

    [Fact]
    public void The_Chinese_CSV_ledger_of_the_sample_is_written_out_row_by_row()
    {
        var expected = string.Join(
            "\r\n",
            "序号,部分,子项,任务名称,具体要求,牵头单位,责任单位,配合单位,时限要求,截止日期,进展情况,报告日期,进展状态,办理状态,逾期天数,距截止天数,完成时间,是否按时,长期未报告",
            "1,一、推进重点领域信息公开,,,编制基层政务公开标准目录,区政府办公室,各乡镇街,,10月底前,2021-10-31,已完成,2021-09-30,已完成,按时完成,,,2021-09-01..2021-09-30,按时,",
            "2,一、推进重点领域信息公开,,,公开财政预决算信息,区财政局,区发改委,,6月底前,2021-06-30,已完成,2021-09-30,已完成,逾期完成,,,2021-09-01..2021-09-30,逾期,",
            "3,一、推进重点领域信息公开,,,公开政府债务信息,区财政局,,,6月底前,2021-06-30,已完成,2021-09-30,已完成,已完成（无法判断是否按时）,,,2021-01-01..2021-08-31,无法判断,",
            "4,一、推进重点领域信息公开,,,更新政策文件库,区政府办公室,区发改委,,10月底前,2021-10-31,暂未开展,2021-09-30,未开展,即将到期,,16,,,",
            "5,一、推进重点领域信息公开,,,公开重大建设项目批准和实施信息,区财政局,区发改委,,6月底前,2021-06-30,正在进行,2021-09-30,推进中,逾期未完成,107,,,,",
            // The time limit as the plan wrote it, not the rule's canonical phrase (9月底前).
            "6,一、推进重点领域信息公开,,,完善政府信息公开指南,区政府办公室、区司法局,区直有关部门,,2021年9月底前,2021-09-30,,,未报告,逾期未完成,15,,,,",
            "7,二、加强政务公开平台建设,,,做好政策解读和回应关切,区政府办公室,,区融媒体中心,持续推进,,正在进行,2021-09-30,推进中,持续推进,,,,,",
            "8,二、加强政务公开平台建设,,,维护政务新媒体,,各乡镇街,,持续推进,,,,未报告,持续推进,,,,,是",
            // No time limit written: the rule's phrase, which for an unspecified limit is empty.
            "9,二、加强政务公开平台建设,,,规范依申请公开办理,区司法局,,,,2021-12-31,见附件,2021-09-30,未知,未到期,,77,,,",
            "10,二、加强政务公开平台建设,,,开展政务公开培训,区政府办公室,,,视情况而定,,正在进行,2021-09-30,推进中,无法确定时限,,,,,",
            "11,二、加强政务公开平台建设,,,按季度发布政府信息公开统计数据,区政府办公室,各乡镇街,,每季度,2021-03-31,已完成,2021-09-30,已完成,逾期未完成,198,,2021-01-01..2021-08-31,按时,",
            "");

        ComplianceRenderer.ToCsv(ComplianceSample.Summary(), Chinese).Should().Be(expected);
    }

    [Fact]
    public void A_time_limit_not_written_in_the_plan_is_given_in_the_rules_canonical_phrase()
    {
        var plan = Plan(Task(1, October), Task(2, Monthly));

        var csv = ComplianceRenderer.ToCsv(PlanCompliance.Summarize(plan, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01")), English);

        var records = csv.Split(new[] { "\r\n" }, StringSplitOptions.None);
        records[1].Split(',')[8].Should().Be("10月底前");
        records[2].Split(',')[8].Should().Be("每月");
        records[1].Split(',')[11].Should().BeEmpty("no report mentions the task");
    }
}
