using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

/// <summary>
/// A small hand-built plan of 11 tasks in two sections, with an August and a September report, judged on 2021-10-15:
/// between them its tasks take every standing, every status, every timeliness and every kind of unit, so that one
/// rendered document pins every branch of the renderers. What each task is, and why, at 2021-10-15:
/// </summary>
/// <remarks>
/// <code>
/// task  time limit  2021-08-31  2021-09-30  at 2021-10-15
///  1    10月底前     正在进行     已完成       completed on time   (done 09-01..09-30, due 10-31)  became completed
///  2    6月底前      正在进行     已完成       completed late     (done 09-01..09-30, due 06-30: 63 days late) became completed
///  3    6月底前      已完成       已完成       completed, undetermined (done 01-01..08-31 holds 06-30)
///  4    10月底前     —           暂未开展     due soon, 16 days (not started)
///  5    6月底前      正在进行     正在进行     overdue, 107 days
///  6    2021年9月底前 —           —           overdue, 15 days (unreported; due soon at 08-31)  slipped to overdue
///  7    持续推进     —           正在进行     ongoing, reported 15 days ago
///  8    持续推进     —           —           ongoing, silent (never reported)
///  9    (none)      —           见附件       not yet due against the default 12-31 (77 days), status unknown
/// 10    视情况而定   —           正在进行     no due date
/// 11    每季度       已完成       已完成       overdue by Q1 (03-31, 198 days); Q2 overdue 107; Q3 done on time; Q4 not yet due (77)
/// </code>
/// </remarks>
internal static class ComplianceSample
{
    public const string Title = "某区2021年政务公开重点工作任务分工";

    public static readonly DeadlineRule September = new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 9);

    public static readonly DeadlineRule Quarterly = new DeadlineRule.Recurring(RecurrenceFrequency.Quarterly);

    public static readonly WorkPlan Plan = new(Title, 2021)
    {
        Sections = new[]
        {
            new Section(new ChineseOrdinal(1), "推进重点领域信息公开")
            {
                Tasks = new[]
                {
                    Written(1, October, "10月底前", "编制基层政务公开标准目录", Lead("区政府办公室"), Responsible("各乡镇街", UnitKind.Collective)),
                    Written(2, June, "6月底前", "公开财政预决算信息", Lead("区财政局"), Responsible("区发改委")),
                    Written(3, June, "6月底前", "公开政府债务信息", Lead("区财政局")),
                    Written(4, October, "10月底前", "更新政策文件库", Lead("区政府办公室"), Responsible("区发改委")),
                    Written(5, June, "6月底前", "公开重大建设项目批准和实施信息", Lead("区财政局"), Responsible("区发改委")),
                    Written(6, September, "2021年9月底前", "完善政府信息公开指南", Lead("区政府办公室"), Lead("区司法局"), Responsible("区直有关部门", UnitKind.OpenEnded)),
                },
            },
            new Section(new ChineseOrdinal(2), "加强政务公开平台建设")
            {
                Tasks = new[]
                {
                    Written(7, Continuous, "持续推进", "做好政策解读和回应关切", Lead("区政府办公室"), Cooperating("区融媒体中心")),
                    Written(8, Continuous, "持续推进", "维护政务新媒体", Responsible("各乡镇街", UnitKind.Collective)),
                    Task(9, Unspecified, "规范依申请公开办理", Lead("区司法局")),
                    Written(10, Unrecognized, "视情况而定", "开展政务公开培训", Lead("区政府办公室")),
                    Written(11, Quarterly, "每季度", "按季度发布政府信息公开统计数据", Lead("区政府办公室"), Responsible("各乡镇街", UnitKind.Collective)),
                },
            },
        },
    };

    public static readonly ProgressHistory History = new(new[]
    {
        Report("2021-08-31", (1, "正在进行"), (2, "正在进行"), (3, "已完成"), (5, "正在进行"), (11, "已完成")),
        Report("2021-09-30", (1, "已完成"), (2, "已完成"), (3, "已完成"), (4, "暂未开展"), (5, "正在进行"), (7, "正在进行"), (9, "见附件"), (10, "正在进行"), (11, "已完成")),
    });

    /// <summary>The summary at 2021-10-15 with the default settings (30 days due soon, 31 days of silence).</summary>
    public static ComplianceSummary Summary() => PlanCompliance.Summarize(Plan, History, ChinaCalendar.Default, Date("2021-10-15"));

    public static Assignment Lead(string name) => new(new Unit(name), UnitRole.Lead);

    public static Assignment Responsible(string name, UnitKind kind = UnitKind.Specific) => new(new Unit(name, kind), UnitRole.Responsible);

    public static Assignment Cooperating(string name) => new(new Unit(name), UnitRole.Cooperating);

    private static WorkTask Written(int number, DeadlineRule rule, string timeLimit, string requirement, params Assignment[] assignments) =>
        Task(number, rule, requirement, assignments) with { TimeLimitText = timeLimit };
}
