using System.Globalization;

namespace GovTransparency.Domain.Internal;

/// <summary>Messages for the numbers of plans: Chinese ordinals, task numbers and document numbers (GT01xx).</summary>
internal static partial class Messages
{
    /// <summary>The longest excerpt of user text quoted in a message; longer texts are cut with an ellipsis.</summary>
    private const int PlanExcerptLength = 24;

    // ---- Chinese ordinals (一、 (一) （一）) ----

    public static Diagnostic ChineseOrdinalEmpty() => EmptyText("Chinese ordinal", "中文序号");

    public static Diagnostic ChineseOrdinalUnreadable(string text) => new(
        DiagnosticCodes.ChineseOrdinalUnreadable,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」不是中文序号（如 一、（一））。",
        "\"" + PlanExcerpt(text) + "\" is not a Chinese ordinal such as 一、 or （一）.");

    public static Diagnostic ChineseOrdinalHeadingUnreadable(string text) => new(
        DiagnosticCodes.ChineseOrdinalUnreadable,
        DiagnosticSeverity.Error,
        "标题「" + PlanExcerpt(text) + "」不以带顿号或括号的中文序号（如 一、（一））开头。",
        "The heading \"" + PlanExcerpt(text) + "\" does not start with a Chinese ordinal followed by 、 or in brackets, such as 一、 or （一）.");

    public static Diagnostic ChineseOrdinalOutOfRange(string numeral) => new(
        DiagnosticCodes.ChineseOrdinalOutOfRange,
        DiagnosticSeverity.Error,
        "中文序号「" + PlanExcerpt(numeral) + "」超出 一 至 九十九 的范围。",
        "The Chinese ordinal \"" + PlanExcerpt(numeral) + "\" is outside 一 (1) to 九十九 (99).");

    public static Diagnostic ChineseOrdinalUnbalancedBrackets(string text) => new(
        DiagnosticCodes.ChineseOrdinalUnbalancedBrackets,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」中序号的括号不成对。",
        "The brackets around the ordinal in \"" + PlanExcerpt(text) + "\" do not pair up.");

    public static Diagnostic ChineseOrdinalArabicDigits(string numeral) => new(
        DiagnosticCodes.ChineseOrdinalArabicDigits,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(numeral) + "」是阿拉伯数字，不是中文序号；阿拉伯数字用于任务编号。",
        "\"" + PlanExcerpt(numeral) + "\" is written in Arabic digits, not as a Chinese ordinal; Arabic digits number tasks.");

    public static Diagnostic ChineseOrdinalNonstandardSeparator(char separator) => new(
        DiagnosticCodes.ChineseOrdinalNonstandardSeparator,
        DiagnosticSeverity.Warning,
        "中文序号后应使用顿号「、」，此处为「" + separator + "」，已按顿号读取。",
        "A Chinese ordinal is followed by the enumeration comma 、, not \"" + separator + "\"; it was read as 、.");

    public static Diagnostic ChineseOrdinalMismatchedBrackets(char open, char close) => new(
        DiagnosticCodes.ChineseOrdinalMismatchedBrackets,
        DiagnosticSeverity.Warning,
        "中文序号的括号「" + open + "」与「" + close + "」全角半角不一致，已按左括号读取。",
        "The brackets \"" + open + "\" and \"" + close + "\" around a Chinese ordinal mix half-width and full-width; the opening bracket decided the style.");

    // ---- Task numbers (1. 1、 (1) （1） (一)) ----

    public static Diagnostic TaskNumberEmpty() => EmptyText("task number", "任务编号");

    public static Diagnostic TaskNumberUnreadable(string text) => new(
        DiagnosticCodes.TaskNumberUnreadable,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」不是任务编号（如 1、1.、（1））。",
        "\"" + PlanExcerpt(text) + "\" is not a task number such as 1, 1. or （1）.");

