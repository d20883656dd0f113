using System.Globalization;

namespace GovTransparency.Domain.Internal;

/// <summary>Messages of units and assignment text (GT0001/GT0002 for a cell, GT02xx).</summary>
internal static partial class Messages
{
    private const string AssignmentCellEn = "assignment cell";
    private const string AssignmentCellZh = "责任单位栏";
    private const int QuoteLength = 20;

    public static Diagnostic EmptyAssignmentText() => EmptyText(AssignmentCellEn, AssignmentCellZh);

    public static Diagnostic AssignmentTextTooLong(int max) => TextTooLong(AssignmentCellEn, AssignmentCellZh, max);

    public static Diagnostic RoleWordWithoutUnit(string roleWords) => new(
        DiagnosticCodes.RoleWordWithoutUnit,
        DiagnosticSeverity.Warning,
        "“" + Quote(roleWords) + "”前没有单位，已忽略。",
        "The role word “" + Quote(roleWords) + "” has no unit before it; it was ignored.");

    public static Diagnostic EmptyAssignmentItem() => new(
        DiagnosticCodes.EmptyAssignmentItem,
        DiagnosticSeverity.Info,
        "分隔符之间没有单位（空项），已跳过。",
        "There is no unit between the separators (an empty item); it was skipped.");

    public static Diagnostic UnbalancedBrackets(char bracket, int index) => new(
        DiagnosticCodes.UnbalancedBrackets,
        DiagnosticSeverity.Warning,
        "括号不配对：第 " + Position(index) + " 个字符“" + bracket + "”没有与之配对的括号，已按普通字符读取。",
        "Unbalanced brackets: the “" + bracket + "” at character " + Position(index)
            + " has no partner; it was read as an ordinary character.");

    public static Diagnostic UnitNameTooLong(string name, int max) => new(
        DiagnosticCodes.UnitNameTooLong,
        DiagnosticSeverity.Warning,
        "“" + Quote(name) + "”长达 " + Count(name.Length) + " 个字符（超过 " + Count(max) + " 个），可能不是单位名称。",
        "“" + Quote(name) + "” is " + Count(name.Length) + " characters long (over " + Count(max)
            + "); it is probably not a unit name.");

    public static Diagnostic NoteWithoutUnit(string note) => new(
        DiagnosticCodes.NoteWithoutUnit,
        DiagnosticSeverity.Warning,
        "括号中的说明“" + Quote(note) + "”前没有单位，未归属任何单位。",
        "The bracketed note “" + Quote(note) + "” follows no unit; it was not attached to any unit.");

    private static string Quote(string text)
    {
        if (text.Length <= QuoteLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[QuoteLength - 1]) ? QuoteLength - 1 : QuoteLength;
        return text.Remove(length) + "…";
    }

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
