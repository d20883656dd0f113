using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Testing.Internal;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// Builds a valid <see cref="WorkPlan"/> for a test with defaults for everything the test does not care about: a
/// title, one section 「一、」 with one subsection 「(一)」, and tasks written as table rows — number, requirement, time
/// limit as written, lead unit — in one line each. Obtained from <see cref="TestPlans.ForYear"/>; built on the
/// library's <see cref="WorkPlanBuilder"/>, which <see cref="Configure"/> reaches for anything else.
/// </summary>
/// <remarks>
/// <para>
/// Time limits are read with <see cref="DeadlineText.Parse(string, DeadlineContext)"/> against the plan year and issue
/// date when <see cref="Build"/> runs, exactly as an importer would read the 时限要求 column: 年底前, 10月底前,
/// 持续推进, 印发后5个工作日内 … (印发 = issue of the plan; set its date with <see cref="IssuedOn"/>). Text the parser
/// does not understand never throws: it becomes an unrecognised limit, kept verbatim.
/// </para>
/// <para>
/// Tasks go into the current subsection; <see cref="Section"/> starts a new section and <see cref="Subsection"/> a new
/// subsection in the current one. Numbering runs through the whole plan, as in the seed documents: a task added
/// without a number takes the previous task's number plus one.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var plan = TestPlans.ForYear(2021)
///     .IssuedOn(new LocalDate(2021, 9, 28))
///     .Task(1, "公开财政预决算", "9月底前", "区财政局")
///     .Task(2, "上线政策解读专栏", "印发后5个工作日内", "区政府办公室", t => t.Responsible("区政府各部门"))
///     .Build();
/// </code>
/// </example>
public sealed class PlanFixture
{
    /// <summary>The title of the section a plan starts with: 「测试工作」 ("work under test").</summary>
    public const string DefaultSectionTitle = "测试工作";

    /// <summary>The title of the subsection a section starts with: 「测试任务」 ("tasks under test").</summary>
    public const string DefaultSubsectionTitle = "测试任务";

    private readonly int _year;
    private readonly List<SectionSpec> _sections = new();
    private readonly List<Action<WorkPlanBuilder>> _configure = new();
    private string _title;
    private LocalDate? _issuedOn;
    private int _lastNumber;

    /// <summary>Starts a plan for <paramref name="year"/>, titled 「<paramref name="year"/>年政务公开工作要点（测试）」.</summary>
    /// <param name="year">The plan year (the default year of 年底前 and other time limits), 1949 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public PlanFixture(int year)
    {
        if (year < DeadlineContext.MinPlanYear || year > DeadlineContext.MaxPlanYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A plan year must be from 1949 to 9998.");
        }

        _year = year;
        _title = year.ToString(CultureInfo.InvariantCulture) + "年政务公开工作要点（测试）";
        _sections.Add(new SectionSpec(DefaultSectionTitle, isDefault: true));
    }

    /// <summary>Sets the plan's title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public PlanFixture Title(string title)
    {
        _title = Require.NotNull(title, nameof(title));
        return this;
    }

    /// <summary>Sets the date the plan was issued (印发日期): the event 印发后… time limits count from.</summary>
    /// <param name="date">The issue date.</param>
    /// <returns>This fixture.</returns>
    public PlanFixture IssuedOn(LocalDate date)
    {
        _issuedOn = date;
        return this;
    }

    /// <summary>
    /// Applies <paramref name="configure"/> to the underlying <see cref="WorkPlanBuilder"/> before the sections are
    /// added: for the document number, the issuing authority, the level and the other dates.
    /// </summary>
    /// <param name="configure">What to set, for example <c>p => p.IssuedBy("泗县人民政府办公室")</c>.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public PlanFixture Configure(Action<WorkPlanBuilder> configure)
    {
        _configure.Add(Require.NotNull(configure, nameof(configure)));
        return this;
    }

    /// <summary>Starts a new section (二、三、…); the tasks that follow go into its first subsection.</summary>
    /// <param name="title">The section's heading without its ordinal.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public PlanFixture Section(string title)
    {
        var section = new SectionSpec(Require.NotNull(title, nameof(title)), isDefault: false);
        if (_sections.Count == 1 && _sections[0].IsUntouchedDefault)
        {
            // The first section named before any task replaces the default one.
            _sections[0] = section;
        }
        else
        {
            _sections.Add(section);
        }

        return this;
    }

    /// <summary>Starts a new subsection ((二)、(三)…) in the current section; the tasks that follow go into it.</summary>
    /// <param name="title">The subsection's heading without its ordinal.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public PlanFixture Subsection(string title)
    {
        var section = _sections[_sections.Count - 1];
        var subsection = new SubsectionSpec(Require.NotNull(title, nameof(title)), isDefault: false);
        if (section.Subsections.Count == 1 && section.Subsections[0].IsUntouchedDefault)
        {
            section.Subsections[0] = subsection;
        }
        else
        {
            section.Subsections.Add(subsection);
        }

        section.Touched = true;
        return this;
    }

