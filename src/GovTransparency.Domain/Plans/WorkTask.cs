using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// One numbered task of a plan: what must be done (the requirement, 工作要求 / 具体要求), by whom (the
/// assignments: 牵头 lead, 负责 responsible, 配合 cooperating units) and by when (the time limit, 时限要求).
/// </summary>
public sealed record WorkTask
{
    private readonly ValueList<Assignment> _assignments = ValueList<Assignment>.Empty;
    private readonly DeadlineRule _deadline = DeadlineRule.Unspecified.Instance;

    /// <summary>Creates a task.</summary>
    /// <param name="number">The task number as written.</param>
    /// <param name="requirement">The requirement text (may be empty when the document gives none; validation reports it).</param>
    public WorkTask(TaskNumber number, string requirement)
    {
        Number = number;
        Requirement = Guard.Against.Null(requirement);
    }

    /// <summary>Gets the task number as written.</summary>
    public TaskNumber Number { get; init; }

    /// <summary>Gets the short title some plans give a task (工作任务 column), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the requirement text (工作要求 / 具体要求).</summary>
    public string Requirement { get; init; }

    /// <summary>Gets the units assigned to the task with their roles, in the order written.</summary>
    public IReadOnlyList<Assignment> Assignments
    {
        get => _assignments;
        init => _assignments = ValueList<Assignment>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>Gets what the time limit means. <see cref="DeadlineRule.Unspecified"/> when none was written.</summary>
    public DeadlineRule Deadline
    {
        get => _deadline;
        init => _deadline = Guard.Against.Null(value);
    }

    /// <summary>Gets the time limit exactly as written (时限要求 column), or null when the plan has no such text.</summary>
    public string? TimeLimitText { get; init; }

    /// <summary>Gets the lead units (牵头单位).</summary>
    public IEnumerable<Unit> LeadUnits => UnitsIn(UnitRole.Lead);

    /// <summary>Gets the responsible units (责任单位, 负责落实).</summary>
    public IEnumerable<Unit> ResponsibleUnits => UnitsIn(UnitRole.Responsible);

    /// <summary>Gets the cooperating units (配合单位).</summary>
    public IEnumerable<Unit> CooperatingUnits => UnitsIn(UnitRole.Cooperating);

    private IEnumerable<Unit> UnitsIn(UnitRole role) => _assignments.Where(a => a.Role == role).Select(a => a.Unit);
}
