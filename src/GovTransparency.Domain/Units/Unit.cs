using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// A government body, collective or open-ended set named in a plan, for example 区财政局, 区政府各部门 or
/// 等有关部门. The name is kept as written; a unit directory maps variants to one canonical name.
/// </summary>
public sealed record Unit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="name">The name as written, for example 区发改委.</param>
    /// <param name="kind">Whether the name is one body, a collective or an open-ended set.</param>
    public Unit(string name, UnitKind kind = UnitKind.Specific)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Kind = Guard.Against.UndefinedEnum(kind);
    }

    /// <summary>
    /// Creates a unit whose <see cref="Kind"/> is inferred from its name by <see cref="InferKind"/>:
    /// <c>Unit.FromName("区政府各部门")</c> is a collective, <c>Unit.FromName("等有关部门")</c> an open-ended set,
    /// <c>Unit.FromName("区财政局")</c> a specific body.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The unit, with the name kept exactly as given.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static Unit FromName(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return new Unit(name, UnitText.InferKind(name));
    }

    /// <summary>
    /// Infers what kind of body a unit name denotes, from the words Chinese plans use. The rules, in order:
    /// <list type="number">
    /// <item><description>
    /// <see cref="UnitKind.OpenEnded"/> (a set not listed in full) when the name begins or ends with 等 ("and
    /// others": 等有关部门, 等部门, 县财政局等) or contains 有关 or 相关 ("relevant": 区政府有关部门, 相关部门, 有关单位,
    /// 有政务新媒体的相关单位). This rule comes first, so 市直各有关单位 ("every relevant unit directly under the
    /// city") is open-ended: which units are relevant is not listed.
    /// </description></item>
    /// <item><description>
    /// <see cref="UnitKind.Collective"/> (every member of a named group) when the name contains 各 ("each, every":
    /// 区政府各部门, 各乡镇街, 各乡镇人民政府, 县直各单位, 各县(市)区政府, 市直各部门, 各科室), 所有 ("all") or 全体
    /// ("the whole"), or is a level of government followed by 直 and 部门, 单位, 机关 or 机构 (市直部门, 县直单位:
    /// every body directly under the city or county government).
    /// </description></item>
    /// <item><description><see cref="UnitKind.Specific"/> (one body) otherwise: 区财政局, 县经济开发区管委会.</description></item>
    /// </list>
    /// The inference reads words only; it never consults a <see cref="UnitDirectory"/>.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The inferred kind; <see cref="UnitKind.Specific"/> for an empty name.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static UnitKind InferKind(string name) => UnitText.InferKind(Guard.Against.Null(name));

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets whether the name is one body, a collective or an open-ended set.</summary>
    public UnitKind Kind { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name as written.</returns>
    public override string ToString() => Name;
}