    /// <summary>Adds a task as a table row.</summary>
    /// <param name="number">The task number, 1 to 99999.</param>
    /// <param name="requirement">The requirement text (工作要求).</param>
    /// <param name="timeLimit">The time limit as written (时限要求); empty for none.</param>
    /// <param name="lead">The lead unit (牵头单位); empty for none.</param>
    /// <param name="configure">Sets anything else on the task (responsible units, a title …); null for nothing.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 99999.</exception>
    public PlanFixture Task(int number, string requirement, string timeLimit, string lead, Action<WorkTaskBuilder>? configure = null) =>
        Task(new TaskFixture(number, requirement, timeLimit, lead), configure);

    /// <summary>Adds a task numbered after the previous one (1 for the first).</summary>
    /// <param name="requirement">The requirement text (工作要求).</param>
    /// <param name="timeLimit">The time limit as written (时限要求); empty for none.</param>
    /// <param name="lead">The lead unit (牵头单位); empty for none.</param>
    /// <param name="configure">Sets anything else on the task; null for nothing.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The previous task was number 99999.</exception>
    public PlanFixture Task(string requirement, string timeLimit, string lead, Action<WorkTaskBuilder>? configure = null) =>
        Task(new TaskFixture(_lastNumber + 1, requirement, timeLimit, lead), configure);

    /// <summary>Adds a task row made by <see cref="TestPlans.Task"/>.</summary>
    /// <param name="task">The row.</param>
    /// <param name="configure">Sets anything else on the task; null for nothing.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    public PlanFixture Task(TaskFixture task, Action<WorkTaskBuilder>? configure = null)
    {
        Require.NotNull(task, nameof(task));
        var section = _sections[_sections.Count - 1];
        section.Subsections[section.Subsections.Count - 1].Tasks.Add(new TaskSpec(task, configure));
        section.Touched = true;
        _lastNumber = task.Number;
        return this;
    }

    /// <summary>Builds the plan; the fixture can go on being used.</summary>
    /// <returns>An immutable plan.</returns>
    public WorkPlan Build()
    {
        var builder = new WorkPlanBuilder(_title, _year);
        if (_issuedOn is { } issued)
        {
            builder.IssuedOn(issued);
        }

        foreach (var configure in _configure)
        {
            configure(builder);
        }

        var context = new DeadlineContext(_year, _issuedOn);
        foreach (var section in _sections)
        {
            builder.AddSection(section.Title, s =>
            {
                foreach (var subsection in section.Subsections)
                {
                    s.AddSubsection(subsection.Title, u =>
                    {
                        foreach (var task in subsection.Tasks)
                        {
                            u.AddTask(task.Row.Requirement, t => Fill(t, task, context));
                        }
                    });
                }
            });
        }

        return builder.Build();
    }

    private static void Fill(WorkTaskBuilder builder, TaskSpec task, DeadlineContext context)
    {
        var row = task.Row;
        builder.Number(new TaskNumber(row.Number));
        if (!string.IsNullOrWhiteSpace(row.Lead))
        {
            builder.Lead(row.Lead);
        }

        builder.Deadline(DeadlineText.Parse(row.TimeLimit, context).Rule, row.TimeLimit);
        task.Configure?.Invoke(builder);
    }

    private sealed class SectionSpec
    {
        public SectionSpec(string title, bool isDefault)
        {
            Title = title;
            IsDefault = isDefault;
            Subsections.Add(new SubsectionSpec(DefaultSubsectionTitle, isDefault: true));
        }

        public bool IsDefault { get; }

        public string Title { get; }

        public List<SubsectionSpec> Subsections { get; } = new();

        public bool Touched { get; set; }

        public bool IsUntouchedDefault => IsDefault && !Touched;
    }

    private sealed class SubsectionSpec
    {
        public SubsectionSpec(string title, bool isDefault)
        {
            Title = title;
            IsDefault = isDefault;
        }

        public bool IsDefault { get; }

        public string Title { get; }

        public List<TaskSpec> Tasks { get; } = new();

        public bool IsUntouchedDefault => IsDefault && Tasks.Count == 0;
    }

    private sealed class TaskSpec
    {
        public TaskSpec(TaskFixture row, Action<WorkTaskBuilder>? configure)
        {
            Row = row;
            Configure = configure;
        }

        public TaskFixture Row { get; }

        public Action<WorkTaskBuilder>? Configure { get; }
    }
}
