using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Units;

/// <summary>
/// What <see cref="AssignmentText"/> read from an assignment cell: the assignments in the order written, and the
/// findings made on the way. Reading never fails outright: text that is not understood is kept (as a unit name or
/// in a diagnostic), and <see cref="Diagnostics"/> says what looked wrong.
/// </summary>
public sealed class AssignmentParseResult
{
    internal AssignmentParseResult(
        ValueList<Assignment> assignments,
        ValueList<Diagnostic> diagnostics,
        ValueList<string> roleWords)
    {
        Assignments = assignments;
        Diagnostics = diagnostics;
        RoleWords = roleWords;
    }

    /// <summary>Gets the assignments, in the order the units are written in the text.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>
    /// Gets the findings: those about a whole cell (empty, too long, unbalanced brackets) first, then the others in
    /// text order; for two cells, the lead cell's before the responsible cell's. Their <see cref="Diagnostic.Span"/> points into the text
    /// that was read; for <see cref="AssignmentText.ParseColumns"/> their <see cref="Diagnostic.Path"/> says which
    /// cell (<c>LeadCell</c> or <c>ResponsibleCell</c>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error (for example: the cell is empty).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Gets the lead units (牵头单位), in the order written.</summary>
    public IReadOnlyList<Unit> LeadUnits => UnitsWithRole(UnitRole.Lead);

    /// <summary>Gets the responsible units (责任单位, 负责 / 负责落实), in the order written.</summary>
    public IReadOnlyList<Unit> ResponsibleUnits => UnitsWithRole(UnitRole.Responsible);

    /// <summary>Gets the cooperating units (配合单位, 配合 / 参与 / 协助), in the order written.</summary>
    public IReadOnlyList<Unit> CooperatingUnits => UnitsWithRole(UnitRole.Cooperating);

    /// <summary>The role words read, in text order (牵头, 负责落实 …); for tests of the "nothing is dropped" law.</summary>
    internal IReadOnlyList<string> RoleWords { get; }

    /// <summary>Gets the units that have <paramref name="role"/>, in the order written.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The units; empty when none has the role.</returns>
    public IReadOnlyList<Unit> UnitsWithRole(UnitRole role)
    {
        Guard.Against.UndefinedEnum(role);
        return ValueList<Unit>.From(Assignments.Where(a => a.Role == role).Select(a => a.Unit).ToList());
    }

    /// <summary>
    /// Converts to the library's general <see cref="ParseResult{T}"/>: a success holding
    /// <see cref="Assignments"/> unless a diagnostic is an error, with the same diagnostics either way.
    /// </summary>
    /// <returns>The parse result.</returns>
    public ParseResult<IReadOnlyList<Assignment>> ToParseResult() =>
        HasErrors
            ? ParseResult<IReadOnlyList<Assignment>>.ForFailure(Diagnostics)
            : ParseResult<IReadOnlyList<Assignment>>.ForValue(Assignments, Diagnostics);

    /// <summary>Lists the assignments and the number of diagnostics, for debugging.</summary>
    /// <returns>For example <c>区发改委 Lead; 区市场监管局 Responsible (0 diagnostics)</c>.</returns>
    public override string ToString() =>
        string.Join("; ", Assignments.Select(a => a.ToString())) + " (" + Diagnostics.Count + " diagnostics)";
}
