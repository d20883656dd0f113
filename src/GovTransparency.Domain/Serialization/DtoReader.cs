using System;
using System.Collections.Generic;
using System.Globalization;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization.Dtos;
using GovTransparency.Domain.Units;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Maps the JSON contract to the model, checking every value the JSON types cannot check (dates, names, ranges)
/// and reporting each problem with its JSON path. It never throws on document content.
/// </summary>
internal sealed class DtoReader
{
    private readonly List<Diagnostic> _diagnostics = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors { get; private set; }

    public WorkPlan? Plan(PlanDocumentDto dto)
    {
        if (!Year(dto.Year, "$.year"))
        {
            return null;
        }

        var sections = new List<Section>();
        if (dto.Sections is { } sectionDtos)
        {
            for (var i = 0; i < sectionDtos.Count; i++)
            {
                var section = Section(sectionDtos[i], Path("$.sections", i));
                if (section is not null)
                {
                    sections.Add(section);
                }
            }
        }

        var implements = new List<DocumentReference>();
        if (dto.Implements is { } references)
        {
            for (var i = 0; i < references.Count; i++)
            {
                if (references[i] is null)
                {
                    Invalid(Path("$.implements", i), null, "文件引用", "a document reference");
                    continue;
                }

                implements.Add(new DocumentReference(DocumentNumberOrNull(references[i].DocumentNumber, Path("$.implements", i) + ".documentNumber"), references[i].Title));
            }
        }

        var level = PlanLevel.Unspecified;
        if (dto.Level is not null && !JsonNames.PlanLevels.TryParse(dto.Level, out level))
        {
            Invalid("$.level", dto.Level, "行政层级之一：" + string.Join("、", JsonNames.PlanLevels.Names), "one of " + string.Join(", ", JsonNames.PlanLevels.Names));
        }

        return new WorkPlan(dto.Title ?? string.Empty, dto.Year)
        {
            IssuingAuthority = dto.IssuingAuthority,
            DocumentNumber = DocumentNumberOrNull(dto.DocumentNumber, "$.documentNumber"),
            Level = level,
            WrittenOn = DateOrNull(dto.WrittenOn, "$.writtenOn"),
            IssuedOn = DateOrNull(dto.IssuedOn, "$.issuedOn"),
            PublishedOn = DateOrNull(dto.PublishedOn, "$.publishedOn"),
            Implements = implements,
            Sections = sections,
        };
    }

    public ProgressReport? Report(ProgressReportDto dto)
    {
        var asOf = DateOrNull(dto.AsOf, "$.asOf");
        var entries = new List<ProgressEntry>();
        if (dto.Entries is { } entryDtos)
        {
            for (var i = 0; i < entryDtos.Count; i++)
            {
                var path = Path("$.entries", i);
                var entry = entryDtos[i];
                if (entry is null)
                {
                    Invalid(path, null, "进展条目", "a progress entry");
                    continue;
                }

                var number = TaskNumberOrNull(entry.Task, path + ".task");
                if (!JsonNames.ProgressStatuses.TryParse(entry.Status, out var status))
                {
                    Invalid(path + ".status", entry.Status, "状态之一：" + string.Join("、", JsonNames.ProgressStatuses.Names), "one of " + string.Join(", ", JsonNames.ProgressStatuses.Names));
                }

                var metrics = new List<ProgressMetric>();
                if (entry.Metrics is { } metricDtos)
                {
                    for (var m = 0; m < metricDtos.Count; m++)
                    {
                        var metric = metricDtos[m];
                        if (metric is null || metric.Quantity < 0)
                        {
                            Invalid(Path(path + ".metrics", m) + ".quantity", metric?.Quantity.ToString(CultureInfo.InvariantCulture), "非负整数", "a count of zero or more");
                            continue;
                        }

                        metrics.Add(new ProgressMetric(metric.Subject ?? string.Empty, metric.Quantity, metric.MeasureWord));
                    }
                }

                var completedOn = DateOrNull(entry.CompletedOn, path + ".completedOn");
                if (number is { } n)
                {
                    entries.Add(new ProgressEntry(n, status, entry.Text ?? string.Empty) { Metrics = metrics, CompletedOn = completedOn });
                }
            }
        }

        return asOf is { } date
            ? new ProgressReport(date)
            {
                Title = dto.Title,
                PlanTitle = dto.PlanTitle,
                PlanDocumentNumber = DocumentNumberOrNull(dto.PlanDocumentNumber, "$.planDocumentNumber"),
                Entries = entries,
            }
            : null;
    }

