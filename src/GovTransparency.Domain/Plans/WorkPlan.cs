using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// An annual open-government work plan (政务公开工作要点 / 重点工作任务分工): document metadata and the sections,
/// subsections and numbered tasks. Immutable, with value equality; build one with a builder
/// (<c>WorkPlanBuilder</c>) or with <c>new WorkPlan(...) { ... }</c>.
/// </summary>
public sealed record WorkPlan
{
    private readonly ValueList<Section> _sections = ValueList<Section>.Empty;
    private readonly ValueList<DocumentReference> _implements = ValueList<DocumentReference>.Empty;

    /// <summary>Creates a plan.</summary>
    /// <param name="title">The title, for example 泗县2020年政务公开重点工作任务分工.</param>
    /// <param name="year">The plan year (the year whose work it plans).</param>
    public WorkPlan(string title, int year)
    {
        Title = Guard.Against.Null(title);
        Year = Guard.Against.OutOfRange(year, 1949, 9999);
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; init; }

    /// <summary>Gets the plan year: the year the tasks are for, and the default year of 年底前 and other time limits.</summary>
    public int Year { get; init; }

    /// <summary>Gets the issuing authority (发文机关), for example 福州市人民政府办公厅, or null.</summary>
    public string? IssuingAuthority { get; init; }

    /// <summary>Gets the document number (发文字号), such as 榕政办〔2021〕53号, or null.</summary>
    public DocumentNumber? DocumentNumber { get; init; }

    /// <summary>Gets the administrative level of the issuing body.</summary>
    public PlanLevel Level { get; init; }

    /// <summary>Gets the date the document was written and signed (成文日期), or null.</summary>
    public NodaTime.LocalDate? WrittenOn { get; init; }

    /// <summary>Gets the date the plan was issued (印发日期): the event 印发后… time limits count from; or null.</summary>
    public NodaTime.LocalDate? IssuedOn { get; init; }

    /// <summary>Gets the date the plan was published (发布日期), for example on a government portal; or null.</summary>
    public NodaTime.LocalDate? PublishedOn { get; init; }

    /// <summary>Gets the upper-level documents the plan implements (贯彻落实《…》).</summary>
    public IReadOnlyList<DocumentReference> Implements
    {
        get => _implements;
        init => _implements = ValueList<DocumentReference>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>Gets the sections in the order written.</summary>
    public IReadOnlyList<Section> Sections
    {
        get => _sections;
        init => _sections = ValueList<Section>.From(Guard.Against.NullOrContainsNull(value));
    }

    /// <summary>Gets every task of the plan in document order, with where it sits.</summary>
    /// <returns>The tasks, section by section: first those directly under a section, then its subsections'.</returns>
    public IEnumerable<TaskLocation> EnumerateTasks()
    {
        for (var s = 0; s < _sections.Count; s++)
        {
            var section = _sections[s];
            for (var t = 0; t < section.Tasks.Count; t++)
            {
                yield return new TaskLocation(section.Tasks[t], section, s, null, -1, t);
            }

            for (var u = 0; u < section.Subsections.Count; u++)
            {
                var subsection = section.Subsections[u];
                for (var t = 0; t < subsection.Tasks.Count; t++)
                {
                    yield return new TaskLocation(subsection.Tasks[t], section, s, subsection, u, t);
                }
            }
        }
    }

    /// <summary>Gets the number of tasks in the plan.</summary>
    public int TaskCount
    {
        get
        {
            var count = 0;
            foreach (var section in _sections)
            {
                count += section.Tasks.Count;
                foreach (var subsection in section.Subsections)
                {
                    count += subsection.Tasks.Count;
                }
            }

            return count;
        }
    }
}
