using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;

namespace GovTransparency.Domain.Internal;

/// <summary>
/// Messages of the deadline parser and resolver (codes GT0401–GT0499), and the texts that explain a resolution and a
/// standing.
/// </summary>
internal static partial class Messages
{
    public static Diagnostic DeadlineNotSpecified() => new(
        DiagnosticCodes.DeadlineNotSpecified,
        DiagnosticSeverity.Info,
        "未写明时限要求，按计划默认时限（当年年底前）执行。",
        "No time limit is written; the plan's default applies (by the end of the plan year).");

    public static Diagnostic DeadlineNotRecognized(string text) => new(
        DiagnosticCodes.DeadlineNotRecognized,
        DiagnosticSeverity.Warning,
        "无法识别时限要求“" + text + "”，已按原文保留。",
        "The time limit \"" + text + "\" could not be read; it is kept as written.")
    {
        Subject = text,
    };

    public static Diagnostic DeadlineInvalidDate(string text, string date, TextSpan? span = null) => new(
        DiagnosticCodes.DeadlineInvalidDate,
        DiagnosticSeverity.Warning,
        "时限要求“" + text + "”中的日期“" + date + "”不存在，已按原文保留。",
        "The time limit \"" + text + "\" names a date that does not exist (\"" + date + "\"); it is kept as written.")
    {
        Subject = date,
        Span = span,
    };

    public static Diagnostic DeadlineTenDayPeriodWithoutMonth(string text) => new(
        DiagnosticCodes.DeadlineTenDayPeriodWithoutMonth,
        DiagnosticSeverity.Warning,
        "时限要求“" + text + "”写了上旬、中旬或下旬，但没有写月份，已按原文保留。",
        "The time limit \"" + text + "\" names the early, middle or late part of a month without the month; it is kept as written.")
    {
        Subject = text,
    };

    public static Diagnostic DeadlineWordsIgnored(string text, string words) => new(
        DiagnosticCodes.DeadlineWordsIgnored,
        DiagnosticSeverity.Info,
        "时限要求“" + text + "”中的“" + words + "”不属于时限，已忽略。",
        "The words \"" + words + "\" in the time limit \"" + text + "\" are not part of the time limit and were left out.")
    {
        Subject = words,
    };

    // ---- Resolution diagnostics GT0420–GT0449 ----

    public static Diagnostic DeadlineDefaultDueDate(LocalDate due) => new(
        DiagnosticCodes.DeadlineDefaultDueDate,
        DiagnosticSeverity.Info,
        "未写明时限要求，截止日期 " + IsoDate(due) + " 为计划默认时限（当年年底），并非计划原文所写。",
        "No time limit is written: the due date " + IsoDate(due) + " is the plan's default (the end of the plan year), not a date the plan states.");

    public static Diagnostic DeadlineEventDateUnknown(DeadlineRule.Relative rule) => new(
        DiagnosticCodes.DeadlineEventDateUnknown,
        DiagnosticSeverity.Info,
        "时限要求“" + rule.ToChineseText() + "”自" + EventZh(rule) + "之日起算，该日期未知；给出该日期后才能确定截止日期。",
        "The time limit \"" + rule.ToChineseText() + "\" counts from " + EventEn(rule) + ", whose date is not known; there is no due date until it is given.")
    {
        Subject = rule.ToChineseText(),
    };

    public static Diagnostic DeadlineOutsideCalendar(int year, LocalDate first, LocalDate last) => new(
        DiagnosticCodes.DeadlineOutsideCalendar,
        DiagnosticSeverity.Warning,
        "无法确定截止日期。" + CoverageZh(year, first, last),
        "No due date. " + CoverageEn(year, first, last))
    {
        Subject = Number(year),
    };

    public static Diagnostic DeadlineAssumedDays(IReadOnlyList<int> years) => new(
        DiagnosticCodes.DeadlineAssumedDays,
        DiagnosticSeverity.Warning,
        "截止日期依据推定的日期计算：" + YearListZh(years) + " 年的官方放假安排未知，按周一至周五上班、周六周日休息推定；该年放假安排公布后截止日期可能变化。",
        "The due date relies on assumed days: no official holiday schedule is known for " + YearListEn(years)
        + ", so plain Monday-to-Friday weeks were assumed; the due date may change when the schedule is published.");

