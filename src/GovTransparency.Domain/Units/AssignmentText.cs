using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// Reads assignment cells (责任单位 / 牵头单位 columns) into <see cref="Assignment"/>s: which units lead (牵头),
/// carry out (负责) or cooperate (配合) in a task. Never throws on text; see <see cref="Parse(string)"/> for the
/// rules.
/// </summary>
public static class AssignmentText
{
    /// <summary>The number of characters read from one cell; the rest is ignored with a GT0002 warning.</summary>
    public const int MaxLength = 10_000;

    /// <summary>Unit names longer than this many characters get a GT0204 warning (probably not a unit).</summary>
    public const int MaxUnitNameLength = 40;

    /// <summary>
    /// Reads one assignment cell in which role words mark the roles, as in
    /// <c>区政府办公室、区发改委牵头,区政府各部门,各乡镇街负责落实</c>. Units written without a role word are responsible.
    /// </summary>
    /// <param name="text">The cell as written, line breaks included.</param>
    /// <returns>The assignments in the order written, and the diagnostics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>
    /// <para><b>Items.</b> The text is cut into items at 、 , ， ; ； / ／ (outside brackets). Empty items are
    /// skipped (GT0202, info).</para>
    /// <para><b>White space and line breaks.</b> Cells are printed over several lines, and a line may break inside a
    /// unit name (县经济开发区 / 管委会) or between two units (市发改委 / 市商务局). White space before or after a
    /// separator, and inside brackets, is simply removed. Elsewhere a run of white space is removed and the text on
    /// both sides joined into one name when the first of these rules that applies says so: (1) the text after it
    /// begins with a bracket (a note: 市大数据委 / (负责专题建设)), or the text before it has an unclosed bracket: join;
    /// (2) the item before it is a single character, or two beginning with 各 (县 / 经济开发区, 各乡 / 镇人民政府):
    /// join; (3) the text after it begins with a role word (区财政局 / 负责落实): join; (4) the text before it ends
    /// with a role word (牵头 / 区财政局): separate; (5) the text after it begins with a word that ends names but never
    /// begins one (管委会, 人民政府, 办公室, 分局, 局, 办 …) or with a collective that needs an owner (各部门, 有关部门 …):
    /// join; (6) the text before it does not end like a unit name (局 委 办 厅 室 中心 政府 部门 单位 会 街 区 …), or ends
    /// with a bracketed qualifier of one or two characters (各县(市) / 区政府): join; (7) the cell uses explicit separators elsewhere and the text after it does not begin like
    /// a new unit (市 县 区 省 州 各 等): join; (8) otherwise: separate. A space is kept between two ASCII letters or
    /// digits. The rule is a heuristic: a name broken exactly after a complete name in a cell without separators
    /// (市发改委 / 市商务局, but also 市自然资源和规划局 / 叶集分局, 市委 / 网信办) is read as two units. Every cell of the
    /// seed plans that uses separators reads the same with a line break inserted at any point.</para>
    /// <para><b>Roles.</b> A role word at the end of an item gives its role to every unit written since the previous
    /// role word: 牵头 = <see cref="UnitRole.Lead"/>; 负责落实, 负责, 落实, 承办 = <see cref="UnitRole.Responsible"/>;
    /// 配合, 参与, 协助, 协同 = <see cref="UnitRole.Cooperating"/>. A role word in brackets at the end of an item
    /// (区财政局(牵头)) counts as the role word. Several role words in a row (牵头负责) give the strongest: lead, then
    /// cooperating, then responsible. Units after the last role word get the default role (responsible). A role word
    /// with no unit before it is ignored with GT0201.</para>
    /// <para><b>Notes and brackets.</b> A bracket at the end of a unit becomes the assignment's
    /// <see cref="Assignment.Note"/> (市大数据委(负责专题建设) → 市大数据委, note 负责专题建设), and role words inside it do
    /// not count. Brackets inside a name stay in the name (各县(市)区政府, 村(居)委会), and so does a bracket at the end
    /// that is a second name or a short qualifier: two characters or fewer, or text ending like a unit name, not
    /// beginning with 含 / 包括 / 负责 … and holding no role word (县数据资源管理局（政务服务局）). Half- and full-width
    /// brackets are alike and may be mixed. A bracket without its partner is read as an ordinary character (GT0203),
    /// and an item holding an unclosed bracket is kept whole as a name, with no role word or note read from it. A
    /// bracket standing alone as an item is a note of the unit before it in the same group, or GT0205 when there is
    /// none.</para>
    /// <para><b>Open-ended sets.</b> 等 followed by 有关部门, 部门, 单位, 机构, 机关, 地方 or 企业 at the end of an item
    /// ends the list with an open-ended unit named as written from 等 on: 县人社局、县财政局等有关部门 → 县人社局,
    /// 县财政局 and <c>等有关部门</c> (<see cref="UnitKind.OpenEnded"/>). Kinds come from
    /// <see cref="Unit.InferKind"/>.</para>
    /// <para><b>Limits.</b> Only the first <see cref="MaxLength"/> characters are read (GT0002); names over
    /// <see cref="MaxUnitNameLength"/> characters are kept with GT0204; an empty or blank cell gives GT0001 (error).
    /// Units are kept as written: no name is dropped, merged or de-duplicated (use a <see cref="UnitDirectory"/> to
    /// map variants to one name). Time and memory are linear in the length of the text.</para>
    /// </remarks>
    public static AssignmentParseResult Parse(string text) => Parse(text, UnitRole.Responsible);

