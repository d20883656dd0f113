using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>Builds a <see cref="Section"/> with its tasks and subsections; obtained from <see cref="WorkPlanBuilder.AddSection"/>.</summary>
public sealed class SectionBuilder
{
    private readonly WorkPlanBuilder _plan;
    private readonly List<WorkTask> _tasks = new();
    private readonly List<SubsectionBuilder> _subsections = new();
    private readonly ChineseOrdinal _number;
    private readonly string _title;

    internal SectionBuilder(WorkPlanBuilder plan, ChineseOrdinal number, string title)
    {
        _plan = plan;
        _number = number;
        _title = title;
    }

    /// <summary>
    /// Adds a task directly under the section, numbered after the plan's previous task; configure it with
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="requirement">The requirement text (工作要求).</param>
    /// <param name="configure">Sets units, deadline and title; may be null.</param>
    /// <returns>This builder.</returns>
    public SectionBuilder AddTask(string requirement, Action<WorkTaskBuilder>? configure = null)
    {
        _tasks.Add(_plan.BuildTask(requirement, configure));
        return this;
    }

    /// <summary>Adds a task built elsewhere, as it is.</summary>
    /// <param name="task">The task.</param>
    /// <returns>This builder.</returns>
    public SectionBuilder AddTask(WorkTask task)
    {
        _tasks.Add(_plan.Register(Guard.Against.Null(task)));
        return this;
    }

    /// <summary>Adds a subsection numbered (一), (二) … in order, and fills it with <paramref name="configure"/>.</summary>
    /// <param name="title">The heading without its ordinal.</param>
    /// <param name="configure">Adds the subsection's tasks.</param>
    /// <returns>This builder.</returns>
    public SectionBuilder AddSubsection(string title, Action<SubsectionBuilder> configure)
    {
        Guard.Against.Null(title);
        Guard.Against.Null(configure);
        var subsection = new SubsectionBuilder(_plan, new ChineseOrdinal(_subsections.Count + 1), title);
        _subsections.Add(subsection);
        configure(subsection);
        return this;
    }

    internal Section Build()
    {
        var subsections = new Subsection[_subsections.Count];
        for (var i = 0; i < subsections.Length; i++)
        {
            subsections[i] = _subsections[i].Build();
        }

        return new Section(_number, _title) { Tasks = _tasks, Subsections = subsections };
    }
}