    public static Diagnostic DeadlinePastLastDate() => new(
        DiagnosticCodes.DeadlinePastLastDate,
        DiagnosticSeverity.Warning,
        "无法确定截止日期：期间的计算超出了所支持的最后日期 9999-12-31。",
        "No due date: the count goes past 9999-12-31, the last date supported.");

    public static Diagnostic DeadlineStricterFrequency(DeadlineRule.Recurring rule, RecurrenceFrequency chosen) => new(
        DiagnosticCodes.DeadlineStricterFrequency,
        DiagnosticSeverity.Info,
        "时限要求“" + rule.ToChineseText() + "”允许两种频次，按较严格（更频繁）的“" + FrequencyZh(chosen) + "”计算。",
        "The time limit \"" + rule.ToChineseText() + "\" allows two frequencies; the stricter, more frequent one is followed: " + FrequencyEn(chosen) + ".")
    {
        Subject = rule.ToChineseText(),
    };

    public static Diagnostic DeadlineMilestonesOutOfOrder(LocalDate earlierStep, LocalDate due) => new(
        DiagnosticCodes.DeadlineMilestonesOutOfOrder,
        DiagnosticSeverity.Warning,
        "前面步骤的日期 " + IsoDate(earlierStep) + " 晚于最后一步的日期 " + IsoDate(due) + "（任务截止日期），请检查步骤顺序。",
        "An earlier step falls due on " + IsoDate(earlierStep) + ", after the last step's date " + IsoDate(due)
        + ", which is the task's due date; check the order of the steps.");

    public static Diagnostic DeadlineSeriesTruncated(int max, LocalDate lastListed) => new(
        DiagnosticCodes.DeadlineSeriesTruncated,
        DiagnosticSeverity.Warning,
        "时间范围内的周期次数过多，只列出前 " + Number(max) + " 次（至 " + IsoDate(lastListed) + "）。",
        "The window holds too many occurrences; only the first " + Number(max) + " are listed (up to " + IsoDate(lastListed) + ").");

    public static Diagnostic DeadlineNoDueDate(string text) => new(
        DiagnosticCodes.DeadlineNoDueDate,
        DiagnosticSeverity.Warning,
        "时限要求“" + text + "”无法识别，任务没有截止日期；原文已保留。",
        "The time limit \"" + text + "\" was not understood, so the task has no due date; the text is kept as written.")
    {
        Subject = text,
    };

    public static Diagnostic DeadlinePeriodEndMoved(CalendarDay lastDay, LocalDate due) => new(
        DiagnosticCodes.DeadlinePeriodEndMoved,
        DiagnosticSeverity.Info,
        "期间的最后一日 " + IsoDate(lastDay.Date) + " 是" + RestDayZh(lastDay) + "，以其后第一个工作日 " + IsoDate(due) + " 为期间的最后一日（《民法典》第二百零三条）。",
        "The period's last day, " + IsoDate(lastDay.Date) + ", is " + RestDayEn(lastDay) + ", so the period ends on the first working day after it, "
        + IsoDate(due) + " (Civil Code art. 203).");

    // ---- Explanations (DeadlineResolution.Explain) ----

