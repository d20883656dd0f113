using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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

    public static Diagnostic JsonExpectedString(string path, long? line) => Unreadable(path, line, "应为字符串或 null", "expected a string or null");

    public static Diagnostic JsonExpectedInteger(string path, long? line) => Unreadable(path, line, "应为整数", "expected a whole number");

    public static Diagnostic JsonExpectedObject(string path, long? line) => Unreadable(path, line, "应为对象", "expected an object");

    public static Diagnostic JsonExpectedArray(string path, long? line) => Unreadable(path, line, "应为数组或 null", "expected a list or null");

    public static Diagnostic JsonExpectedName(string path, long? line, IEnumerable<string> names) =>
        Unreadable(path, line, "应为以下名称之一：" + string.Join("、", names), "expected one of the names " + string.Join(", ", names));

    public static Diagnostic JsonMissingMembers(string path, long? line, IEnumerable<string> names) => Unreadable(
        path,
        line,
        "缺少必需的属性：" + string.Join("、", names.Select(n => "'" + n + "'")),
        "missing required properties including: " + string.Join(", ", names.Select(n => "'" + n + "'")));

    public static Diagnostic JsonInvalidText(string path, long? line) =>
        Unreadable(path, line, "字符串不是有效的 Unicode 文本", "the string is not valid Unicode text");

    public static Diagnostic JsonUnknownProperty(string path, long? line, string name) => new(
        DiagnosticCodes.JsonUnknownProperty,
        DiagnosticSeverity.Error,
        "严格模式下不允许未定义的属性（位置 " + path + LineZh(line) + "）：格式中没有属性“" + name + "”。",
        "Strict mode rejects a property the format does not define, at " + path + LineEn(line) + ": the format has no property '" + name + "'.")
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

    private static Diagnostic Unreadable(string path, long? line, string detailZh, string detailEn) => new(
        DiagnosticCodes.JsonUnreadable,
        DiagnosticSeverity.Error,
        "无法读取 JSON（位置 " + path + LineZh(line) + "）：" + detailZh + "。",
        "The JSON cannot be read at " + path + LineEn(line) + ": " + detailEn + ".")
    {
        Path = path,
        Line = line is { } l ? (int)(l + 1) : null,
    };

    private static string LineZh(long? line) =>
        line is { } l ? "，第 " + (l + 1).ToString(CultureInfo.InvariantCulture) + " 行" : string.Empty;

    private static string LineEn(long? line) =>
        line is { } l ? ", line " + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
