using System;
using System.Globalization;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;

namespace GovTransparency.Domain.Internal;

/// <summary>
/// Messages of validation (codes GT1001–GT1999), and the words a <see cref="ValidationReport"/> is rendered with.
/// </summary>
internal static partial class Messages
{
    /// <summary>The longest excerpt of user text quoted in a validation message; longer texts end with an ellipsis.</summary>
    private const int ValidationExcerptLength = 40;

    // ---- GT10xx: numbering ----

    public static Diagnostic SectionNumberOutOfSequence(ChineseOrdinal found, int expected) => new(
        DiagnosticCodes.SectionNumberOutOfSequence,
        DiagnosticSeverity.Error,
        "部分序号「" + found.Format(OrdinalStyle.Enumeration) + "」不连续，此处应为「" + SectionOrdinalZh(expected) + "」。",
        "The section number " + found.Format(OrdinalStyle.Enumeration) + " (" + Number(found.Value) + ") is out of sequence: "
            + SectionOrdinalZh(expected) + " (" + Number(expected) + ") was expected.");

    public static Diagnostic SubsectionNumberOutOfSequence(ChineseOrdinal found, int expected, ChineseOrdinal section) => new(
        DiagnosticCodes.SubsectionNumberOutOfSequence,
        DiagnosticSeverity.Error,
        "第" + section + "部分中的小节序号「" + found.Format(OrdinalStyle.FullWidthParentheses) + "」不连续，此处应为「"
            + SubsectionOrdinalZh(expected) + "」。",
        "The subsection number " + found.Format(OrdinalStyle.FullWidthParentheses) + " (" + Number(found.Value)
            + ") in section " + section + " is out of sequence: " + SubsectionOrdinalZh(expected) + " (" + Number(expected) + ") was expected.");

    public static Diagnostic TaskNumberOutOfSequence(TaskNumber found, int expected) => new(
        DiagnosticCodes.TaskNumberOutOfSequence,
        DiagnosticSeverity.Error,
        "任务编号「" + found.Text + "」不连续，此处应为 " + Number(expected) + "。",
        "The task number \"" + found.Text + "\" is out of sequence: " + Number(expected) + " was expected.");

    public static Diagnostic TaskNumberRepeated(TaskNumber found, TaskNumber first, bool perSection) => new(
        DiagnosticCodes.TaskNumberRepeated,
        DiagnosticSeverity.Error,
        "任务编号「" + found.Text + "」重复：" + (perSection ? "本部分" : "本计划") + "前面已有任务「" + first.Text + "」。",
        "The task number \"" + found.Text + "\" is used twice: an earlier task in the " + (perSection ? "section" : "plan")
            + " is numbered \"" + first.Text + "\".");

    public static Diagnostic OrdinalRepeatedWithDifferentTitle(HeadingKind kind, ChineseOrdinal ordinal, string title, string firstTitle) => new(
        DiagnosticCodes.OrdinalRepeatedWithDifferentTitle,
        DiagnosticSeverity.Error,
        HeadingZh(kind) + "序号「" + OrdinalText(kind, ordinal) + "」重复使用，标题不同：「" + Excerpt(firstTitle) + "」与「" + Excerpt(title) + "」。",
        "The " + HeadingEn(kind) + " number " + OrdinalText(kind, ordinal) + " (" + Number(ordinal.Value)
            + ") is used twice with different titles: \"" + Excerpt(firstTitle) + "\" and \"" + Excerpt(title) + "\".")
    {
        Subject = title,
    };

    public static Diagnostic HeadingRepeated(HeadingKind kind, ChineseOrdinal ordinal, string title) => new(
        DiagnosticCodes.HeadingRepeated,
        DiagnosticSeverity.Warning,
        HeadingZh(kind) + "「" + OrdinalText(kind, ordinal) + Excerpt(title) + "」出现两次，可能是同一" + HeadingZh(kind) + "被分成了两段（如分页处重复的表头）。",
        "The " + HeadingEn(kind) + " \"" + OrdinalText(kind, ordinal) + Excerpt(title) + "\" appears twice, probably one "
            + HeadingEn(kind) + " split in two (as by a header repeated at a page break).")
    {
        Subject = title,
    };

    public static Diagnostic HeadingTitleRepeated(HeadingKind kind, ChineseOrdinal ordinal, ChineseOrdinal firstOrdinal, string title) => new(
        DiagnosticCodes.TitleRepeated,
        DiagnosticSeverity.Warning,
        HeadingZh(kind) + "「" + OrdinalText(kind, ordinal) + "」与「" + OrdinalText(kind, firstOrdinal) + "」标题相同：「" + Excerpt(title) + "」。",
        "The " + HeadingEn(kind) + "s " + OrdinalText(kind, firstOrdinal) + " and " + OrdinalText(kind, ordinal)
            + " have the same title: \"" + Excerpt(title) + "\".")
    {
        Subject = title,
    };