    public static string ExplainResolution(DeadlineResolution resolution, bool zh)
    {
        var rule = resolution.Rule;
        var text = new StringBuilder(RuleLine(rule, zh));
        void Line(string line) => text.Append('\n').Append(line);

        switch (resolution.Kind)
        {
            case DeadlineResolutionKind.DueDate when rule is DeadlineRule.Fixed:
                Line(!rule.UsesPlanYear
                    ? (zh ? "截止日期 " + IsoDate(resolution.DueDate!.Value) + "。" : "Due " + IsoDate(resolution.DueDate!.Value) + ".")
                    : zh
                        ? "计划年度 " + Number(resolution.PlanYear) + " 年：截止日期 " + IsoDate(resolution.DueDate!.Value) + "。"
                        : "Plan year " + Number(resolution.PlanYear) + ": due " + IsoDate(resolution.DueDate!.Value) + ".");
                Line(zh
                    ? "固定日期按原文执行，落在周末或节假日也不顺延（《民法典》第二百零三条只顺延期间的最后一日）。"
                    : "A fixed date is kept as written, even on a weekend or holiday (Civil Code art. 203 moves only the end of a period).");
                break;
            case DeadlineResolutionKind.DueDate:
                ExplainCount(resolution, (DeadlineRule.Relative)rule, zh, Line);
                Line(zh ? "截止日期 " + IsoDate(resolution.DueDate!.Value) + "。" : "Due " + IsoDate(resolution.DueDate!.Value) + ".");
                break;
            case DeadlineResolutionKind.DefaultDueDate:
                Line(zh
                    ? "按计划默认时限（" + Number(resolution.PlanYear) + " 年年底）执行：截止日期 " + IsoDate(resolution.DueDate!.Value) + "（默认值，并非计划原文所写）。"
                    : "The plan's default applies, the end of plan year " + Number(resolution.PlanYear) + ": due " + IsoDate(resolution.DueDate!.Value)
                      + " (a default, not a date the plan states).");
                break;
            case DeadlineResolutionKind.Milestones:
            {
                var steps = resolution.Milestones;
                var planYear = rule.UsesPlanYear ? (zh ? "计划年度 " + Number(resolution.PlanYear) + " 年：" : "Plan year " + Number(resolution.PlanYear) + ": ") : string.Empty;
                Line(zh
                    ? planYear + "共 " + Number(steps.Count) + " 个步骤，以最后一步的日期为任务截止日期。"
                    : planYear + Number(steps.Count) + (steps.Count == 1 ? " step" : " steps") + "; the last step's date is the task's due date.");
                for (var i = 0; i < steps.Count; i++)
                {
                    var action = steps[i].Step.Action is { } a ? a + (zh ? "：" : ": ") : string.Empty;
                    Line("  " + Number(i + 1) + ". " + action + IsoDate(steps[i].DueDate));
                }

                AppendNotes(resolution, zh, Line, DiagnosticCodes.DeadlineMilestonesOutOfOrder);
                Line(zh ? "截止日期 " + IsoDate(resolution.DueDate!.Value) + "。" : "Due " + IsoDate(resolution.DueDate!.Value) + ".");
                break;
            }

            case DeadlineResolutionKind.Continuous:
                Line(zh ? "持续性工作：无截止日期，以日常进展评价。" : "Continuous: no due date; judged by regular progress.");
                break;
            case DeadlineResolutionKind.Series:
                ExplainSeries(resolution, zh, Line);
                break;
            case DeadlineResolutionKind.NeedsEventDate:
                Line(zh
                    ? "自" + EventZh((DeadlineRule.Relative)rule) + "之日起算，该日期未知：给出该日期后才能确定截止日期。"
                    : "Counted from " + EventEn((DeadlineRule.Relative)rule) + ", whose date is not known: no due date until it is given.");
                break;
            case DeadlineResolutionKind.Unrecognized:
                Line(zh ? "无法识别为时限要求，原文已保留；没有截止日期。" : "Not understood as a time limit; the text is kept as written. No due date.");
                break;
            case DeadlineResolutionKind.OutsideCalendar:
                Line(EventLine(resolution, (DeadlineRule.Relative)rule, zh));
                AppendNotes(resolution, zh, Line, DiagnosticCodes.DeadlineOutsideCalendar, DiagnosticCodes.DeadlinePastLastDate);
                break;
            default:
                throw new System.ArgumentOutOfRangeException(nameof(resolution), resolution.Kind, "Unknown resolution kind.");
        }

        return text.ToString();
    }

