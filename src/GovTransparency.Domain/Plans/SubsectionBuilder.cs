using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>Builds a <see cref="Subsection"/> and its tasks; obtained from <see cref="SectionBuilder.AddSubsection"/>.</summary>
public sealed class SubsectionBuilder
{
    private readonly WorkPlanBuilder _plan;
    private readonly List<WorkTask> _tasks = new();
    private readonly ChineseOrdinal _number;
    private readonly string _title;

    internal SubsectionBuilder(WorkPlanBuilder plan, ChineseOrdinal number, string title)
    {
        _plan = plan;
        _number = number;
        _title = title;
    }

    /// <summary>
    /// Adds a task numbered after the plan's previous task (numbering runs through the whole plan, as in every
    /// seed document); configure it with <paramref name="configure"/>.
    /// </summary>
    /// <param name="requirement">The requirement text (工作要求).</param>
    /// <param name="configure">Sets units, deadline and title; may be null.</param>
    /// <returns>This builder.</returns>
    public SubsectionBuilder AddTask(string requirement, Action<WorkTaskBuilder>? configure = null)
    {
        _tasks.Add(_plan.BuildTask(requirement, configure));
        return this;
    }

    /// <summary>Adds a task built elsewhere, as it is.</summary>
    /// <param name="task">The task.</param>
    /// <returns>This builder.</returns>
    public SubsectionBuilder AddTask(WorkTask task)
    {
        _tasks.Add(_plan.Register(Guard.Against.Null(task)));
        return this;
    }

    internal Subsection Build() => new(_number, _title) { Tasks = _tasks };
}