    public static Diagnostic TaskTitleRepeated(TaskNumber number, TaskNumber firstNumber, string title) => new(
        DiagnosticCodes.TitleRepeated,
        DiagnosticSeverity.Warning,
        "任务「" + number.Text + "」与任务「" + firstNumber.Text + "」标题相同：「" + Excerpt(title) + "」。",
        "The tasks \"" + firstNumber.Text + "\" and \"" + number.Text + "\" have the same title: \"" + Excerpt(title) + "\".")
    {
        Subject = title,
    };

    public static Diagnostic TaskNumberingDetected(TaskNumberingScheme scheme, int taskCount) => scheme == TaskNumberingScheme.RestartingPerSection
        ? new(
            DiagnosticCodes.TaskNumberingDetected,
            DiagnosticSeverity.Info,
            "任务编号在每一部分重新从 1 开始（共 " + Number(taskCount) + " 项任务）。",
            "Task numbers restart at 1 in each section (" + CountOf(taskCount, "task") + ").")
        : new(
            DiagnosticCodes.TaskNumberingDetected,
            DiagnosticSeverity.Info,
            "任务编号贯穿全文连续编排（共 " + Number(taskCount) + " 项任务）。",
            "Tasks are numbered through the whole plan (" + CountOf(taskCount, "task") + ").");

    // ---- GT11xx: content and units ----

    public static Diagnostic RequirementEmpty(bool hasTitle) => hasTitle
        ? new(
            DiagnosticCodes.RequirementEmpty,
            DiagnosticSeverity.Warning,
            "任务只有标题，工作要求为空。",
            "The task has a title but its requirement text is empty.")
        : new(
            DiagnosticCodes.RequirementEmpty,
            DiagnosticSeverity.Error,
            "任务的工作要求为空。",
            "The task's requirement text is empty.");

    public static Diagnostic TaskUnassigned() => new(
        DiagnosticCodes.TaskUnassigned,
        DiagnosticSeverity.Warning,
        "任务既没有牵头单位，也没有责任单位。",
        "The task names no lead unit (牵头) and no responsible unit (负责).");

    public static Diagnostic UnitBothLeadAndResponsible(string responsibleName, string leadName) => new(
        DiagnosticCodes.UnitBothLeadAndResponsible,
        DiagnosticSeverity.Warning,
        string.Equals(responsibleName, leadName, StringComparison.Ordinal)
            ? "「" + responsibleName + "」在同一任务中既是牵头单位又是责任单位。"
            : "「" + responsibleName + "」在同一任务中既是责任单位，又以「" + leadName + "」的名称作为牵头单位。",
        string.Equals(responsibleName, leadName, StringComparison.Ordinal)
            ? "\"" + responsibleName + "\" is named both lead (牵头) and responsible (负责) on the same task."
            : "\"" + responsibleName + "\" is named responsible (负责) on a task it also leads (牵头) as \"" + leadName + "\".")
    {
        Subject = responsibleName,
    };

    public static Diagnostic UnitNamesSimilar(string variant, int variantCount, string other, int otherCount) => new(
        DiagnosticCodes.UnitNamesSimilar,
        DiagnosticSeverity.Warning,
        "单位名称「" + variant + "」（" + Number(variantCount) + " 处）与「" + other + "」（" + Number(otherCount)
            + " 处）可能指同一单位，请统一名称或在单位目录中登记别名。",
        "The unit names \"" + variant + "\" (" + Times(variantCount) + ") and \"" + other + "\" (" + Times(otherCount)
            + ") probably mean the same body; use one name, or record one as an alias in the unit directory.")
    {
        Subject = variant,
    };

    public static Diagnostic UnitNamesAreAliases(string variant, int variantCount, string other, int otherCount, string canonical) => new(
        DiagnosticCodes.UnitNamesAreAliases,
        DiagnosticSeverity.Warning,
        "单位名称「" + variant + "」（" + Number(variantCount) + " 处）与「" + other + "」（" + Number(otherCount)
            + " 处）在单位目录中是同一单位「" + canonical + "」，本计划宜统一名称。",
        "The unit names \"" + variant + "\" (" + Times(variantCount) + ") and \"" + other + "\" (" + Times(otherCount)
            + ") are one body in the unit directory, \"" + canonical + "\"; the plan should use one name.")
    {
        Subject = variant,
    };