    private static void ExplainCount(DeadlineResolution resolution, DeadlineRule.Relative rule, bool zh, System.Action<string> line)
    {
        line(EventLine(resolution, rule, zh));
        if (resolution.WorkingDays is { } workingDays)
        {
            // The calendar's own explanation, as WorkingDayExplanation.ToText renders it (without creating a culture).
            line(ExplainHeader(workingDays, zh));
            foreach (var period in workingDays.Periods)
            {
                line("  " + ExplainPeriod(period, zh));
            }

            if (workingDays.UsesAssumedDays)
            {
                line(ExplainAssumedYears(workingDays.AssumedYears, zh));
            }

            return;
        }

        var eventDate = IsoDate(resolution.EventDate!.Value);
        var last = resolution.UnadjustedDueDate!.Value;
        var amount = Number(rule.Amount);
        switch (rule.Unit)
        {
            case PeriodUnit.Days:
            case PeriodUnit.Weeks:
                line(zh
                    ? eventDate + " 后 " + amount + (rule.Unit == PeriodUnit.Days ? " 日" : " 周") + "，期间的最后一日为 " + IsoDate(last) + "。"
                    : Number(rule.Amount) + " " + UnitEn(rule.Unit, rule.Amount) + " after " + eventDate + ": the period's last day is " + IsoDate(last) + ".");
                break;
            default:
            {
                var length = amount + (rule.Unit == PeriodUnit.Months ? (zh ? " 个月" : " " + UnitEn(rule.Unit, rule.Amount)) : (zh ? " 年" : " " + UnitEn(rule.Unit, rule.Amount)));
                var monthEnd = resolution.Details!.EndsOnMonthEnd;
                if (zh)
                {
                    line(eventDate + " 后 " + length + "，" + (monthEnd
                        ? "到期月没有对应日，以该月末日 " + IsoDate(last) + " 为期间的最后一日"
                        : "以到期月的对应日 " + IsoDate(last) + " 为期间的最后一日") + "（第二百零二条）。");
                }
                else
                {
                    line(length + " after " + eventDate + ": " + (monthEnd
                        ? "the last month has no corresponding day, so the period ends on that month's last day, " + IsoDate(last)
                        : "the period ends on the corresponding day of the last month, " + IsoDate(last)) + " (art. 202).");
                }

                break;
            }
        }

        var skipped = resolution.SkippedDays;
        if (skipped.Count > 0)
        {
            line(zh
                ? IsoDate(last) + " 是" + RestDayZh(skipped[0]) + "，以其后第一个工作日 " + IsoDate(resolution.DueDate!.Value) + " 为期间的最后一日（第二百零三条）："
                : IsoDate(last) + " is " + RestDayEn(skipped[0]) + ", so the period ends on the first working day after it, "
                  + IsoDate(resolution.DueDate!.Value) + " (art. 203):");
            foreach (var period in WorkingDayExplanation.Group(skipped))
            {
                line("  " + ExplainPeriod(period, zh));
            }
        }
        else
        {
            line(zh
                ? IsoDate(last) + " 是工作日，不顺延（第二百零三条只顺延落在休息日的最后一日）。"
                : IsoDate(last) + " is a working day, so it stays (art. 203 moves only a last day that is a rest day).");
        }

        if (resolution.UsesAssumedDays)
        {
            line(ExplainAssumedYears(resolution.AssumedYears, zh));
        }
    }

