namespace GovTransparency.Domain.Internal;

/// <summary>
/// All message text of the library, in Chinese and English, in one place (one partial file per area). Each
/// factory returns a <see cref="Diagnostic"/> with its code and severity.
/// </summary>
internal static partial class Messages
{
    public static Diagnostic EmptyText(string what, string whatZh) => new(
        DiagnosticCodes.EmptyText,
        DiagnosticSeverity.Error,
        whatZh + "为空。",
        "The " + what + " is empty.");

    public static Diagnostic TextTooLong(string what, string whatZh, int max) => new(
        DiagnosticCodes.TextTooLong,
        DiagnosticSeverity.Warning,
        whatZh + "超过 " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 个字符，超出部分未读取。",
        "The " + what + " is longer than " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters; the rest was not read.");
}
