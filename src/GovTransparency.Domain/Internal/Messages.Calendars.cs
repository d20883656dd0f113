using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovTransparency.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Internal;

/// <summary>Messages of the working-day calendar: schedule diagnostics (GT03xx), coverage errors and explanations.</summary>
internal static partial class Messages
{
    // ---- Formatting shared by the calendar's texts (culture-invariant) ----

    public static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- Diagnostics GT0301–GT0315 ----

    public static Diagnostic ScheduleJsonMalformed(long? line, long? bytePosition) => new(
        DiagnosticCodes.ScheduleJsonMalformed,
        DiagnosticSeverity.Error,
        "放假安排不是有效的 JSON" + JsonWhereZh(line, bytePosition) + "。",
        "The schedule is not valid JSON" + JsonWhereEn(line, bytePosition) + ".")
    {
        Line = line is null ? null : (int)(line.Value + 1),
    };

    public static Diagnostic ScheduleYearMissingInJson() => new(
        DiagnosticCodes.ScheduleYearMissing,
        DiagnosticSeverity.Error,
        "放假安排没有写明年份（缺少 \"year\"）。",
        "The schedule does not say which year it is for (no \"year\").")
    {
        Path = "year",
    };

    public static Diagnostic ScheduleYearMissingInText(int? line) => line is null
        ? new(
            DiagnosticCodes.ScheduleYearMissing,
            DiagnosticSeverity.Error,
            "文本中没有“year YYYY”行，因此没有任何一年的放假安排。",
            "The text has no 'year YYYY' line, so it holds no year's schedule.")
        : new(
            DiagnosticCodes.ScheduleYearMissing,
            DiagnosticSeverity.Error,
            "第 " + Number(line.Value) + " 行之前没有“year YYYY”行，无法确定是哪一年的放假安排。",
            "No 'year YYYY' line comes before line " + Number(line.Value) + ", so the schedule's year is unknown.")
        {
            Line = line,
        };

    public static Diagnostic ScheduleYearInvalid(string subject, string? path, int? line) => new(
        DiagnosticCodes.ScheduleYearInvalid,
        DiagnosticSeverity.Error,
        "放假安排的年份“" + subject + "”不是 " + Number(HolidaySchedule.MinYear) + " 至 " + Number(HolidaySchedule.MaxYear) + " 之间的整数。",
        "The schedule's year '" + subject + "' is not a whole number from " + Number(HolidaySchedule.MinYear) + " to " + Number(HolidaySchedule.MaxYear) + ".")
    {
        Path = path,
        Line = line,
        Subject = subject,
    };

    public static Diagnostic ScheduleEntryMissing(string path, string property) => new(
        DiagnosticCodes.ScheduleEntryInvalid,
        DiagnosticSeverity.Error,
        path + " 缺少 \"" + property + "\"。",
        path + " has no \"" + property + "\".")
    {
        Path = path,
    };

    public static Diagnostic ScheduleEntryWrongType(string path, JsonExpectation expected) => new(
        DiagnosticCodes.ScheduleEntryInvalid,
        DiagnosticSeverity.Error,
        path + " 应为" + ExpectationZh(expected) + "。",
        path + " must be " + ExpectationEn(expected) + ".")
    {
        Path = path,
    };

    public static Diagnostic ScheduleDateInvalid(string subject, string? path, int? line) => new(
        DiagnosticCodes.ScheduleDateInvalid,
        DiagnosticSeverity.Error,
        "“" + subject + "”不是有效日期（应写作 YYYY-MM-DD，例如 2027-02-06）。",
        "'" + subject + "' is not a valid date (write it as YYYY-MM-DD, for example 2027-02-06).")
    {
        Path = path,
        Line = line,
        Subject = subject,
    };

    public static Diagnostic ScheduleDateOutsideYear(int year, LocalDate date, string? path, int? line) => new(
        DiagnosticCodes.ScheduleDateOutsideYear,
        DiagnosticSeverity.Error,
        Number(year) + " 年的放假安排列出了 " + IsoDate(date) + "，不在 " + Number(year - 1) + " 至 " + Number(year + 1) + " 年之内。",
        "The schedule for " + Number(year) + " lists " + IsoDate(date) + ", which is not in " + Number(year - 1) + " to " + Number(year + 1) + ".")
    {
        Path = path,
        Line = line,
        Subject = IsoDate(date),
    };

