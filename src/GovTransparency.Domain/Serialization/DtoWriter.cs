using System;
using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization.Dtos;
using GovTransparency.Domain.Units;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>Maps the model to the JSON contract. Total: every model value has a JSON form.</summary>
internal static class DtoWriter
{
    public static PlanDocumentDto Plan(WorkPlan plan) => new()
    {
        SchemaVersion = PlanJson.SchemaVersion,
        Title = plan.Title,
        Year = plan.Year,
        IssuingAuthority = plan.IssuingAuthority,
        DocumentNumber = plan.DocumentNumber?.ToString(),
        Level = plan.Level == PlanLevel.Unspecified ? default : new JsonName<PlanLevel>(plan.Level),
        WrittenOn = Date(plan.WrittenOn),
        IssuedOn = Date(plan.IssuedOn),
        PublishedOn = Date(plan.PublishedOn),
        Implements = plan.Implements.Count == 0
            ? null
            : plan.Implements.Select(r => new DocumentReferenceDto { DocumentNumber = r.Number?.ToString(), Title = r.Title }).ToList(),
        Sections = plan.Sections.Select(Section).ToList(),
    };

    public static ProgressReportDto Report(ProgressReport report) => new()
    {
        SchemaVersion = PlanJson.SchemaVersion,
        AsOf = Date(report.AsOf)!,
        Title = report.Title,
        PlanTitle = report.PlanTitle,
        PlanDocumentNumber = report.PlanDocumentNumber?.ToString(),
        Entries = report.Entries.Select(e => new ProgressEntryDto
        {
            Task = e.Task.Text,
            Status = new JsonName<ProgressStatus>(e.Status),
            Text = e.Text,
            Metrics = e.Metrics.Count == 0
                ? null
                : e.Metrics.Select(m => new ProgressMetricDto { Subject = m.Subject, Quantity = m.Quantity, MeasureWord = m.MeasureWord }).ToList(),
            CompletedOn = Date(e.CompletedOn),
        }).ToList(),
    };

    public static DeadlineDto Deadline(DeadlineRule rule) => rule switch
    {
        DeadlineRule.ByYearEnd r => WithYear(new DeadlineDto { Kind = Name(DeadlineKindName.YearEnd) }, r.Year),
        DeadlineRule.ByMonthEnd r => WithYear(new DeadlineDto { Kind = Name(DeadlineKindName.MonthEnd), Month = r.Month }, r.Year),
        DeadlineRule.ByDate r => WithYear(new DeadlineDto { Kind = Name(DeadlineKindName.Date), Month = r.Month, Day = r.Day }, r.Year),
        DeadlineRule.ByPeriodEnd r => WithYear(new DeadlineDto { Kind = Name(DeadlineKindName.PeriodEnd), Period = new JsonName<YearPeriod>(r.Period) }, r.Year),
        DeadlineRule.ByTenDayPeriodEnd r => WithYear(
            new DeadlineDto { Kind = Name(DeadlineKindName.TenDayPeriodEnd), Month = r.Month, Part = new JsonName<TenDayPeriod>(r.Part) }, r.Year),
        DeadlineRule.Spanning r => new DeadlineDto { Kind = Name(DeadlineKindName.Span), Start = Deadline(r.Start), End = Deadline(r.End) },
        DeadlineRule.Continuous => new DeadlineDto { Kind = Name(DeadlineKindName.Continuous) },
        DeadlineRule.Recurring r => new DeadlineDto
        {
            Kind = Name(DeadlineKindName.Recurring),
            Frequency = new JsonName<RecurrenceFrequency>(r.Frequency),
            Month = r.DueMonth,
            Day = r.DueDay,
            Alternative = r.Alternative is { } a ? new JsonName<RecurrenceFrequency>(a) : default,
        },
        DeadlineRule.Relative r => new DeadlineDto
        {
            Kind = Name(DeadlineKindName.Relative),
            Event = new JsonName<RelativeEvent>(r.Event),
            EventText = r.EventText,
            Amount = r.Amount,
            Unit = new JsonName<PeriodUnit>(r.Unit),
        },
        DeadlineRule.Milestones r => new DeadlineDto
        {
            Kind = Name(DeadlineKindName.Milestones),
            Steps = r.Steps.Select(s => new MilestoneDto { Due = Deadline(s.Due), Action = s.Action }).ToList(),
        },
        DeadlineRule.Unspecified => new DeadlineDto { Kind = Name(DeadlineKindName.Unspecified) },
        DeadlineRule.Unrecognized r => new DeadlineDto { Kind = Name(DeadlineKindName.Unrecognized), Text = r.Text },
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A deadline kind without a JSON form."),
    };

    private static SectionDto Section(Section section) => new()
    {
        Number = section.Number.Value,
        Title = section.Title,
        Tasks = Tasks(section.Tasks),
        Subsections = section.Subsections.Count == 0
            ? null
            : section.Subsections.Select(s => new SubsectionDto { Number = s.Number.Value, Title = s.Title, Tasks = Tasks(s.Tasks) }).ToList(),
    };

    private static List<TaskDto>? Tasks(IReadOnlyList<WorkTask> tasks) => tasks.Count == 0 ? null : tasks.Select(Task).ToList();

    private static TaskDto Task(WorkTask task) => new()
    {
        Number = task.Number.Text,
        Title = task.Title,
        Requirement = task.Requirement,
        Assignments = task.Assignments.Count == 0
            ? null
            : task.Assignments.Select(a => new AssignmentDto
            {
                Unit = a.Unit.Name,
                UnitKind = new JsonName<UnitKind>(a.Unit.Kind),
                Role = new JsonName<UnitRole>(a.Role),
                Note = a.Note,
            }).ToList(),
        TimeLimit = task.TimeLimitText,
        Deadline = Deadline(task.Deadline),
    };

    private static JsonName<DeadlineKindName> Name(DeadlineKindName kind) => new(kind);

    private static DeadlineDto WithYear(DeadlineDto dto, RuleYear year)
    {
        dto.Year = year.ExplicitYear;
        dto.YearOffset = year.PlanYearOffset == 0 ? null : year.PlanYearOffset;
        return dto;
    }

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