    public static Diagnostic LeadUnitNotSpecific(string name, UnitKind kind) => new(
        DiagnosticCodes.LeadUnitNotSpecific,
        DiagnosticSeverity.Info,
        "牵头单位「" + name + "」" + (kind == UnitKind.Collective ? "是一类单位的统称" : "是未列全的单位范围") + "，不是可以负总责的单个单位。",
        "The lead unit \"" + name + "\" is " + (kind == UnitKind.Collective ? "a collective of bodies" : "an open-ended set of bodies")
            + ", not one body that answers for the task.")
    {
        Subject = name,
    };

    public static Diagnostic HeadingWithoutTasks(HeadingKind kind, ChineseOrdinal ordinal) => new(
        DiagnosticCodes.HeadingWithoutTasks,
        DiagnosticSeverity.Warning,
        HeadingZh(kind) + "「" + OrdinalText(kind, ordinal) + "」下没有任务。",
        "The " + HeadingEn(kind) + " " + OrdinalText(kind, ordinal) + " holds no task.");

    public static Diagnostic HeadingTitleEmpty(HeadingKind kind, ChineseOrdinal ordinal) => new(
        DiagnosticCodes.HeadingTitleEmpty,
        DiagnosticSeverity.Warning,
        HeadingZh(kind) + "「" + OrdinalText(kind, ordinal) + "」没有标题。",
        "The " + HeadingEn(kind) + " " + OrdinalText(kind, ordinal) + " has no title.");

    // ---- GT12xx: deadlines ----

    public static Diagnostic DeadlineUnrecognized(string text) => new(
        DiagnosticCodes.DeadlineUnrecognized,
        DiagnosticSeverity.Warning,
        "无法识别时限要求「" + Excerpt(text) + "」，无法确定完成期限。",
        "The time limit \"" + Excerpt(text) + "\" could not be understood, so the task has no due date.")
    {
        Subject = text,
    };

    public static Diagnostic DeadlineBeforeIssue(LocalDate due, LocalDate issued) => new(
        DiagnosticCodes.DeadlineBeforeIssue,
        DiagnosticSeverity.Warning,
        "完成期限 " + DateZh(due) + " 早于计划印发日期 " + DateZh(issued) + "：印发时已经逾期。",
        "The due date " + DateEn(due) + " is before the plan's issue date " + DateEn(issued) + ": the task was already late when the plan was issued.");

    public static Diagnostic DeadlineYearDiffers(int year, int planYear) => year < planYear
        ? new(
            DiagnosticCodes.DeadlineYearDiffers,
            DiagnosticSeverity.Warning,
            "时限写明的年份 " + Number(year) + " 早于计划年度 " + Number(planYear) + "。",
            "The time limit names the year " + Number(year) + ", earlier than the plan year " + Number(planYear) + ".")
        : new(
            DiagnosticCodes.DeadlineYearDiffers,
            DiagnosticSeverity.Info,
            "时限写明的年份 " + Number(year) + " 不是计划年度 " + Number(planYear) + "。",
            "The time limit names the year " + Number(year) + ", not the plan year " + Number(planYear) + ".");

    public static Diagnostic MilestonesOutOfOrder(int step, LocalDate due, LocalDate previousDue) => new(
        DiagnosticCodes.MilestonesOutOfOrder,
        DiagnosticSeverity.Error,
        "第 " + Number(step) + " 个阶段的期限 " + DateZh(due) + " 早于前一阶段的期限 " + DateZh(previousDue) + "。",
        "Step " + Number(step) + " falls due on " + DateEn(due) + ", before the step written before it (" + DateEn(previousDue) + ").");

    public static Diagnostic RequirementDeadlineEarlier(string text, LocalDate due, LocalDate columnDue) => new(
        DiagnosticCodes.RequirementDeadlineEarlier,
        DiagnosticSeverity.Warning,
        "工作要求中的期限「" + Excerpt(text) + "」（" + DateZh(due) + "）早于时限要求栏的期限 " + DateZh(columnDue) + "。",
        "The requirement text sets the deadline \"" + Excerpt(text) + "\" (" + DateEn(due) + "), earlier than the time-limit column's due date " + DateEn(columnDue) + ".")
    {
        Subject = text,
    };

