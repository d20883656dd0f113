using System.Globalization;
using GovTransparency.Domain;

namespace GovTransparency.Import.Internal;

/// <summary>All message text of the importer, in Chinese and English. Each factory returns a diagnostic with its code and severity.</summary>
internal static class Messages
{
    public static Diagnostic TextNotUsed(int line, string text) => new(
        ImportDiagnosticCodes.TextNotUsed,
        DiagnosticSeverity.Info,
        "第 " + N(line) + " 行未被采用：“" + text + "”。",
        "Line " + N(line) + " was not used: \"" + text + "\".")
    {
        Line = line,
        Subject = text,
    };

    public static Diagnostic LayoutNotRecognized() => new(
        ImportDiagnosticCodes.LayoutNotRecognized,
        DiagnosticSeverity.Warning,
        "未找到任务表格或编号的正文段落，仅读取了标题、发文机关、日期等文件信息。",
        "No task table and no numbered prose sections were found; only the document's header (title, issuer, dates) was read.");

    public static Diagnostic PlanYearInferred(int year, string sourceZh, string sourceEn, string subject) => new(
        ImportDiagnosticCodes.PlanYearInferred,
        DiagnosticSeverity.Info,
        "计划年度 " + N(year) + " 取自" + sourceZh + "“" + subject + "”。",
        "The plan year " + N(year) + " was taken from the " + sourceEn + " \"" + subject + "\".")
    {
        Subject = subject,
    };

    public static Diagnostic PlanYearNotFound(int placeholder) => new(
        ImportDiagnosticCodes.PlanYearNotFound,
        DiagnosticSeverity.Error,
        "文件中没有计划年度，且未设置 ImportOptions.DefaultYear；计划年度暂记为 " + N(placeholder) + "。",
        "The document gives no plan year and ImportOptions.DefaultYear is not set; the plan year is the placeholder " + N(placeholder) + ".");

    public static Diagnostic HeadingRepeated(int line, string heading, bool section) => new(
        ImportDiagnosticCodes.HeadingRepeated,
        DiagnosticSeverity.Info,
        "第 " + N(line) + " 行重复了当前" + (section ? "部分" : "小节") + "标题“" + heading + "”（分页后重复的表头），其后各行接续该" + (section ? "部分" : "小节") + "。",
        "Line " + N(line) + " repeats the current " + (section ? "section" : "subsection") + " heading \"" + heading + "\" (a header repeated after a page break); the rows after it continue that " + (section ? "section" : "subsection") + ".")
    {
        Line = line,
        Subject = heading,
    };

    public static Diagnostic RowIncomplete(int line, string task, int cells, int columns) => new(
        ImportDiagnosticCodes.RowIncomplete,
        DiagnosticSeverity.Warning,
        "第 " + N(line) + " 行起的任务 " + task + " 只有 " + N(cells) + " 个单元格，表格有 " + N(columns) + " 列（单元格可能被合并或丢失），已按列顺序读取。",
        "Task " + task + " (line " + N(line) + ") has " + N(cells) + " cells but the table has " + N(columns) + " columns (merged or lost cells); the cells were read in column order.")
    {
        Line = line,
        Subject = task,
    };

    public static Diagnostic TasksBeforeFirstSection(int line) => new(
        ImportDiagnosticCodes.TasksBeforeFirstSection,
        DiagnosticSeverity.Warning,
        "第 " + N(line) + " 行的任务或小节出现在第一个部分标题之前，已放入无标题的第一部分。",
        "The task or subsection on line " + N(line) + " comes before the first section heading; it was put in an untitled section 一.")
    {
        Line = line,
    };

    public static Diagnostic ProgressDateInferred(string date, string sourceZh, string sourceEn, string subject) => new(
        ImportDiagnosticCodes.ProgressDateInferred,
        DiagnosticSeverity.Info,
        "进展情况的截止日期 " + date + " 取自" + sourceZh + "“" + subject + "”。",
        "The progress report is as of " + date + ", taken from the " + sourceEn + " \"" + subject + "\".")
    {
        Subject = subject,
    };

    public static Diagnostic ProgressDateNotFound(string date) => new(
        ImportDiagnosticCodes.ProgressDateNotFound,
        DiagnosticSeverity.Warning,
        "文件未写明进展情况所对应的月份或日期，截止日期暂记为计划年度最后一天 " + date + "。",
        "The document names no month or date for its progress column; the report is dated the last day of the plan year, " + date + ".");

    public static Diagnostic HeaderValueUnreadable(int line, string labelZh, string labelEn, string value) => new(
        ImportDiagnosticCodes.HeaderValueUnreadable,
        DiagnosticSeverity.Warning,
        "第 " + N(line) + " 行的" + labelZh + "“" + value + "”无法识别，未采用。",
        "The " + labelEn + " \"" + value + "\" on line " + N(line) + " could not be read; it was left out.")
    {
        Line = line,
        Subject = value,
    };

    public static Diagnostic LevelInferred(string levelZh, string levelEn, string name) => new(
        ImportDiagnosticCodes.LevelInferred,
        DiagnosticSeverity.Info,
        "行政层级“" + levelZh + "”由名称“" + name + "”推断。",
        "The administrative level " + levelEn + " was inferred from the name \"" + name + "\".")
    {
        Subject = name,
    };

    public static Diagnostic DocumentEmpty() => new(
        ImportDiagnosticCodes.DocumentEmpty,
        DiagnosticSeverity.Error,
        "文件为空。",
        "The document is empty.");

    public static Diagnostic TooManyUnusedLines(int more, int reported) => new(
        ImportDiagnosticCodes.TooManyUnusedLines,
        DiagnosticSeverity.Warning,
        "另有 " + N(more) + " 行未被采用，未逐行列出（最多逐行列出 " + N(reported) + " 行）。",
        N(more) + " more lines were not used and are not listed one by one (at most " + N(reported) + " are).");

    public static Diagnostic TitleNotFound() => new(
        ImportDiagnosticCodes.TitleNotFound,
        DiagnosticSeverity.Warning,
        "未找到文件标题，计划标题为空。",
        "No title was found; the plan's title is empty.");

    public static Diagnostic PlanTitleDerived(string reportTitle, string planTitle) => new(
        ImportDiagnosticCodes.PlanTitleDerived,
        DiagnosticSeverity.Info,
        "本文件是进展情况报告“" + reportTitle + "”；计划标题据此定为“" + planTitle + "”。",
        "The document is the progress report \"" + reportTitle + "\"; the plan's title was derived as \"" + planTitle + "\".")
    {
        Subject = reportTitle,
    };

    public static Diagnostic ProgressCellMissing(int line, string task) => new(
        ImportDiagnosticCodes.ProgressCellMissing,
        DiagnosticSeverity.Warning,
        "第 " + N(line) + " 行起的任务 " + task + " 没有进展情况单元格，未生成进展条目。",
        "Task " + task + " (line " + N(line) + ") has no progress cell; it has no progress entry.")
    {
        Line = line,
        Subject = task,
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
