using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Tests.Units;

/// <summary>Short builders for expected assignments in the tables: L = 牵头 lead, R = 负责 responsible, C = 配合.</summary>
internal static class AssignmentExpectations
{
    public const UnitKind Collective = UnitKind.Collective;
    public const UnitKind OpenEnded = UnitKind.OpenEnded;

    public static Assignment L(string name, UnitKind kind = UnitKind.Specific, string? note = null) =>
        new(new Unit(name, kind), UnitRole.Lead, note);

    public static Assignment R(string name, UnitKind kind = UnitKind.Specific, string? note = null) =>
        new(new Unit(name, kind), UnitRole.Responsible, note);

    public static Assignment C(string name, UnitKind kind = UnitKind.Specific, string? note = null) =>
        new(new Unit(name, kind), UnitRole.Cooperating, note);
}