    private static void ExplainSeries(DeadlineResolution resolution, bool zh, System.Action<string> line)
    {
        var window = resolution.Window!;
        var occurrences = resolution.Occurrences;
        var frequency = resolution.Frequency!.Value;
        if (occurrences.Count == 0)
        {
            line(zh
                ? FrequencyZh(frequency) + "：" + IsoDate(window.Start) + " 至 " + IsoDate(window.End) + " 间没有到期的周期。"
                : Capitalized(FrequencyEn(frequency)) + ": no occurrence falls due from " + IsoDate(window.Start) + " to " + IsoDate(window.End) + ".");
        }
        else
        {
            line(zh
                ? FrequencyZh(frequency) + "：" + IsoDate(window.Start) + " 至 " + IsoDate(window.End) + " 间共 " + Number(occurrences.Count) + " 次，各次截止日期按原文执行："
                : Capitalized(FrequencyEn(frequency)) + ": " + Number(occurrences.Count) + (occurrences.Count == 1 ? " occurrence" : " occurrences")
                  + " due from " + IsoDate(window.Start) + " to " + IsoDate(window.End) + ", each due date kept as written:");
            foreach (var occurrence in occurrences)
            {
                line("  " + OccurrenceLabel(occurrence, zh));
            }
        }

        AppendNotes(resolution, zh, line, DiagnosticCodes.DeadlineStricterFrequency, DiagnosticCodes.DeadlineSeriesTruncated);
    }

    private static string OccurrenceLabel(DeadlineOccurrence occurrence, bool zh)
    {
        var period = occurrence.PeriodStart == occurrence.PeriodEnd
            ? IsoDate(occurrence.PeriodStart)
            : IsoDate(occurrence.PeriodStart) + (zh ? " 至 " : " to ") + IsoDate(occurrence.PeriodEnd);
        return period + (zh ? "：截止 " : ": due ") + IsoDate(occurrence.DueDate);
    }

    private static void AppendNotes(DeadlineResolution resolution, bool zh, System.Action<string> line, params string[] codes)
    {
        foreach (var diagnostic in resolution.Diagnostics.Where(d => codes.Contains(d.Code)))
        {
            line(zh ? diagnostic.MessageZh : diagnostic.MessageEn);
        }
    }

    private static string RuleLine(DeadlineRule rule, bool zh) => rule switch
    {
        DeadlineRule.Unspecified => zh ? "时限要求：未写明。" : "Time limit: none written.",
        DeadlineRule.Unrecognized u => zh ? "时限要求：“" + u.Text + "”。" : "Time limit: \"" + u.Text + "\".",
        _ => zh ? "时限要求：" + rule.ToChineseText() + "。" : "Time limit: " + rule.ToChineseText() + " (" + rule.ToEnglishDescription() + ").",
    };

    private static string EventLine(DeadlineResolution resolution, DeadlineRule.Relative rule, bool zh)
    {
        var date = IsoDate(resolution.EventDate!.Value);
        var issue = resolution.Details!.EventDateIsIssueDate;
        return zh
            ? "自" + EventZh(rule) + "之日 " + date + (issue ? "（计划印发日期）" : " ") + "起算，当日不计入（《民法典》第二百零一条）。"
            : "Counted from " + EventEn(rule) + " on " + date + (issue ? " (the plan's issue date)" : string.Empty)
              + "; that day is not counted (Civil Code art. 201).";
    }

    /// <summary>The event as Chinese text: the words written, or the bare verb.</summary>
    private static string EventZh(DeadlineRule.Relative rule) => rule.EventText ?? rule.Event switch
    {
        RelativeEvent.PlanIssued => "印发",
        RelativeEvent.Received => "收到",
        RelativeEvent.Approved => "批复",
        _ => "事件发生（原文未写明事件）",
    };

    /// <summary>The event in English, with the Chinese words written: receipt (收到留言咨询).</summary>
    private static string EventEn(DeadlineRule.Relative rule)
    {
        var meaning = rule.Event switch
        {
            RelativeEvent.PlanIssued => "the plan's issue",
            RelativeEvent.Received => "receipt",
            RelativeEvent.Approved => "approval",
            RelativeEvent.Other => "the event",
            _ => "the event (the text does not name it)",
        };
        return meaning + " (" + EventZh(rule) + ")";
    }

    private static string RestDayZh(CalendarDay day) => day.Kind == DayKind.Holiday
        ? "法定节假日" + (day.HolidayName is null ? string.Empty : "（" + day.HolidayName + "）") + (day.IsAssumed ? "（推定）" : string.Empty)
        : "周末休息日" + (day.IsAssumed ? "（推定）" : string.Empty);

