using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Collects sections, subsections and tasks in document order. A heading that repeats the section or subsection in
/// force (the same number and title, as tables repeat their headers after a page break) continues it; any other
/// heading starts a new one, so numbering defects such as two 「(二)」 in a section are kept as written.
/// </summary>
internal sealed class PlanAssembler
{
    private readonly List<SectionDraft> _sections = new();
    private readonly ImportContext _context;
    private SectionDraft? _section;
    private SubsectionDraft? _subsection;

    public PlanAssembler(ImportContext context) => _context = context;

    public void StartSection(ChineseOrdinal number, string title, string written, int line)
    {
        if (_section is not null && _section.Number == number && Same(_section.Title, title))
        {
            _context.Add(Messages.HeadingRepeated(line, written, section: true));
            return;
        }

        _section = new SectionDraft(number, title);
        _sections.Add(_section);
        _subsection = null;
    }

    public void StartSubsection(ChineseOrdinal number, string title, string written, int line)
    {
        if (_subsection is not null && _subsection.Number == number && Same(_subsection.Title, title))
        {
            _context.Add(Messages.HeadingRepeated(line, written, section: false));
            return;
        }

        var section = EnsureSection(line);
        _subsection = new SubsectionDraft(number, title);
        section.Subsections.Add(_subsection);
    }

    /// <summary>Ends the subsection in force, so that the next tasks go directly under the section.</summary>
    public void EndSubsection() => _subsection = null;

    /// <summary>Gets the model path the next task will have, for its diagnostics.</summary>
    public string PathOfNextTask()
    {
        var s = _section is null ? 0 : _sections.Count - 1;
        if (_subsection is not null)
        {
            var u = _section!.Subsections.Count - 1;
            return string.Format(CultureInfo.InvariantCulture, "Sections[{0}].Subsections[{1}].Tasks[{2}]", s, u, _subsection.Tasks.Count);
        }

        var count = _section?.Tasks.Count ?? 0;
        return string.Format(CultureInfo.InvariantCulture, "Sections[{0}].Tasks[{1}]", s, count);
    }

    public void AddTask(WorkTask task, int line)
    {
        var section = EnsureSection(line);
        if (_subsection is not null)
        {
            _subsection.Tasks.Add(task);
        }
        else
        {
            section.Tasks.Add(task);
        }
    }

    public List<Section> Build()
    {
        var sections = new List<Section>(_sections.Count);
        foreach (var draft in _sections)
        {
            var subsections = new List<Subsection>(draft.Subsections.Count);
            foreach (var sub in draft.Subsections)
            {
                subsections.Add(new Subsection(sub.Number, sub.Title) { Tasks = sub.Tasks });
            }

            sections.Add(new Section(draft.Number, draft.Title) { Tasks = draft.Tasks, Subsections = subsections });
        }

        return sections;
    }

    private static bool Same(string a, string b) => string.Equals(TextRules.ComparisonKey(a), TextRules.ComparisonKey(b), System.StringComparison.Ordinal);

    private SectionDraft EnsureSection(int line)
    {
        if (_section is null)
        {
            _context.Add(Messages.TasksBeforeFirstSection(line));
            _section = new SectionDraft(new ChineseOrdinal(1), string.Empty);
            _sections.Add(_section);
        }

        return _section;
    }

    private sealed class SectionDraft
    {
        public SectionDraft(ChineseOrdinal number, string title)
        {
            Number = number;
            Title = title;
        }

        public ChineseOrdinal Number { get; }

        public string Title { get; }

        public List<WorkTask> Tasks { get; } = new();

        public List<SubsectionDraft> Subsections { get; } = new();
    }

    private sealed class SubsectionDraft
    {
        public SubsectionDraft(ChineseOrdinal number, string title)
        {
            Number = number;
            Title = title;
        }

        public ChineseOrdinal Number { get; }

        public string Title { get; }

        public List<WorkTask> Tasks { get; } = new();
    }
}
