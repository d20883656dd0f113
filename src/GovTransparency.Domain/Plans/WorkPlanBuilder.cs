using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// Builds a <see cref="WorkPlan"/> in a few readable lines, for code and unit tests. Sections are numbered
/// 一、二、… and subsections (一)(二)… in the order added; tasks are numbered 1, 2, … through the whole plan
/// unless a task's number is set explicitly.
/// </summary>
/// <example>
/// <code>
/// var plan = new WorkPlanBuilder("泗县2020年政务公开重点工作任务分工", 2020)
///     .IssuedOn(new LocalDate(2020, 9, 27))
///     .AddSection("加强权力配置信息公开", s => s
///         .AddTask("梳理公开权责清单", t => t.Lead("县司法局").Responsible("县政府各部门")
///             .Deadline(new DeadlineRule.ByYearEnd(RuleYear.PlanYear), "年底前")))
///     .Build();
/// </code>
/// </example>
public sealed class WorkPlanBuilder
{
    private readonly List<SectionBuilder> _sections = new();
    private readonly List<DocumentReference> _implements = new();
    private readonly string _title;
    private readonly int _year;
    private int _lastTaskNumber;
    private string? _issuingAuthority;
    private DocumentNumber? _documentNumber;
    private PlanLevel _level;
    private LocalDate? _writtenOn;
    private LocalDate? _issuedOn;
    private LocalDate? _publishedOn;

    /// <summary>Starts a plan.</summary>
    /// <param name="title">The title.</param>
    /// <param name="year">The plan year.</param>
    public WorkPlanBuilder(string title, int year)
    {
        _title = Guard.Against.Null(title);
        _year = Guard.Against.OutOfRange(year, 1949, 9999);
    }

    /// <summary>Sets the issuing authority (发文机关).</summary>
    /// <param name="authority">The authority, for example 泗县人民政府办公室.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder IssuedBy(string authority)
    {
        _issuingAuthority = Guard.Against.Null(authority);
        return this;
    }

    /// <summary>Sets the document number (发文字号).</summary>
    /// <param name="number">The number, for example <c>new DocumentNumber("泗政办秘", 2020, 49)</c>.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder WithDocumentNumber(DocumentNumber number)
    {
        _documentNumber = number;
        return this;
    }

    /// <summary>Sets the administrative level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder AtLevel(PlanLevel level)
    {
        _level = Guard.Against.UndefinedEnum(level);
        return this;
    }

    /// <summary>Sets the date written (成文日期).</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder WrittenOn(LocalDate date)
    {
        _writtenOn = date;
        return this;
    }

    /// <summary>Sets the date issued (印发日期).</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder IssuedOn(LocalDate date)
    {
        _issuedOn = date;
        return this;
    }

    /// <summary>Sets the date published (发布日期).</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder PublishedOn(LocalDate date)
    {
        _publishedOn = date;
        return this;
    }

    /// <summary>Adds an upper-level document the plan implements (贯彻落实).</summary>
    /// <param name="number">Its document number, or null.</param>
    /// <param name="title">Its title without 《》, or null.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder Implementing(DocumentNumber? number, string? title = null)
    {
        _implements.Add(new DocumentReference(number, title));
        return this;
    }

    /// <summary>Adds a section numbered after the previous one (一、二、…) and fills it with <paramref name="configure"/>.</summary>
    /// <param name="title">The heading without its ordinal.</param>
    /// <param name="configure">Adds the section's tasks and subsections.</param>
    /// <returns>This builder.</returns>
    public WorkPlanBuilder AddSection(string title, Action<SectionBuilder> configure)
    {
        Guard.Against.Null(title);
        Guard.Against.Null(configure);
        var section = new SectionBuilder(this, new ChineseOrdinal(_sections.Count + 1), title);
        _sections.Add(section);
        configure(section);
        return this;
    }

    /// <summary>Builds the plan.</summary>
    /// <returns>An immutable plan.</returns>
    public WorkPlan Build()
    {
        var sections = new Section[_sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = _sections[i].Build();
        }

        return new WorkPlan(_title, _year)
        {
            IssuingAuthority = _issuingAuthority,
            DocumentNumber = _documentNumber,
            Level = _level,
            WrittenOn = _writtenOn,
            IssuedOn = _issuedOn,
            PublishedOn = _publishedOn,
            Implements = _implements,
            Sections = sections,
        };
    }

    internal WorkTask BuildTask(string requirement, Action<WorkTaskBuilder>? configure)
    {
        var builder = new WorkTaskBuilder(new TaskNumber(_lastTaskNumber + 1), requirement);
        configure?.Invoke(builder);
        return Register(builder.Build());
    }

    internal WorkTask Register(WorkTask task)
    {
        _lastTaskNumber = task.Number.Value;
        return task;
    }
}
