using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A top-level section of a plan, numbered 一、二、… (for example 一、进一步强化重点领域信息公开). It holds
/// subsections, and may also hold tasks directly (some plans have no subsections).
/// </summary>
public sealed record Section
{
    private readonly ValueList<WorkTask> _tasks = ValueList<WorkTask>.Empty;
    private readonly ValueList<Subsection> _subsections = ValueList<Subsection>.Empty;

    /// <summary>Creates a section.</summary>
    /// <param name="number">The ordinal as written: 一、 is 1.</param>
    /// <param name="title">The heading without its ordinal.</param>
    public Section(ChineseOrdinal number, string title)
    {
        Number = number;
        Title = Guard.Against.Null(title);
    }

    /// <summary>Gets the ordinal as written.</summary>
    public ChineseOrdinal Number { get; init; }

    /// <summary>Gets the heading without its ordinal.</summary>
    public string Title { get; init; }

    /// <summary>Gets the tasks placed directly under the section, before any subsection.</summary>
    public IReadOnlyList<WorkTask> Tasks
    {
        get => _tasks;
        init => _tasks = ValueList<WorkTask>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>Gets the subsections in the order written.</summary>
    public IReadOnlyList<Subsection> Subsections
    {
        get => _subsections;
        init => _subsections = ValueList<Subsection>.From(Guard.Against.NullOrContainsNull(value));
    }
}