    public static Diagnostic RelativeEventUnknown(DeadlineRule.Relative rule) => new(
        DiagnosticCodes.RelativeEventUnknown,
        DiagnosticSeverity.Info,
        "时限「" + rule.ToChineseText() + "」从某一事件起算，计划中没有该事件的日期" + (rule.Event == RelativeEvent.PlanIssued ? "（未写明印发日期）" : string.Empty) + "，无法仅凭计划算出期限。",
        "The time limit \"" + rule.ToChineseText() + "\" counts from an event whose date the plan does not give"
            + (rule.Event == RelativeEvent.PlanIssued ? " (the issue date is unknown)" : string.Empty) + ", so the plan alone gives no due date.")
    {
        Subject = rule.ToChineseText(),
    };

    public static Diagnostic DeadlineUnspecifiedInPlan(int planYear) => new(
        DiagnosticCodes.DeadlineUnspecified,
        DiagnosticSeverity.Info,
        "任务未写明时限要求，按计划默认时限 " + Number(planYear) + " 年年底前执行。",
        "The task has no time limit; the plan's default applies: by the end of " + Number(planYear) + ".");

    public static Diagnostic DeadlineUnspecifiedInPlan() => new(
        DiagnosticCodes.DeadlineUnspecified,
        DiagnosticSeverity.Info,
        "任务未写明时限要求，按计划默认时限（计划年度年底前）执行。",
        "The task has no time limit; the plan's default applies: by the end of the plan year.");

    // ---- GT13xx: document metadata ----

    public static Diagnostic DocumentNumberYearDiffers(DocumentNumber number, int planYear, bool isIssueYear) => new(
        DiagnosticCodes.DocumentNumberYearDiffers,
        isIssueYear ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning,
        "发文字号「" + number + "」的年份 " + Number(number.Year) + " 不是计划年度 " + Number(planYear) + (isIssueYear ? "（与印发年份一致）。" : "。"),
        "The year " + Number(number.Year) + " of the document number " + number + " is not the plan year " + Number(planYear)
            + (isIssueYear ? " (it is the year the plan was issued)." : "."))
    {
        Subject = number.ToString(),
    };

    public static Diagnostic IssuedAfterPlanYear(LocalDate issued, int planYear) => new(
        DiagnosticCodes.IssuedAfterPlanYear,
        DiagnosticSeverity.Warning,
        "印发日期 " + DateZh(issued) + " 晚于计划年度 " + Number(planYear) + " 年年底。",
        "The issue date " + DateEn(issued) + " is after the end of the plan year " + Number(planYear) + ".");

    public static Diagnostic PublishedBeforeWritten(LocalDate published, LocalDate written) => new(
        DiagnosticCodes.PublishedBeforeWritten,
        DiagnosticSeverity.Error,
        "发布日期 " + DateZh(published) + " 早于成文日期 " + DateZh(written) + "。",
        "The publication date " + DateEn(published) + " is before the date the document was written, " + DateEn(written) + ".");

    public static Diagnostic IssuedBeforeWritten(LocalDate issued, LocalDate written) => new(
        DiagnosticCodes.IssuedBeforeWritten,
        DiagnosticSeverity.Error,
        "印发日期 " + DateZh(issued) + " 早于成文日期 " + DateZh(written) + "。",
        "The issue date " + DateEn(issued) + " is before the date the document was written, " + DateEn(written) + ".");

    // ---- GT14xx: progress reports ----

    public static Diagnostic ProgressTaskUnknown(TaskNumber task) => new(
        DiagnosticCodes.ProgressTaskUnknown,
        DiagnosticSeverity.Error,
        "进展情况中的任务「" + task.Text + "」在计划中不存在。",
        "The progress entry is for task \"" + task.Text + "\", which the plan does not have.");

    public static Diagnostic ProgressTaskRepeated(TaskNumber task, bool disagree) => new(
        DiagnosticCodes.ProgressTaskRepeated,
        disagree ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        "同一份进展情况中任务「" + task.Text + "」出现两次" + (disagree ? "，且内容不一致。" : "。"),
        "The report has a second entry for task \"" + task.Text + "\"" + (disagree ? ", which disagrees with the first." : "."));

    public static Diagnostic ProgressReportDateOutsidePlan(LocalDate asOf, int planYear) => new(
        DiagnosticCodes.ProgressReportDateOutsidePlan,
        DiagnosticSeverity.Warning,
        "进展情况的截止日期 " + DateZh(asOf) + " 不在计划年度 " + Number(planYear) + " 年及次年之内。",
        "The report is as of " + DateEn(asOf) + ", outside the plan year " + Number(planYear) + " and the year after it.");