    public static Diagnostic ScheduleDateConflict(ScheduledDay first, ScheduledDay second, string? path, int? line) => new(
        DiagnosticCodes.ScheduleDateConflict,
        DiagnosticSeverity.Error,
        IsoDate(second.Date) + " 被列出两次且含义不同（" + DescribeZh(first) + " 与 " + DescribeZh(second) + "）。",
        IsoDate(second.Date) + " is listed twice with different meanings (" + DescribeEn(first) + " and " + DescribeEn(second) + ").")
    {
        Path = path,
        Line = line,
        Subject = IsoDate(second.Date),
    };

    public static Diagnostic ScheduleDateRepeated(LocalDate date, string? path, int? line) => new(
        DiagnosticCodes.ScheduleDateRepeated,
        DiagnosticSeverity.Warning,
        IsoDate(date) + " 被重复列出，只保留一次。",
        IsoDate(date) + " is listed more than once; it is kept once.")
    {
        Path = path,
        Line = line,
        Subject = IsoDate(date),
    };

    public static Diagnostic ScheduleLineUnrecognized(string text, int line) => new(
        DiagnosticCodes.ScheduleLineUnrecognized,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行无法识别：“" + text + "”。每行应为“year YYYY”“source 来源”或“YYYY-MM-DD[..YYYY-MM-DD] holiday|workday [节日名称]”，以 # 开头的行为注释。",
        "Line " + Number(line) + " is not understood: '" + text + "'. A line is 'year YYYY', 'source TEXT' or 'YYYY-MM-DD[..YYYY-MM-DD] holiday|workday [NAME]'; lines starting with # are comments.")
    {
        Line = line,
        Subject = text,
    };

    public static Diagnostic ScheduleYearRepeated(int year, int line) => new(
        DiagnosticCodes.ScheduleYearRepeated,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行：" + Number(year) + " 年的放假安排出现了两次。",
        "Line " + Number(line) + ": the text holds two schedules for " + Number(year) + ".")
    {
        Line = line,
        Subject = Number(year),
    };

    public static Diagnostic ScheduleRangeReversed(string subject, int line) => new(
        DiagnosticCodes.ScheduleRangeReversed,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行：日期范围 " + subject + " 的结束日早于开始日。",
        "Line " + Number(line) + ": the range " + subject + " ends before it starts.")
    {
        Line = line,
        Subject = subject,
    };

    public static Diagnostic ScheduleRangeLong(string subject, int days, int line) => new(
        DiagnosticCodes.ScheduleRangeLong,
        DiagnosticSeverity.Warning,
        "第 " + Number(line) + " 行：日期范围 " + subject + " 长达 " + Number(days) + " 天，超过任何假期，请检查是否有误。",
        "Line " + Number(line) + ": the range " + subject + " spans " + Number(days) + " days, longer than any holiday; check it for a typo.")
    {
        Line = line,
        Subject = subject,
    };

    public static Diagnostic ScheduleRangeTooLong(string subject, int days, int maxDays, int line) => new(
        DiagnosticCodes.ScheduleRangeTooLong,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行：日期范围 " + subject + " 长达 " + Number(days) + " 天，超过一年（" + Number(maxDays) + " 天），未予读取。",
        "Line " + Number(line) + ": the range " + subject + " spans " + Number(days) + " days, more than a year (" + Number(maxDays) + " days); it is not read.")
    {
        Line = line,
        Subject = subject,
    };

    public static Diagnostic ScheduleHasNoDays(int year) => new(
        DiagnosticCodes.ScheduleHasNoDays,
        DiagnosticSeverity.Warning,
        Number(year) + " 年的放假安排没有列出任何日期，该年将只有普通周末。",
        "The schedule for " + Number(year) + " lists no days; the year will have ordinary weekends only.")
    {
        Subject = Number(year),
    };

    public static Diagnostic ExtraDaysHaveYear(string keyword, int line) => new(
        DiagnosticCodes.ExtraDaysHaveYear,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行：额外日期列表中不能有“" + keyword + "”行；整年的放假安排请作为年度安排读取（HolidayScheduleParser.ParseText）。",
        "Line " + Number(line) + ": a list of extra days cannot have a '" + keyword + "' line; read a year's schedule with HolidayScheduleParser.ParseText instead.")
    {
        Line = line,
        Subject = keyword,
    };

