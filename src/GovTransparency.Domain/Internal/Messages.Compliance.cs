using System.Globalization;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Internal;

internal static partial class Messages
{
    /// <summary>The words of the compliance renderers (headings, column names, standings), in one language.</summary>
    public static ComplianceWords Compliance(bool chinese) => chinese ? ComplianceWords.Chinese : ComplianceWords.English;

    /// <summary>The words of the compliance renderers in one language.</summary>
    internal sealed class ComplianceWords
    {
        public static readonly ComplianceWords Chinese = new(true);
        public static readonly ComplianceWords English = new(false);

        private readonly bool _zh;

        private ComplianceWords(bool chinese) => _zh = chinese;

        public bool IsChinese => _zh;

        public string Title => _zh ? "政务公开重点工作任务落实情况" : "Compliance summary";

        public string Plan => _zh ? "计划" : "Plan";

        public string AsOf => _zh ? "截至" : "As of";

        public string LatestReport => _zh ? "最近一期进展" : "Latest progress report";

        public string NoReport => _zh ? "无进展报告（各项任务状态未知）" : "none (every task's status is unknown)";

        public string None => _zh ? "无。" : "None.";

        public const string NotAvailable = "—";

        public string Totals => _zh ? "总体情况" : "Totals";

        public string Measure => _zh ? "指标" : "Measure";

        public string Count => _zh ? "任务数" : "Tasks";

        public string Rates(ComplianceTotals totals) =>
            (_zh ? "完成率 " : "Completion rate ") + Rate(totals.CompletionRate, totals.Completed, totals.Tasks)
            + (_zh ? "；按时完成率 " : "; on-time rate ") + Rate(totals.OnTimeRate, totals.CompletedOnTime, totals.CompletedOnTime + totals.CompletedLate + totals.Overdue)
            + (_zh
                ? "（按时完成率 = 按时完成 ÷（按时完成 + 逾期完成 + 逾期未完成），无法判断是否按时的不计入）。"
                : " (on time ÷ (on time + completed late + overdue); completions that cannot be placed before or after the due date are left out).");

        public string[] TotalRows => _zh
            ? new[] { "任务总数", "已完成", "　其中按时完成", "　其中逾期完成", "　其中无法判断是否按时", "推进中", "未开展", "状态未知", "　其中未报告", "逾期未完成", "即将到期", "未到期", "持续推进", "　其中长期未报告", "无法确定时限" }
            : new[] { "Tasks", "Completed", "  of which on time", "  of which late", "  of which timeliness undetermined", "In progress", "Not started", "Unknown", "  of which not reported", "Overdue", "Due soon", "Not yet due", "Ongoing (continuous)", "  of which silent", "No due date" };

        public string Overdue => _zh ? "逾期未完成" : "Overdue";

        public string DueSoon(int days) => _zh
            ? "即将到期（" + Number(days) + " 天内）"
            : "Due soon (within " + Number(days) + " days)";

        public string Silent(int days) => _zh
            ? "长期未报告的持续性任务（超过 " + Number(days) + " 天无进展报告）"
            : "Silent continuous tasks (no report for more than " + Number(days) + " days)";

        public string Completed => _zh ? "已完成" : "Completed";

        public string ByLeadUnit => _zh ? "按牵头单位" : "By lead unit";

        public string ByResponsibleUnit => _zh ? "按责任单位" : "By responsible unit";

        public string ByCooperatingUnit => _zh ? "按配合单位" : "By cooperating unit";

        public string BySection => _zh ? "按部分" : "By section";

        public string ChangesSince(string date) => _zh ? "自上期（" + date + "）以来的变化" : "Changes since " + date;

        public string BecameCompleted => _zh ? "新完成" : "Became completed";

        public string SlippedToOverdue => _zh ? "新逾期" : "Slipped to overdue";

        public string[] OverdueColumns => _zh
            ? new[] { "任务", "工作任务", "截止日期", "逾期天数", "牵头单位", "责任单位" }
            : new[] { "Task", "Requirement", "Due", "Days overdue", "Lead", "Responsible" };

