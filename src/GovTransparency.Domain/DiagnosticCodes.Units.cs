namespace GovTransparency.Domain;

/// <summary>Codes GT02xx: units and assignment text (责任单位 cells).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// GT0201 (warning): a role word with no unit before it, as in <c>牵头,区财政局负责</c>; the role word is ignored.
    /// </summary>
    public const string RoleWordWithoutUnit = "GT0201";

    /// <summary>
    /// GT0202 (info): an empty item between two separators (<c>区财政局、、区税务局</c>), or a separator at the start or
    /// end of the text; it is skipped. A run of consecutive empty items gives one diagnostic.
    /// </summary>
    public const string EmptyAssignmentItem = "GT0202";

    /// <summary>
    /// GT0203 (warning): a bracket without its partner (<c>市大数据委(负责专题建设</c>); unmatched brackets are read as
    /// ordinary characters of a name. One diagnostic per text, at the first unmatched bracket.
    /// </summary>
    public const string UnbalancedBrackets = "GT0203";

    /// <summary>
    /// GT0204 (warning): a "unit name" longer than 40 characters, probably a sentence rather than a unit; it is kept
    /// as written.
    /// </summary>
    public const string UnitNameTooLong = "GT0204";

    /// <summary>
    /// GT0205 (warning): a bracketed note with no unit before it in its group (<c>(负责专题建设),区财政局负责</c>); the
    /// note is kept only in the diagnostic's <see cref="Diagnostic.Subject"/>.
    /// </summary>
    public const string NoteWithoutUnit = "GT0205";
}