    public static Diagnostic ScheduleDayKindUnknown(string kind, int line) => new(
        DiagnosticCodes.ScheduleDayKindUnknown,
        DiagnosticSeverity.Error,
        "第 " + Number(line) + " 行：“" + kind + "”不是日期类型，应为 holiday（休）或 workday（班）。",
        "Line " + Number(line) + ": '" + kind + "' is not a kind of day; use holiday (休) or workday (班).")
    {
        Line = line,
        Subject = kind,
    };

    // ---- Coverage (CalendarCoverageException) ----

    public static string CoverageEn(int year, LocalDate first, LocalDate last) =>
        "The working-day calendar has no official holiday schedule for " + Number(year)
        + " (it knows " + IsoDate(first) + " to " + IsoDate(last) + "). "
        + "Add the " + Number(year) + " schedule (the State Council notice on the " + Number(year)
        + " holidays, 国务院办公厅关于" + Number(year) + "年部分节假日安排的通知, as a holiday-cn JSON file such as "
        + Number(year) + ".json or in the library's line format) with WorkingDayCalendarBuilder.AddSchedule, "
        + "or opt in to UnknownYearPolicy.AssumeWeekends to treat unknown years as plain Monday-to-Friday weeks.";

    public static string CoverageZh(int year, LocalDate first, LocalDate last) =>
        "工作日历中没有 " + Number(year) + " 年的官方放假安排（已知范围为 " + IsoDate(first) + " 至 " + IsoDate(last) + "）。"
        + "请添加 " + Number(year) + " 年的放假安排（国务院办公厅关于" + Number(year) + "年部分节假日安排的通知，"
        + "holiday-cn JSON 文件如 " + Number(year) + ".json，或本库的行格式），用 WorkingDayCalendarBuilder.AddSchedule 加入；"
        + "或选用 UnknownYearPolicy.AssumeWeekends，将未知年份按周一至周五上班、周六周日休息处理。";

    // ---- Programmer errors ----

    public static string CalendarNeedsSchedule =>
        "A working-day calendar needs at least one year's schedule: add one with AddSchedule, or start from ChinaCalendar.Default.ToBuilder().";

    public static string WorkingDaysOutOfRange(LocalDate date, long workingDays) =>
        "Moving " + Number(workingDays) + " working days from " + IsoDate(date) + " leaves the range of dates NodaTime supports.";

    public static string DateListedTwice(LocalDate date) => IsoDate(date) + " is listed more than once.";

    public static string RangeReversed(LocalDate first, LocalDate last) =>
        "The range " + IsoDate(first) + " to " + IsoDate(last) + " ends before it starts.";

    public static string EmbeddedScheduleUnreadable(IEnumerable<Diagnostic> diagnostics) =>
        "The embedded China holiday schedule could not be read; the package is damaged: "
        + string.Join("; ", diagnostics.Select(d => d.ToString()));

    // ---- Explanations (WorkingDayExplanation.ToText) ----

    public static string ExplainHeader(WorkingDayExplanation explanation, bool chinese)
    {
        var start = IsoDate(explanation.Start.Date);
        var end = IsoDate(explanation.End);
        var count = explanation.WorkingDays;
        var magnitude = Number(System.Math.Abs((long)count));
        if (explanation.Operation == ExplainedOperation.AddWorkingDays)
        {
            if (chinese)
            {
                return count >= 0
                    ? start + " 起算 " + magnitude + " 个工作日为 " + end + "（起算当日不计入）。"
                    : start + " 往前数 " + magnitude + " 个工作日为 " + end + "（起算当日不计入）。";
            }

            return start + (count >= 0 ? " + " : " - ") + magnitude + WorkingDayWordEn(count) + " = " + end
                + " (the start day is not counted).";
        }

        if (chinese)
        {
            return explanation.End >= explanation.Start.Date
                ? start + "（不含）至 " + end + "（含）共 " + magnitude + " 个工作日。"
                : start + "（不含）往前至 " + end + "（含）共 " + magnitude + " 个工作日，记为 " + Number(count) + "。";
        }

        return explanation.End >= explanation.Start.Date
            ? "From " + start + " to " + end + ": " + magnitude + WorkingDayWordEn(count) + " (the start day is not counted, the end day is)."
            : "From " + start + " back to " + end + ": " + Number(count) + WorkingDayWordEn(count) + " (the start day is not counted, the end day is).";
    }