    public static Diagnostic ProgressCompletionReversed(TaskNumber task, LocalDate completedAsOf, LocalDate asOf, ProgressStatus status) => new(
        DiagnosticCodes.ProgressCompletionReversed,
        DiagnosticSeverity.Warning,
        "任务「" + task.Text + "」在截至 " + DateZh(completedAsOf) + " 的进展情况中已完成，截至 " + DateZh(asOf) + " 却报为" + StatusZh(status) + "。",
        "Task \"" + task.Text + "\" was reported completed as of " + DateEn(completedAsOf) + " but " + StatusEn(status) + " as of " + DateEn(asOf) + ".");

    public static Diagnostic ProgressStatusUnknown(string text) => text.Trim().Length == 0
        ? new(
            DiagnosticCodes.ProgressStatusUnknown,
            DiagnosticSeverity.Info,
            "进展情况为空，任务状态未知。",
            "The progress entry is empty; the task's status is unknown.")
        : new(
            DiagnosticCodes.ProgressStatusUnknown,
            DiagnosticSeverity.Info,
            "无法从进展情况「" + Excerpt(text) + "」判断任务状态。",
            "The task's status could not be understood from the progress text \"" + Excerpt(text) + "\".")
        {
            Subject = text,
        };

    public static Diagnostic ProgressReportForOtherPlan(DocumentNumber reported, DocumentNumber plan) => new(
        DiagnosticCodes.ProgressReportForOtherPlan,
        DiagnosticSeverity.Warning,
        "进展情况所对应的发文字号「" + reported + "」与计划的发文字号「" + plan + "」不同。",
        "The report names the plan document number " + reported + ", but the plan's is " + plan + ".")
    {
        Subject = reported.ToString(),
    };

    // ---- Rendering a report ----

    public static string ValidationSeverityName(DiagnosticSeverity severity, bool chinese) => severity switch
    {
        DiagnosticSeverity.Error => chinese ? "错误" : "error",
        DiagnosticSeverity.Warning => chinese ? "警告" : "warning",
        DiagnosticSeverity.Info => chinese ? "提示" : "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string ValidationTaskLabel(TaskNumber task, bool chinese) =>
        chinese ? "（任务 " + task.Text + "）" : " (task " + task.Text + ")";

    public static string ValidationSummary(int errors, int warnings, int infos, bool chinese)
    {
        if (errors + warnings + infos == 0)
        {
            return chinese ? "未发现问题。" : "No findings.";
        }

        return chinese
            ? "共 " + Number(errors + warnings + infos) + " 项：错误 " + Number(errors) + " 项，警告 " + Number(warnings) + " 项，提示 " + Number(infos) + " 项。"
            : CountOf(errors + warnings + infos, "finding") + ": " + CountOf(errors, "error") + ", " + CountOf(warnings, "warning") + ", " + Number(infos) + " info.";
    }

    // ---- helpers ----

    private static string HeadingZh(HeadingKind kind) => kind == HeadingKind.Section ? "部分" : "小节";

    private static string HeadingEn(HeadingKind kind) => kind == HeadingKind.Section ? "section" : "subsection";

    private static string OrdinalText(HeadingKind kind, ChineseOrdinal ordinal) =>
        ordinal.Format(kind == HeadingKind.Section ? OrdinalStyle.Enumeration : OrdinalStyle.FullWidthParentheses);

    private static string SectionOrdinalZh(int value) =>
        value is >= ChineseOrdinal.MinValue and <= ChineseOrdinal.MaxValue ? new ChineseOrdinal(value).Format(OrdinalStyle.Enumeration) : Number(value);

    private static string SubsectionOrdinalZh(int value) =>
        value is >= ChineseOrdinal.MinValue and <= ChineseOrdinal.MaxValue ? new ChineseOrdinal(value).Format(OrdinalStyle.FullWidthParentheses) : Number(value);

    private static string StatusZh(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "暂未开展",
        ProgressStatus.InProgress => "正在推进",
        ProgressStatus.Completed => "已完成",
        _ => "状态未知",
    };

    private static string StatusEn(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "not started",
        ProgressStatus.InProgress => "in progress",
        ProgressStatus.Completed => "completed",
        _ => "of unknown status",
    };

    private static string DateZh(LocalDate date) =>
        Number(date.Year) + "年" + Number(date.Month) + "月" + Number(date.Day) + "日";

    private static string DateEn(LocalDate date) =>
        date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-"
            + date.Day.ToString("D2", CultureInfo.InvariantCulture);

    private static string Times(int count) => count == 1 ? "once" : Number(count) + " times";

    private static string CountOf(int count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Excerpt(string text)
    {
        if (text.Length <= ValidationExcerptLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[ValidationExcerptLength - 1]) ? ValidationExcerptLength - 1 : ValidationExcerptLength;
        return string.Concat(text.Substring(0, length), "…");
    }
}
