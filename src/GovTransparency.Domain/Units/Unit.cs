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

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets whether the name is one body, a collective or an open-ended set.</summary>
    public UnitKind Kind { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name as written.</returns>
    public override string ToString() => Name;
}