        public string[] DueSoonColumns => _zh
            ? new[] { "任务", "工作任务", "截止日期", "剩余天数", "牵头单位", "责任单位" }
            : new[] { "Task", "Requirement", "Due", "Days left", "Lead", "Responsible" };

        public string[] SilentColumns => _zh
            ? new[] { "任务", "工作任务", "最近报告日期", "牵头单位", "责任单位" }
            : new[] { "Task", "Requirement", "Last reported", "Lead", "Responsible" };

        public string[] CompletedColumns => _zh
            ? new[] { "任务", "工作任务", "截止日期", "完成时间", "是否按时" }
            : new[] { "Task", "Requirement", "Due", "Completed", "Timeliness" };

        public string[] CountColumns(string first) => _zh
            ? new[] { first, "任务", "已完成", "按时", "逾期完成", "无法判断", "推进中", "未开展", "未知", "逾期", "即将到期", "持续推进" }
            : new[] { first, "Tasks", "Completed", "On time", "Late", "Undetermined", "In progress", "Not started", "Unknown", "Overdue", "Due soon", "Ongoing" };

        public string Unit => _zh ? "单位" : "Unit";

        public string Section => _zh ? "部分" : "Section";

        public string[] LedgerColumns => _zh
            ? new[] { "序号", "部分", "子项", "任务名称", "具体要求", "牵头单位", "责任单位", "配合单位", "时限要求", "截止日期", "进展情况", "报告日期", "进展状态", "办理状态", "逾期天数", "距截止天数", "完成时间", "是否按时", "长期未报告" }
            : new[] { "Task", "Section", "Subsection", "Title", "Requirement", "Lead units", "Responsible units", "Cooperating units", "Time limit", "Due date", "Progress", "Reported on", "Status", "Standing", "Days overdue", "Days until due", "Completed", "Timeliness", "Silent" };

        public string Yes => _zh ? "是" : "yes";

        public string Never => _zh ? "从未报告" : "never";

        public string ListSeparator => _zh ? "、" : ", ";

        public string Colon => _zh ? "：" : ": ";

        public string AndMore(int more, int total) => _zh ? "等 " + Number(total) + " 个单位" : " and " + Number(more) + " more";

        public string Status(ProgressStatus status, bool reported) => status switch
        {
            ProgressStatus.Completed => _zh ? "已完成" : "completed",
            ProgressStatus.InProgress => _zh ? "推进中" : "in progress",
            ProgressStatus.NotStarted => _zh ? "未开展" : "not started",
            _ when !reported => _zh ? "未报告" : "not reported",
            _ => _zh ? "未知" : "unknown",
        };

        public string Standing(ComplianceStanding standing) => standing switch
        {
            ComplianceStanding.CompletedOnTime => _zh ? "按时完成" : "completed on time",
            ComplianceStanding.CompletedLate => _zh ? "逾期完成" : "completed late",
            ComplianceStanding.CompletedUndetermined => _zh ? "已完成（无法判断是否按时）" : "completed, timeliness undetermined",
            ComplianceStanding.Overdue => _zh ? "逾期未完成" : "overdue",
            ComplianceStanding.DueSoon => _zh ? "即将到期" : "due soon",
            ComplianceStanding.NotYetDue => _zh ? "未到期" : "not yet due",
            ComplianceStanding.Ongoing => _zh ? "持续推进" : "ongoing",
            _ => _zh ? "无法确定时限" : "no due date",
        };

        public string Timeliness(Timeliness? timeliness) => timeliness switch
        {
            Progress.Timeliness.OnTime => _zh ? "按时" : "on time",
            Progress.Timeliness.Late => _zh ? "逾期" : "late",
            Progress.Timeliness.Undetermined => _zh ? "无法判断" : "undetermined",
            _ => string.Empty,
        };

        private string Rate(double? rate, int numerator, int denominator) =>
            (rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : NotAvailable)
            + (_zh ? "（" + Number(numerator) + "/" + Number(denominator) + "）" : " (" + Number(numerator) + " of " + Number(denominator) + ")");

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
