using System.Globalization;

namespace GovTransparency.Domain.Internal;

internal static partial class Messages
{
    public static Diagnostic JsonUnreadable(string path, long? line, string detail) => new(
        DiagnosticCodes.JsonUnreadable,
        DiagnosticSeverity.Error,
        "无法读取 JSON（位置 " + path + LineZh(line) + "）：" + detail,
        "The JSON cannot be read at " + path + LineEn(line) + ": " + detail)
    {
        Path = path,
        Line = line is { } l ? (int)(l + 1) : null,
    };

    public static Diagnostic JsonUnknownProperty(string path, long? line, string detail) => new(
        DiagnosticCodes.JsonUnknownProperty,
        DiagnosticSeverity.Error,
        "严格模式下不允许未定义的属性（位置 " + path + LineZh(line) + "）：" + detail,
        "Strict mode rejects a property the format does not define, at " + path + LineEn(line) + ": " + detail)
    {
        Path = path,
        Line = line is { } l ? (int)(l + 1) : null,
    };

    public static Diagnostic JsonNewerSchema(string version, int supportedMajor) => new(
        DiagnosticCodes.JsonUnsupportedSchemaVersion,
        DiagnosticSeverity.Error,
        "文档的 schemaVersion 为 " + version + "，高于本库支持的主版本 " + supportedMajor.ToString(CultureInfo.InvariantCulture) + "；请升级 GovTransparency.Domain。",
        "The document's schemaVersion is " + version + ", a newer major version than this library reads ("
        + supportedMajor.ToString(CultureInfo.InvariantCulture) + "); upgrade GovTransparency.Domain.")
    {
        Path = "$.schemaVersion",
        Subject = version,
    };

    public static Diagnostic JsonBadSchemaVersion(string version) => new(
        DiagnosticCodes.JsonUnsupportedSchemaVersion,
        DiagnosticSeverity.Error,
        "schemaVersion“" + version + "”不是“主版本.次版本”格式。",
        "The schemaVersion \"" + version + "\" is not of the form major.minor.")
    {
        Path = "$.schemaVersion",
        Subject = version,
    };

    public static Diagnostic JsonInvalidValue(string path, string? value, string expectedZh, string expectedEn) => new(
        DiagnosticCodes.JsonInvalidValue,
        DiagnosticSeverity.Error,
        path + " 的值“" + value + "”无效：应为" + expectedZh + "。",
        "The value \"" + value + "\" at " + path + " is not valid: expected " + expectedEn + ".")
    {
        Path = path,
        Subject = value,
    };

    public static Diagnostic JsonUnknownDeadlineKind(string path, string kind) => new(
        DiagnosticCodes.JsonUnknownDeadlineKind,
        DiagnosticSeverity.Error,
        path + " 的时限类型“" + kind + "”未知。",
        "The deadline kind \"" + kind + "\" at " + path + " is not known.")
    {
        Path = path,
        Subject = kind,
    };

    private static string LineZh(long? line) =>
        line is { } l ? "，第 " + (l + 1).ToString(CultureInfo.InvariantCulture) + " 行" : string.Empty;

    private static string LineEn(long? line) =>
        line is { } l ? ", line " + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
