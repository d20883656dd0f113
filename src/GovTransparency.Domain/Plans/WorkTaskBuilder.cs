using System.Collections.Generic;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// Builds a <see cref="WorkTask"/> in a few readable lines; used through <see cref="SectionBuilder.AddTask(string, System.Action{WorkTaskBuilder})"/>
/// or on its own. Builders are mutable helpers; what they build is immutable.
/// </summary>
public sealed class WorkTaskBuilder
{
    private readonly List<Assignment> _assignments = new();
    private TaskNumber _number;
    private string _requirement;
    private string? _title;
    private DeadlineRule _deadline = DeadlineRule.Unspecified.Instance;
    private string? _timeLimitText;

    /// <summary>Creates a builder for task <paramref name="number"/>.</summary>
    /// <param name="number">The task number.</param>
    /// <param name="requirement">The requirement text (工作要求).</param>
    public WorkTaskBuilder(TaskNumber number, string requirement)
    {
        _number = number;
        _requirement = Guard.Against.Null(requirement);
    }

    /// <summary>Sets the task number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Number(TaskNumber number)
    {
        _number = number;
        return this;
    }

    /// <summary>Sets the short title (工作任务 column).</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Title(string title)
    {
        _title = Guard.Against.Null(title);
        return this;
    }

    /// <summary>Sets the requirement text.</summary>
    /// <param name="requirement">The requirement text.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Requirement(string requirement)
    {
        _requirement = Guard.Against.Null(requirement);
        return this;
    }

    /// <summary>Adds lead units (牵头单位); each unit's kind is inferred from its name (<see cref="Unit.FromName"/>).</summary>
    /// <param name="unitNames">The units' names as written.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Lead(params string[] unitNames) => Add(UnitRole.Lead, unitNames);

    /// <summary>Adds responsible units (责任单位, 负责落实).</summary>
    /// <param name="unitNames">The units' names as written.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Responsible(params string[] unitNames) => Add(UnitRole.Responsible, unitNames);

    /// <summary>Adds cooperating units (配合单位).</summary>
    /// <param name="unitNames">The units' names as written.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Cooperating(params string[] unitNames) => Add(UnitRole.Cooperating, unitNames);

    /// <summary>Adds one assignment, for a unit with a note or a kind given explicitly.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Assign(Assignment assignment)
    {
        _assignments.Add(Guard.Against.Null(assignment));
        return this;
    }

    /// <summary>Adds assignments read from text, for example by <see cref="AssignmentText.Parse(string)"/>.</summary>
    /// <param name="assignments">The assignments, in order.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Assign(IEnumerable<Assignment> assignments)
    {
        _assignments.AddRange(Guard.Against.NullOrContainsNull(assignments));
        return this;
    }

    /// <summary>Sets the deadline rule and, optionally, the time limit as written.</summary>
    /// <param name="rule">What the time limit means.</param>
    /// <param name="timeLimitText">The time limit as written (时限要求), for example 年底前; null when none.</param>
    /// <returns>This builder.</returns>
    public WorkTaskBuilder Deadline(DeadlineRule rule, string? timeLimitText = null)
    {
        _deadline = Guard.Against.Null(rule);
        _timeLimitText = timeLimitText;
        return this;
    }

    /// <summary>Builds the task.</summary>
    /// <returns>An immutable task.</returns>
    public WorkTask Build() => new(_number, _requirement)
    {
        Title = _title,
        Assignments = _assignments,
        Deadline = _deadline,
        TimeLimitText = _timeLimitText,
    };

    private WorkTaskBuilder Add(UnitRole role, string[] unitNames)
    {
        foreach (var name in Guard.Against.NullOrContainsNull(unitNames))
        {
            _assignments.Add(new Assignment(Unit.FromName(name), role));
        }

        return this;
    }
}
