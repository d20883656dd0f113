namespace GovTransparency.Domain.Internal;

/// <summary>Messages of the deadline parser (codes GT0401–GT0499).</summary>
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
}