    public DeadlineRule? Deadline(DeadlineDto? dto, string path)
    {
        if (dto is null)
        {
            return new DeadlineRule.Unspecified();
        }

        switch (dto.Kind)
        {
            case JsonNames.YearEnd:
            case JsonNames.MonthEnd:
            case JsonNames.Date:
            case JsonNames.PeriodEnd:
            case JsonNames.TenDayPeriodEnd:
            case JsonNames.Span:
                return Fixed(dto, path);
            case JsonNames.Continuous:
                return new DeadlineRule.Continuous();
            case JsonNames.Unspecified:
                return new DeadlineRule.Unspecified();
            case JsonNames.Unrecognized:
                return new DeadlineRule.Unrecognized(dto.Text ?? string.Empty);
            case JsonNames.Recurring:
                return Recurring(dto, path);
            case JsonNames.Relative:
                return Relative(dto, path);
            case JsonNames.Milestones:
                return Milestones(dto, path);
            default:
                Error(Messages.JsonUnknownDeadlineKind(path + ".kind", dto.Kind ?? string.Empty));
                return null;
        }
    }

    private DeadlineRule.Fixed? Fixed(DeadlineDto? dto, string path)
    {
        if (dto is null)
        {
            Invalid(path, null, "固定日期时限", "a fixed deadline");
            return null;
        }

        if (dto.Kind == JsonNames.Span)
        {
            var start = Fixed(dto.Start, path + ".start");
            var end = Fixed(dto.End, path + ".end");
            return start is not null && end is not null ? new DeadlineRule.Spanning(start, end) : null;
        }

        var year = RuleYearOf(dto, path);
        if (year is not { } y)
        {
            return null;
        }

        switch (dto.Kind)
        {
            case JsonNames.YearEnd:
                return new DeadlineRule.ByYearEnd(y);
            case JsonNames.MonthEnd:
                return Month(dto.Month, path + ".month") is { } m ? new DeadlineRule.ByMonthEnd(y, m) : null;
            case JsonNames.Date:
                if (Month(dto.Month, path + ".month") is not { } month)
                {
                    return null;
                }

                if (dto.Day is not { } day || day < 1 || day > MaxDay(month))
                {
                    Invalid(path + ".day", Text(dto.Day), month.ToString(CultureInfo.InvariantCulture) + " 月中存在的日期", "a day that exists in month " + month.ToString(CultureInfo.InvariantCulture));
                    return null;
                }

                return new DeadlineRule.ByDate(y, month, day);
            case JsonNames.PeriodEnd:
                if (!JsonNames.YearPeriods.TryParse(dto.Period, out var period))
                {
                    Invalid(path + ".period", dto.Period, "半年或季度之一：" + string.Join("、", JsonNames.YearPeriods.Names), "one of " + string.Join(", ", JsonNames.YearPeriods.Names));
                    return null;
                }

                return new DeadlineRule.ByPeriodEnd(y, period);
            case JsonNames.TenDayPeriodEnd:
                if (Month(dto.Month, path + ".month") is not { } tenDayMonth)
                {
                    return null;
                }

                if (!JsonNames.TenDayPeriods.TryParse(dto.Part, out var part))
                {
                    Invalid(path + ".part", dto.Part, "上旬、中旬或下旬（early、middle、late）", "one of early, middle, late");
                    return null;
                }

                return new DeadlineRule.ByTenDayPeriodEnd(y, tenDayMonth, part);
            default:
                Invalid(path + ".kind", dto.Kind, "固定日期时限类型", "a fixed deadline kind (" + string.Join(", ", JsonNames.YearEnd, JsonNames.MonthEnd, JsonNames.Date, JsonNames.PeriodEnd, JsonNames.TenDayPeriodEnd, JsonNames.Span) + ")");
                return null;
        }
    }