    public static Diagnostic TaskNumberHeadingUnreadable(string text) => new(
        DiagnosticCodes.TaskNumberUnreadable,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」不以带标点或括号的任务编号（如 1. 1、（1））开头。",
        "\"" + PlanExcerpt(text) + "\" does not start with a task number followed by a mark or in brackets, such as 1. 1、 or （1）.");

    public static Diagnostic TaskNumberOutOfRange(string numeral) => new(
        DiagnosticCodes.TaskNumberOutOfRange,
        DiagnosticSeverity.Error,
        "任务编号「" + PlanExcerpt(numeral) + "」应为 1 至 99999 之间的数。",
        "The task number \"" + PlanExcerpt(numeral) + "\" is not between 1 and 99999.");

    public static Diagnostic TaskNumberUnbalancedBrackets(string text) => new(
        DiagnosticCodes.TaskNumberUnbalancedBrackets,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」中任务编号的括号不成对。",
        "The brackets around the task number in \"" + PlanExcerpt(text) + "\" do not pair up.");

    public static Diagnostic TaskNumberNonstandardSeparator(char separator) => new(
        DiagnosticCodes.TaskNumberNonstandardSeparator,
        DiagnosticSeverity.Warning,
        "任务编号后应使用「.」或「、」，此处为「" + separator + "」；编号已读取，原文保留。",
        "A task number is followed by \".\" or 、, not \"" + separator + "\"; the number was read and its text kept.");

    public static Diagnostic TaskNumberMismatchedBrackets(char open, char close) => new(
        DiagnosticCodes.TaskNumberMismatchedBrackets,
        DiagnosticSeverity.Warning,
        "任务编号的括号「" + open + "」与「" + close + "」全角半角不一致；编号已读取，原文保留。",
        "The brackets \"" + open + "\" and \"" + close + "\" around a task number mix half-width and full-width; the number was read and its text kept.");

    // ---- Document numbers (发文字号: 榕政办〔2021〕53号) ----

    public static Diagnostic DocumentNumberEmpty() => EmptyText("document number", "发文字号");

    public static Diagnostic DocumentNumberUnreadable(string text) => new(
        DiagnosticCodes.DocumentNumberUnreadable,
        DiagnosticSeverity.Error,
        "「" + PlanExcerpt(text) + "」不是发文字号（如 榕政办〔2021〕53号）。",
        "\"" + PlanExcerpt(text) + "\" is not a document number such as 榕政办〔2021〕53号.");

    public static Diagnostic DocumentNumberTooLong(int maxLength) => new(
        DiagnosticCodes.DocumentNumberUnreadable,
        DiagnosticSeverity.Error,
        "文本超过 " + PlanNumber(maxLength) + " 个字符，不是单个发文字号；如需在长文本中查找，请使用 FindAll。",
        "The text is longer than " + PlanNumber(maxLength) + " characters, so it is not one document number; use FindAll to search a longer text.");

    public static Diagnostic DocumentNumberUnbalancedBrackets(string text) => new(
        DiagnosticCodes.DocumentNumberUnbalancedBrackets,
        DiagnosticSeverity.Error,
        "发文字号「" + PlanExcerpt(text) + "」中年份的括号不成对。",
        "The brackets around the year in the document number \"" + PlanExcerpt(text) + "\" do not pair up.");

    public static Diagnostic DocumentNumberYearOutOfRange(int year, int min, int max) => new(
        DiagnosticCodes.DocumentNumberYearOutOfRange,
        DiagnosticSeverity.Error,
        "发文字号的年份 " + PlanNumber(year) + " 不在 " + PlanNumber(min) + " 至 " + PlanNumber(max) + " 之间。",
        "The year " + PlanNumber(year) + " of the document number is not between " + PlanNumber(min) + " and " + PlanNumber(max) + ".");

    public static Diagnostic DocumentNumberIssuerMissing() => new(
        DiagnosticCodes.DocumentNumberIssuerInvalid,
        DiagnosticSeverity.Error,
        "发文字号缺少机关代字（如 榕政办〔2021〕53号 中的「榕政办」）。",
        "The document number has no issuer code (the 榕政办 of 榕政办〔2021〕53号).");

