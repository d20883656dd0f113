using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// A unit with its role in a task, and an optional note written beside it, for example
/// <c>市大数据委(负责专题建设)</c>: unit 市大数据委, note 负责专题建设 ("in charge of building the special topic").
/// </summary>
public sealed record Assignment
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="role">Its role: lead (牵头), responsible (负责) or cooperating (配合).</param>
    /// <param name="note">A note written beside the unit, without its parentheses; null when there is none.</param>
    public Assignment(Unit unit, UnitRole role, string? note = null)
    {
        Unit = Guard.Against.Null(unit);
        Role = Guard.Against.UndefinedEnum(role);
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the unit.</summary>
    public Unit Unit { get; }

    /// <summary>Gets the unit's role in the task.</summary>
    public UnitRole Role { get; }

    /// <summary>Gets the note written beside the unit, such as 负责专题建设, or null.</summary>
    public string? Note { get; }

    /// <summary>Creates a lead (牵头) assignment of a specific unit.</summary>
    /// <param name="unitName">The unit's name.</param>
    /// <returns>The assignment.</returns>
    public static Assignment Lead(string unitName) => new(new Unit(unitName), UnitRole.Lead);

    /// <summary>Creates a responsible (负责) assignment of a specific unit.</summary>
    /// <param name="unitName">The unit's name.</param>
    /// <returns>The assignment.</returns>
    public static Assignment Responsible(string unitName) => new(new Unit(unitName), UnitRole.Responsible);

    /// <summary>Creates a cooperating (配合) assignment of a specific unit.</summary>
    /// <param name="unitName">The unit's name.</param>
    /// <returns>The assignment.</returns>
    public static Assignment Cooperating(string unitName) => new(new Unit(unitName), UnitRole.Cooperating);

    /// <summary>Formats as <c>name(note) role</c>.</summary>
    /// <returns>The assignment as text.</returns>
    public override string ToString() => Unit.Name + (Note is null ? string.Empty : "(" + Note + ")") + " " + Role;
}