    private DeadlineRule.Recurring? Recurring(DeadlineDto dto, string path)
    {
        if (!JsonNames.Frequencies.TryParse(dto.Frequency, out var frequency))
        {
            Invalid(path + ".frequency", dto.Frequency, "频次之一：" + string.Join("、", JsonNames.Frequencies.Names), "one of " + string.Join(", ", JsonNames.Frequencies.Names));
            return null;
        }

        RecurrenceFrequency? alternative = null;
        if (dto.Alternative is not null)
        {
            if (!JsonNames.Frequencies.TryParse(dto.Alternative, out var a))
            {
                Invalid(path + ".alternative", dto.Alternative, "频次之一：" + string.Join("、", JsonNames.Frequencies.Names), "one of " + string.Join(", ", JsonNames.Frequencies.Names));
                return null;
            }

            alternative = a;
        }

        if (dto.Month is { } m && (m < 1 || m > 12))
        {
            Invalid(path + ".month", Text(dto.Month), "1 到 12 的月份", "a month from 1 to 12");
            return null;
        }

        if (dto.Day is { } d && (d < 1 || d > (dto.Month is { } dm ? MaxDay(dm) : 31)))
        {
            Invalid(path + ".day", Text(dto.Day), "该月中存在的日期", "a day that exists in the month");
            return null;
        }

        return new DeadlineRule.Recurring(frequency, dto.Month, dto.Day, alternative);
    }

    private DeadlineRule.Relative? Relative(DeadlineDto dto, string path)
    {
        if (!JsonNames.Events.TryParse(dto.Event ?? JsonNames.Events.NameOf(RelativeEvent.Unnamed), out var @event))
        {
            Invalid(path + ".event", dto.Event, "事件之一：" + string.Join("、", JsonNames.Events.Names), "one of " + string.Join(", ", JsonNames.Events.Names));
            return null;
        }

        if (!JsonNames.PeriodUnits.TryParse(dto.Unit, out var unit))
        {
            Invalid(path + ".unit", dto.Unit, "期间单位之一：" + string.Join("、", JsonNames.PeriodUnits.Names), "one of " + string.Join(", ", JsonNames.PeriodUnits.Names));
            return null;
        }

        var eventText = string.IsNullOrWhiteSpace(dto.EventText) ? null : dto.EventText;
        if (@event == RelativeEvent.Unnamed && eventText is not null)
        {
            Invalid(path + ".event", dto.Event, "有事件文字时为 other 或已知事件", "\"other\" or a known event when eventText is given");
            return null;
        }

        if (@event == RelativeEvent.Other && eventText is null)
        {
            Invalid(path + ".eventText", dto.EventText, "事件 other 的文字", "the text of an \"other\" event");
            return null;
        }

        if (dto.Amount is not { } amount || amount < 1 || amount > 100_000)
        {
            Invalid(path + ".amount", Text(dto.Amount), "1 到 100000 的整数", "a whole number from 1 to 100000");
            return null;
        }

        return new DeadlineRule.Relative(@event, amount, unit, eventText);
    }

    private DeadlineRule.Milestones? Milestones(DeadlineDto dto, string path)
    {
        var steps = new List<Milestone>();
        if (dto.Steps is null || dto.Steps.Count == 0)
        {
            Invalid(path + ".steps", null, "至少一个步骤", "at least one step");
            return null;
        }

        for (var i = 0; i < dto.Steps.Count; i++)
        {
            var step = dto.Steps[i];
            var due = Fixed(step?.Due, Path(path + ".steps", i) + ".due");
            if (due is not null)
            {
                steps.Add(new Milestone(due, step!.Action));
            }
        }

        return steps.Count == dto.Steps.Count ? new DeadlineRule.Milestones(steps) : null;
    }

    private Section? Section(SectionDto? dto, string path)
    {
        if (dto is null)
        {
            Invalid(path, null, "章节", "a section");
            return null;
        }

        if (Ordinal(dto.Number, path + ".number") is not { } number)
        {
            return null;
        }

        var subsections = new List<Subsection>();
        if (dto.Subsections is { } subsectionDtos)
        {
            for (var i = 0; i < subsectionDtos.Count; i++)
            {
                var subPath = Path(path + ".subsections", i);
                var sub = subsectionDtos[i];
                if (sub is null)
                {
                    Invalid(subPath, null, "小节", "a subsection");
                    continue;
                }

                if (Ordinal(sub.Number, subPath + ".number") is { } subNumber)
                {
                    subsections.Add(new Subsection(subNumber, sub.Title ?? string.Empty) { Tasks = Tasks(sub.Tasks, subPath + ".tasks") });
                }
            }
        }

        return new Section(number, dto.Title ?? string.Empty) { Tasks = Tasks(dto.Tasks, path + ".tasks"), Subsections = subsections };
    }

