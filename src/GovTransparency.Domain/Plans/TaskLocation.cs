using System.Globalization;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// Where a task sits in a plan: its section, its subsection (when any) and its index, with the model path used
/// by diagnostics (<c>Sections[1].Subsections[0].Tasks[2]</c>).
/// </summary>
public readonly record struct TaskLocation
{
    internal TaskLocation(WorkTask task, Section section, int sectionIndex, Subsection? subsection, int subsectionIndex, int taskIndex)
    {
        Task = task;
        Section = section;
        SectionIndex = sectionIndex;
        Subsection = subsection;
        SubsectionIndex = subsectionIndex;
        TaskIndex = taskIndex;
    }

    /// <summary>Gets the task.</summary>
    public WorkTask Task { get; }

    /// <summary>Gets the section the task belongs to.</summary>
    public Section Section { get; }

    /// <summary>Gets the zero-based index of the section in the plan.</summary>
    public int SectionIndex { get; }

    /// <summary>Gets the subsection the task belongs to, or null when it sits directly under the section.</summary>
    public Subsection? Subsection { get; }

    /// <summary>Gets the zero-based index of the subsection in its section, or -1.</summary>
    public int SubsectionIndex { get; }

    /// <summary>Gets the zero-based index of the task in its subsection (or section).</summary>
    public int TaskIndex { get; }

    /// <summary>Gets the model path of the task, for example <c>Sections[1].Subsections[0].Tasks[2]</c>.</summary>
    public string Path => Subsection is null
        ? string.Format(CultureInfo.InvariantCulture, "Sections[{0}].Tasks[{1}]", SectionIndex, TaskIndex)
        : string.Format(CultureInfo.InvariantCulture, "Sections[{0}].Subsections[{1}].Tasks[{2}]", SectionIndex, SubsectionIndex, TaskIndex);
}
