using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The plan a validation run is about, shared by every validator of the run through FluentValidation's
/// <c>RootContextData</c> (one dictionary per run): child validators read the plan year, the issue date and the
/// task numbers from it. Nothing in it outlives the run, so validators stay free of state.
/// </summary>
/// <remarks>
/// Validators used on their own (a <see cref="WorkTaskValidator"/> on one task) find no scope and skip the checks
/// that need the plan.
/// </remarks>
internal sealed class PlanScope
{
    /// <summary>The key under which the scope sits in <c>RootContextData</c>.</summary>
    public const string Key = "GovTransparency.Domain.Validation.PlanScope";

    private TaskNumberingScheme? _numbering;
    private HashSet<int>? _taskValues;

    public PlanScope(WorkPlan plan)
    {
        Plan = plan;
        Deadlines = plan.Year <= DeadlineContext.MaxPlanYear ? new DeadlineContext(plan.Year, plan.IssuedOn) : null;
    }

    /// <summary>Gets the plan.</summary>
    public WorkPlan Plan { get; }

    /// <summary>Gets the plan year and issue date for deadline arithmetic; null for a plan year past 9998.</summary>
    public DeadlineContext? Deadlines { get; }

    /// <summary>Gets the task numbering scheme, detected on first use.</summary>
    public TaskNumberingScheme Numbering => _numbering ??= TaskNumbering.Detect(Plan);

    /// <summary>Finds the scope of the run, or null when the validator runs without a plan.</summary>
    public static PlanScope? Find(IValidationContext context) =>
        context.RootContextData.TryGetValue(Key, out var value) ? value as PlanScope : null;

    /// <summary>Makes <paramref name="plan"/> the scope of the run, unless it already is.</summary>
    public static void Attach(IValidationContext context, WorkPlan plan)
    {
        if (Find(context) is { } scope && ReferenceEquals(scope.Plan, plan))
        {
            return;
        }

        context.RootContextData[Key] = new PlanScope(plan);
    }

    /// <summary>Gets whether the plan has a task numbered <paramref name="value"/> (compared by value).</summary>
    public bool HasTask(int value)
    {
        if (_taskValues is null)
        {
            _taskValues = new HashSet<int>();
            foreach (var location in Plan.EnumerateTasks())
            {
                _taskValues.Add(location.Task.Number.Value);
            }
        }

        return _taskValues.Contains(value);
    }
}
