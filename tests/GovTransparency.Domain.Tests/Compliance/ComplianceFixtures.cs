using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>Small plans and reports for the compliance tests, written out in full.</summary>
internal static class ComplianceFixtures
{
    public static readonly DeadlineRule YearEnd = new DeadlineRule.ByYearEnd(RuleYear.PlanYear);
    public static readonly DeadlineRule October = new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10);
    public static readonly DeadlineRule June = new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6);
    public static readonly DeadlineRule Continuous = new DeadlineRule.Continuous();
    public static readonly DeadlineRule Unspecified = new DeadlineRule.Unspecified();
    public static readonly DeadlineRule MonthAfterIssue = new DeadlineRule.Relative(RelativeEvent.PlanIssued, 1, PeriodUnit.Months);
    public static readonly DeadlineRule Monthly = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly);
    public static readonly DeadlineRule Unrecognized = new DeadlineRule.Unrecognized("视情况而定");

    /// <summary>The rules by the phrase a plan writes for them.</summary>
    public static DeadlineRule Rule(string phrase) => phrase switch
    {
        "年底前" => YearEnd,
        "10月底前" => October,
        "6月底前" => June,
        "持续推进" => Continuous,
        "" => Unspecified,
        "印发后一个月内" => MonthAfterIssue,
        "每月" => Monthly,
        _ => Unrecognized,
    };

    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    public static WorkTask Task(int number, DeadlineRule rule, string requirement = "主动公开", params Assignment[] assignments) =>
        new(new TaskNumber(number), requirement) { Deadline = rule, Assignments = assignments };

    /// <summary>A 2021 plan whose tasks all sit in section 一.</summary>
    public static WorkPlan Plan(LocalDate? issuedOn, params WorkTask[] tasks) =>
        new WorkPlan("2021年政务公开重点工作任务分工", 2021)
        {
            IssuedOn = issuedOn,
            Sections = new[] { new Section(new ChineseOrdinal(1), "进一步强化重点领域信息公开") { Tasks = tasks } },
        };

    public static WorkPlan Plan(params WorkTask[] tasks) => Plan(null, tasks);

    public static ProgressReport Report(string asOf, params (int Task, string Text)[] entries) =>
        new(Date(asOf)) { Entries = entries.Select(e => ProgressEntry.FromText(new TaskNumber(e.Task), e.Text)).ToList() };

    /// <summary>Reports for task 1 written as "2021-09-30 已完成; 2021-10-31 正在进行".</summary>
    public static ProgressHistory History(string reports) =>
        new(Split(reports).Select(r =>
        {
            var space = r.IndexOf(' ', System.StringComparison.Ordinal);
            return Report(r.Substring(0, space), (1, r.Substring(space + 1)));
        }));

    private static IEnumerable<string> Split(string reports) =>
        reports.Split(';').Select(r => r.Trim()).Where(r => r.Length > 0);
}
