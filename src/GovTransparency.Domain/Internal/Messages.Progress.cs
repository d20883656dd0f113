namespace GovTransparency.Domain.Internal;

internal static partial class Messages
{
    public static Diagnostic ProgressTextEmpty() => new(
        DiagnosticCodes.ProgressTextEmpty,
        DiagnosticSeverity.Info,
        "进展情况为空，状态未知。",
        "The progress text is empty; the status is unknown.");

    public static Diagnostic ProgressStatusNotUnderstood(string text) => new(
        DiagnosticCodes.ProgressStatusNotUnderstood,
        DiagnosticSeverity.Info,
        "无法从进展情况“" + text + "”判断状态，已原样保留。",
        "No status could be read from the progress text \"" + text + "\"; it is kept verbatim.")
    {
        Subject = text,
    };

    public static Diagnostic ProgressStatusContradictory(string text) => new(
        DiagnosticCodes.ProgressStatusContradictory,
        DiagnosticSeverity.Warning,
        "进展情况“" + text + "”既称已完成，又称仍在推进或未开展；按未完成处理。",
        "The progress text \"" + text + "\" says the task is completed and also that it is still going on or not started; it is taken as not completed.")
    {
        Subject = text,
    };
}