    public static string ExplainPeriod(ExplainedPeriod period, bool chinese)
    {
        var dates = period.DayCount == 1
            ? IsoDate(period.First)
            : IsoDate(period.First) + (chinese ? " 至 " : " to ") + IsoDate(period.Last);
        var assumed = period.IsAssumed ? (chinese ? "（推定）" : " (assumed)") : string.Empty;
        if (period.IsWorkingDay)
        {
            var what = period.Kind == DayKind.AdjustedWorkday
                ? (chinese
                    ? "：" + (period.HolidayName ?? string.Empty) + "调休上班"
                    : ": weekend working day" + (period.HolidayName is null ? string.Empty : " for " + period.HolidayName) + " (调休)")
                : string.Empty;
            return chinese
                ? dates + "  计入 " + Number(period.DayCount) + " 个工作日" + what + assumed
                : dates + "  counted " + Number(period.DayCount) + WorkingDayWordEn(period.DayCount) + what + assumed;
        }

        string reason;
        if (period.Kind == DayKind.Holiday)
        {
            reason = chinese
                ? "放假" + (period.HolidayName is null ? string.Empty : "（" + period.HolidayName + "）")
                : "holiday" + (period.HolidayName is null ? string.Empty : " " + period.HolidayName);
        }
        else
        {
            reason = chinese ? "周末" : "weekend";
        }

        return chinese
            ? dates + "  跳过 " + Number(period.DayCount) + " 天：" + reason + assumed
            : dates + "  skipped " + Number(period.DayCount) + (period.DayCount == 1 ? " day: " : " days: ") + reason + assumed;
    }

    public static string ExplainAssumedYears(IReadOnlyList<int> years, bool chinese)
    {
        var list = string.Join(chinese ? "、" : ", ", years.Select(y => Number(y)));
        return chinese
            ? "注意：" + list + " 年的官方放假安排未知，这些日期按周一至周五上班、周六周日休息推定。"
            : "Note: no official holiday schedule is known for " + list + "; plain Monday-to-Friday weeks were assumed for those days.";
    }

    private static string WorkingDayWordEn(long count) => count is 1 or -1 ? " working day" : " working days";

    private static string DescribeZh(ScheduledDay day) => (day.IsDayOff ? "休" : "班") + (day.Name is null ? string.Empty : " " + day.Name);

    private static string DescribeEn(ScheduledDay day) => (day.IsDayOff ? "holiday" : "workday") + (day.Name is null ? string.Empty : " " + day.Name);

    private static string JsonWhereZh(long? line, long? bytePosition) => line is null
        ? string.Empty
        : "（第 " + Number(line.Value + 1) + " 行第 " + Number((bytePosition ?? 0) + 1) + " 个字节附近）";

    private static string JsonWhereEn(long? line, long? bytePosition) => line is null
        ? string.Empty
        : " (near line " + Number(line.Value + 1) + ", byte " + Number((bytePosition ?? 0) + 1) + ")";

    private static string ExpectationZh(JsonExpectation expected) => expected switch
    {
        JsonExpectation.Object => "对象",
        JsonExpectation.Array => "数组",
        JsonExpectation.String => "字符串",
        JsonExpectation.Boolean => "布尔值（true 或 false）",
        JsonExpectation.ArrayOfStrings => "字符串数组",
        _ => throw new System.ArgumentOutOfRangeException(nameof(expected), expected, null),
    };

    private static string ExpectationEn(JsonExpectation expected) => expected switch
    {
        JsonExpectation.Object => "an object",
        JsonExpectation.Array => "a list",
        JsonExpectation.String => "a string",
        JsonExpectation.Boolean => "true or false",
        JsonExpectation.ArrayOfStrings => "a list of strings",
        _ => throw new System.ArgumentOutOfRangeException(nameof(expected), expected, null),
    };
}