    private static string RestDayEn(CalendarDay day) => day.Kind == DayKind.Holiday
        ? "a statutory holiday" + (day.HolidayName is null ? string.Empty : " (" + day.HolidayName + ")") + (day.IsAssumed ? " (assumed)" : string.Empty)
        : "a weekend rest day" + (day.IsAssumed ? " (assumed)" : string.Empty);

    private static string UnitEn(PeriodUnit unit, int amount) => unit switch
    {
        PeriodUnit.Days => amount == 1 ? "day" : "days",
        PeriodUnit.Weeks => amount == 1 ? "week" : "weeks",
        PeriodUnit.Months => amount == 1 ? "month" : "months",
        PeriodUnit.Years => amount == 1 ? "year" : "years",
        _ => amount == 1 ? "working day" : "working days",
    };

    private static string FrequencyZh(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Daily => "按日",
        RecurrenceFrequency.Weekly => "按周",
        RecurrenceFrequency.Monthly => "按月",
        RecurrenceFrequency.Quarterly => "按季度",
        RecurrenceFrequency.HalfYearly => "按半年",
        _ => "按年",
    };

    private static string FrequencyEn(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Daily => "daily",
        RecurrenceFrequency.Weekly => "weekly",
        RecurrenceFrequency.Monthly => "monthly",
        RecurrenceFrequency.Quarterly => "quarterly",
        RecurrenceFrequency.HalfYearly => "half-yearly",
        _ => "yearly",
    };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string YearListZh(IReadOnlyList<int> years) => string.Join("、", years.Select(y => Number(y)));

    private static string YearListEn(IReadOnlyList<int> years) => string.Join(", ", years.Select(y => Number(y)));

    // ---- Standings (TaskStanding.ToText) ----

    public static string DescribeStanding(TaskStanding standing, bool zh)
    {
        var asOf = IsoDate(standing.AsOf);
        var text = new StringBuilder();
        switch (standing.Kind)
        {
            case StandingKind.NotYetDue:
            case StandingKind.DueSoon:
            case StandingKind.Overdue:
            case StandingKind.CompletedOnTime:
            case StandingKind.CompletedLate:
                text.Append(Capitalized(Judgement(standing.Kind, standing.DueDate!.Value, standing.CompletedOn, standing.DaysUntilDue ?? standing.DaysOverdue ?? standing.DaysLate ?? 0, zh)));
                text.Append(zh ? "（截至 " + asOf + "）。" : " (as of " + asOf + ").");
                if (standing.IsDefaultDueDate)
                {
                    text.Append(zh ? "截止日期为计划默认时限（未写明时限要求）。" : " The due date is the plan's default: no time limit is written.");
                }

                break;
            case StandingKind.Ongoing:
                text.Append(zh
                    ? "持续推进：无截止日期，以日常进展评价（截至 " + asOf + "）。"
                    : "Ongoing: a continuous task has no due date; judge it by regular progress (as of " + asOf + ").");
                break;
            case StandingKind.Recurring:
            {
                var occurrences = standing.Occurrences;
                var counts = occurrences.GroupBy(o => o.Kind).OrderBy(g => g.Key)
                    .Select(g => zh ? KindZh(g.Key) + " " + Number(g.Count()) + " 次" : Number(g.Count()) + " " + KindEn(g.Key));
                text.Append(zh
                    ? "周期性任务：截至 " + asOf + " 共 " + Number(occurrences.Count) + " 次" + (occurrences.Count == 0 ? "。" : "：" + string.Join("，", counts) + "。")
                    : "Recurring: " + Number(occurrences.Count) + (occurrences.Count == 1 ? " occurrence" : " occurrences") + " as of " + asOf
                      + (occurrences.Count == 0 ? "." : ": " + string.Join(", ", counts) + "."));
                foreach (var o in occurrences)
                {
                    text.Append("\n  ").Append(OccurrenceLabel(o.Occurrence, zh)).Append(zh ? "，" : ", ")
                        .Append(Judgement(o.Kind, o.Occurrence.DueDate, o.CompletedOn, o.DaysUntilDue ?? o.DaysOverdue ?? o.DaysLate ?? 0, zh, brief: true));
                }

                break;
            }

            case StandingKind.Undetermined:
            {
                var why = standing.Resolution.Kind switch
                {
                    DeadlineResolutionKind.NeedsEventDate => zh ? "起算事件的日期未知" : "the date of the event it counts from is not known",
                    DeadlineResolutionKind.Unrecognized => zh ? "时限要求无法识别" : "the time limit was not understood",
                    _ => zh ? "工作日历不能覆盖该期间的计算" : "the calendar does not cover the count",
                };
                text.Append(zh
                    ? "无法判断：没有可据以判断的截止日期（" + why + "；截至 " + asOf + "）。"
                    : "Undetermined: there is no due date to judge against (" + why + "; as of " + asOf + ").");
                break;
            }

            default:
                throw new System.ArgumentOutOfRangeException(nameof(standing), standing.Kind, "Unknown standing kind.");
        }

        if (standing.Kind is StandingKind.Ongoing or StandingKind.Undetermined && standing.CompletedOn is { } done)
        {
            text.Append(zh ? "已于 " + IsoDate(done) + " 完成。" : " Completed on " + IsoDate(done) + ".");
        }

        return text.ToString();
    }