    private List<WorkTask> Tasks(List<TaskDto>? dtos, string path)
    {
        var tasks = new List<WorkTask>();
        if (dtos is null)
        {
            return tasks;
        }

        for (var i = 0; i < dtos.Count; i++)
        {
            var taskPath = Path(path, i);
            var dto = dtos[i];
            if (dto is null)
            {
                Invalid(taskPath, null, "任务", "a task");
                continue;
            }

            var number = TaskNumberOrNull(dto.Number, taskPath + ".number");
            var assignments = new List<Assignment>();
            if (dto.Assignments is { } assignmentDtos)
            {
                for (var a = 0; a < assignmentDtos.Count; a++)
                {
                    var assignment = Assignment(assignmentDtos[a], Path(taskPath + ".assignments", a));
                    if (assignment is not null)
                    {
                        assignments.Add(assignment);
                    }
                }
            }

            var deadline = Deadline(dto.Deadline, taskPath + ".deadline");
            if (number is { } n && deadline is not null)
            {
                tasks.Add(new WorkTask(n, dto.Requirement ?? string.Empty)
                {
                    Title = dto.Title,
                    Assignments = assignments,
                    Deadline = deadline,
                    TimeLimitText = dto.TimeLimit,
                });
            }
        }

        return tasks;
    }

    private Assignment? Assignment(AssignmentDto? dto, string path)
    {
        if (dto is null || string.IsNullOrWhiteSpace(dto.Unit))
        {
            Invalid(path + ".unit", dto?.Unit, "非空的单位名称", "a unit name that is not empty");
            return null;
        }

        if (!JsonNames.UnitRoles.TryParse(dto.Role, out var role))
        {
            Invalid(path + ".role", dto.Role, "角色之一：" + string.Join("、", JsonNames.UnitRoles.Names), "one of " + string.Join(", ", JsonNames.UnitRoles.Names));
            return null;
        }

        var kind = UnitKind.Specific;
        if (dto.UnitKind is not null && !JsonNames.UnitKinds.TryParse(dto.UnitKind, out kind))
        {
            Invalid(path + ".unitKind", dto.UnitKind, "单位类型之一：" + string.Join("、", JsonNames.UnitKinds.Names), "one of " + string.Join(", ", JsonNames.UnitKinds.Names));
            return null;
        }

        return new Assignment(new Unit(dto.Unit, kind), role, dto.Note);
    }

    private RuleYear? RuleYearOf(DeadlineDto dto, string path)
    {
        if (dto.Year is { } year)
        {
            return Year(year, path + ".year") ? RuleYear.Of(year) : null;
        }

        switch (dto.YearOffset)
        {
            case null or 0:
                return RuleYear.PlanYear;
            case 1:
                return RuleYear.NextYear;
            default:
                Invalid(path + ".yearOffset", Text(dto.YearOffset), "0 或 1", "0 or 1");
                return null;
        }
    }

    private ChineseOrdinal? Ordinal(int value, string path)
    {
        if (value >= ChineseOrdinal.MinValue && value <= ChineseOrdinal.MaxValue)
        {
            return new ChineseOrdinal(value);
        }

        Invalid(path, value.ToString(CultureInfo.InvariantCulture), "1 到 99 的序号", "an ordinal from 1 to 99");
        return null;
    }

    private int? Month(int? value, string path)
    {
        if (value is { } m && m >= 1 && m <= 12)
        {
            return m;
        }

        Invalid(path, Text(value), "1 到 12 的月份", "a month from 1 to 12");
        return null;
    }

    private bool Year(int year, string path)
    {
        if (year >= 1949 && year <= 9999)
        {
            return true;
        }

        Invalid(path, year.ToString(CultureInfo.InvariantCulture), "1949 到 9999 的年份", "a year from 1949 to 9999");
        return false;
    }

    private LocalDate? DateOrNull(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "存在的日期，格式为 YYYY-MM-DD", "a date that exists, as YYYY-MM-DD");
        return null;
    }

    private DocumentNumber? DocumentNumberOrNull(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var result = Plans.DocumentNumber.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "发文字号，如 榕政办〔2021〕53号", "a document number such as 榕政办〔2021〕53号");
        return null;
    }

    private TaskNumber? TaskNumberOrNull(string? text, string path)
    {
        var result = TaskNumber.Parse(text ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "任务序号，如 1", "a task number such as 1");
        return null;
    }

    private void Invalid(string path, string? value, string expectedZh, string expectedEn) =>
        Error(Messages.JsonInvalidValue(path, value, expectedZh, expectedEn));

    private void Error(Diagnostic diagnostic)
    {
        HasErrors = true;
        _diagnostics.Add(diagnostic);
    }

    private static string Path(string prefix, int index) => prefix + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int MaxDay(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