    public static Diagnostic DocumentNumberIssuerInvalid(string issuer, int maxLength) => new(
        DiagnosticCodes.DocumentNumberIssuerInvalid,
        DiagnosticSeverity.Error,
        "机关代字「" + PlanExcerpt(issuer) + "」应由不超过 " + PlanNumber(maxLength) + " 个文字组成，不含数字或标点。",
        "The issuer code \"" + PlanExcerpt(issuer) + "\" must be at most " + PlanNumber(maxLength) + " letters, with no digits or punctuation.");

    public static Diagnostic DocumentNumberYearUnreadable(string year) => new(
        DiagnosticCodes.DocumentNumberYearUnreadable,
        DiagnosticSeverity.Error,
        "发文字号的年份「" + PlanExcerpt(year) + "」应以四位阿拉伯数字写全（如〔2021〕）。",
        "The year \"" + PlanExcerpt(year) + "\" of the document number must be written in full with four Arabic digits, as in 〔2021〕.");

    public static Diagnostic DocumentNumberSerialInvalid(string serial, int max) => serial.Length == 0
        ? new(
            DiagnosticCodes.DocumentNumberSerialInvalid,
            DiagnosticSeverity.Error,
            "发文字号缺少发文顺序号（如〔2021〕后的「53」）。",
            "The document number has no serial (the 53 after 〔2021〕).")
        : new(
            DiagnosticCodes.DocumentNumberSerialInvalid,
            DiagnosticSeverity.Error,
            "发文顺序号「" + PlanExcerpt(serial) + "」应为 1 至 " + PlanNumber(max) + " 的阿拉伯数字。",
            "The serial \"" + PlanExcerpt(serial) + "\" of the document number must be Arabic digits from 1 to " + PlanNumber(max) + ".");

    public static Diagnostic DocumentNumberMismatchedBrackets(char open, char close) => new(
        DiagnosticCodes.DocumentNumberMismatchedBrackets,
        DiagnosticSeverity.Warning,
        "发文字号年份的括号「" + open + "」与「" + close + "」不是一对；已读取，规范写法为〔〕。",
        "The brackets \"" + open + "\" and \"" + close + "\" around the year of the document number are not a pair; it was read, and the standard form is 〔〕.");

    public static Diagnostic DocumentNumberSuffixMissing(string text) => new(
        DiagnosticCodes.DocumentNumberSuffixMissing,
        DiagnosticSeverity.Warning,
        "发文字号「" + PlanExcerpt(text) + "」末尾缺少「号」；已读取。",
        "The document number \"" + PlanExcerpt(text) + "\" does not end with 号; it was read.");

    public static Diagnostic DocumentNumberMalformedInText(string candidate, Diagnostic reason) => new(
        DiagnosticCodes.DocumentNumberMalformedInText,
        DiagnosticSeverity.Warning,
        "文中疑似发文字号「" + PlanExcerpt(candidate) + "」无法读取（" + reason.Code + "）：" + reason.MessageZh,
        "What looks like a document number, \"" + PlanExcerpt(candidate) + "\", could not be read (" + reason.Code + "): " + reason.MessageEn);

    public static Diagnostic DocumentNumberFindingsTruncated(int max) => new(
        DiagnosticCodes.DocumentNumberFindingsTruncated,
        DiagnosticSeverity.Warning,
        "文中无法读取的疑似发文字号超过 " + PlanNumber(max) + " 处，其余未逐一报告。",
        "The text holds more than " + PlanNumber(max) + " document numbers that could not be read; the rest were not reported.");

    private static string PlanExcerpt(string text)
    {
        if (text.Length <= PlanExcerptLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[PlanExcerptLength - 1]) ? PlanExcerptLength - 1 : PlanExcerptLength;
        return string.Concat(text.Substring(0, length), "…"); // netstandard2.0 has no span Concat
    }

    private static string PlanNumber(int value) => value.ToString(CultureInfo.InvariantCulture);
}