    private static string Judgement(StandingKind kind, LocalDate due, LocalDate? completed, int days, bool zh, bool brief = false)
    {
        var dueText = IsoDate(due);
        switch (kind)
        {
            case StandingKind.NotYetDue:
                return zh ? "未到期" + (brief ? "，还有 " + Number(days) + " 天" : "：截止日期 " + dueText + "，还有 " + Number(days) + " 天")
                    : "not yet due" + (brief ? ", in " + DaysEn(days) : ": due " + dueText + ", in " + DaysEn(days));
            case StandingKind.DueSoon:
                if (days == 0)
                {
                    return zh ? (brief ? "即将到期：今天截止" : "即将到期：截止日期 " + dueText + "，即今天") : "due soon: due today" + (brief ? string.Empty : ", " + dueText);
                }

                return zh ? "即将到期" + (brief ? "，还有 " + Number(days) + " 天" : "：截止日期 " + dueText + "，还有 " + Number(days) + " 天")
                    : "due soon" + (brief ? ", in " + DaysEn(days) : ": due " + dueText + ", in " + DaysEn(days));
            case StandingKind.Overdue:
                return zh ? "已逾期 " + Number(days) + " 天" + (brief ? string.Empty : "：截止日期 " + dueText)
                    : "overdue by " + DaysEn(days) + (brief ? string.Empty : ": due " + dueText);
            case StandingKind.CompletedOnTime:
                return zh ? "按时完成：" + IsoDate(completed!.Value) + " 完成" + (brief ? string.Empty : "，截止日期 " + dueText)
                    : "completed on time on " + IsoDate(completed!.Value) + (brief ? string.Empty : ": due " + dueText);
            default:
                return zh ? "逾期完成：" + IsoDate(completed!.Value) + " 完成，超期 " + Number(days) + " 天" + (brief ? string.Empty : "，截止日期 " + dueText)
                    : "completed " + DaysEn(days) + " late on " + IsoDate(completed!.Value) + (brief ? string.Empty : ": due " + dueText);
        }
    }

    private static string KindZh(StandingKind kind) => kind switch
    {
        StandingKind.NotYetDue => "未到期",
        StandingKind.DueSoon => "即将到期",
        StandingKind.Overdue => "已逾期",
        StandingKind.CompletedOnTime => "按时完成",
        _ => "逾期完成",
    };

    private static string KindEn(StandingKind kind) => kind switch
    {
        StandingKind.NotYetDue => "not yet due",
        StandingKind.DueSoon => "due soon",
        StandingKind.Overdue => "overdue",
        StandingKind.CompletedOnTime => "completed on time",
        _ => "completed late",
    };

    private static string DaysEn(int days) => Number(days) + (days == 1 ? " day" : " days");
}
