using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>A subsection of a section, numbered (一), (二) … within it, holding tasks.</summary>
public sealed record Subsection
{
    private readonly ValueList<WorkTask> _tasks = ValueList<WorkTask>.Empty;

    /// <summary>Creates a subsection.</summary>
    /// <param name="number">The ordinal as written: (一) is 1.</param>
    /// <param name="title">The heading without its ordinal, for example 做好财政信息公开。</param>
    public Subsection(ChineseOrdinal number, string title)
    {
        Number = number;
        Title = Guard.Against.Null(title);
    }

    /// <summary>Gets the ordinal as written.</summary>
    public ChineseOrdinal Number { get; init; }

    /// <summary>Gets the heading without its ordinal.</summary>
    public string Title { get; init; }

    /// <summary>Gets the tasks in the order written.</summary>
    public IReadOnlyList<WorkTask> Tasks
    {
        get => _tasks;
        init => _tasks = ValueList<WorkTask>.From(Guard.Against.NullOrContainsNull(value));
    }
}