    /// <summary>
    /// Reads one assignment cell like <see cref="Parse(string)"/>, giving <paramref name="defaultRole"/> to units
    /// written without a role word (for a column headed 牵头单位, pass <see cref="UnitRole.Lead"/>).
    /// </summary>
    /// <param name="text">The cell as written, line breaks included.</param>
    /// <param name="defaultRole">The role of units that no role word follows.</param>
    /// <returns>The assignments in the order written, and the diagnostics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="defaultRole"/> is not a defined role.</exception>
    public static AssignmentParseResult Parse(string text, UnitRole defaultRole)
    {
        Guard.Against.Null(text);
        Guard.Against.UndefinedEnum(defaultRole);
        return new AssignmentTextParser(text, defaultRole).Run();
    }

    /// <summary>
    /// Reads a task whose plan has separate 牵头单位 (lead) and 责任单位 (responsible) columns, as the 福州 2021 plan
    /// does. Units of the lead cell are leads and units of the responsible cell responsible, unless the cell itself
    /// says otherwise with a role word (各县(市)区政府配合 in the responsible column is cooperating). Each cell is read
    /// by the rules of <see cref="Parse(string)"/>; in a cell without separators each line is a unit
    /// (<c>市发改委\n市商务局</c>).
    /// </summary>
    /// <param name="leadCell">The 牵头单位 cell, or null or blank when the task has no lead.</param>
    /// <param name="responsibleCell">The 责任单位 cell, or null or blank when it is empty.</param>
    /// <returns>
    /// The lead cell's assignments, then the responsible cell's. Diagnostics carry the path <c>LeadCell</c> or
    /// <c>ResponsibleCell</c>, and spans into that cell. One empty cell is normal (a task with no lead, or a lead
    /// with no further units) and gives no diagnostic; both empty give GT0001.
    /// </returns>
    public static AssignmentParseResult ParseColumns(string? leadCell, string? responsibleCell)
    {
        var leadBlank = IsBlank(leadCell);
        var responsibleBlank = IsBlank(responsibleCell);
        if (leadBlank && responsibleBlank)
        {
            return new AssignmentParseResult(
                ValueList<Assignment>.Empty,
                ValueList<Diagnostic>.Wrap(new[] { Messages.EmptyAssignmentText() }),
                ValueList<string>.Empty);
        }

        var assignments = new List<Assignment>();
        var diagnostics = new List<Diagnostic>();
        var roleWords = new List<string>();
        if (!leadBlank)
        {
            Append(Parse(leadCell!, UnitRole.Lead), "LeadCell");
        }

        if (!responsibleBlank)
        {
            Append(Parse(responsibleCell!, UnitRole.Responsible), "ResponsibleCell");
        }

        return new AssignmentParseResult(
            ValueList<Assignment>.From(assignments),
            ValueList<Diagnostic>.From(diagnostics),
            ValueList<string>.From(roleWords));

        void Append(AssignmentParseResult cell, string path)
        {
            assignments.AddRange(cell.Assignments);
            foreach (var diagnostic in cell.Diagnostics)
            {
                diagnostics.Add(diagnostic.AtPath(path));
            }

            roleWords.AddRange(cell.RoleWords);
        }
    }

    private static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!UnitText.IsSpace(c) && !UnitText.IsIgnorable(c))
            {
                return false;
            }
        }

        return true;
    }
}
