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
        if (!Year(dto.Year, JsonPath.Root + ".year"))
        {
            return null;
        }

        var sections = new List<Section>();
        if (dto.Sections is { } sectionDtos)
        {
            for (var i = 0; i < sectionDtos.Count; i++)
            {
                var section = Section(sectionDtos[i], (JsonPath.Root + ".sections")[i]);
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
                    Invalid((JsonPath.Root + ".implements")[i], null, "文件引用", "a document reference");
                    continue;
                }

                implements.Add(new DocumentReference(DocumentNumberOrNull(references[i].DocumentNumber, (JsonPath.Root + ".implements")[i] + ".documentNumber"), references[i].Title));
            }
        }

        OptionalName(dto.Level, JsonNames.PlanLevels, JsonPath.Root + ".level", "行政层级", PlanLevel.Unspecified, out var level);

        return new WorkPlan(dto.Title ?? string.Empty, dto.Year)
        {
            IssuingAuthority = dto.IssuingAuthority,
            DocumentNumber = DocumentNumberOrNull(dto.DocumentNumber, JsonPath.Root + ".documentNumber"),
            Level = level,
            WrittenOn = DateOrNull(dto.WrittenOn, JsonPath.Root + ".writtenOn"),
            IssuedOn = DateOrNull(dto.IssuedOn, JsonPath.Root + ".issuedOn"),
            PublishedOn = DateOrNull(dto.PublishedOn, JsonPath.Root + ".publishedOn"),
            Implements = implements,
            Sections = sections,
        };
    }

    public ProgressReport? Report(ProgressReportDto dto)
    {
        var asOf = DateOrNull(dto.AsOf, JsonPath.Root + ".asOf");
        var entries = new List<ProgressEntry>();
        if (dto.Entries is { } entryDtos)
        {
            for (var i = 0; i < entryDtos.Count; i++)
            {
                var path = (JsonPath.Root + ".entries")[i];
                var entry = entryDtos[i];
                if (entry is null)
                {
                    Invalid(path, null, "进展条目", "a progress entry");
                    continue;
                }

                var number = TaskNumberOrNull(entry.Task, path + ".task");
                RequiredName(entry.Status, JsonNames.ProgressStatuses, path + ".status", "状态", out var status);

                var metrics = new List<ProgressMetric>();
                if (entry.Metrics is { } metricDtos)
                {
                    for (var m = 0; m < metricDtos.Count; m++)
                    {
                        var metric = metricDtos[m];
                        if (metric is null || metric.Quantity < 0)
                        {
                            Invalid((path + ".metrics")[m] + ".quantity", metric?.Quantity.ToString(CultureInfo.InvariantCulture), "非负整数", "a count of zero or more");
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
                PlanDocumentNumber = DocumentNumberOrNull(dto.PlanDocumentNumber, JsonPath.Root + ".planDocumentNumber"),
                Entries = entries,
            }
            : null;
    }

    public DeadlineRule? Deadline(DeadlineDto? dto, JsonPath path)
    {
        if (dto is null)
        {
            return new DeadlineRule.Unspecified();
        }

        if (!dto.Kind.IsKnown)
        {
            Error(Messages.JsonUnknownDeadlineKind((path + ".kind").ToString(), dto.Kind.UnknownText ?? string.Empty));
            return null;
        }

        switch (dto.Kind.Value)
        {
            case DeadlineKindName.YearEnd:
            case DeadlineKindName.MonthEnd:
            case DeadlineKindName.Date:
            case DeadlineKindName.PeriodEnd:
            case DeadlineKindName.TenDayPeriodEnd:
            case DeadlineKindName.Span:
                return Fixed(dto, path);
            case DeadlineKindName.Continuous:
                return new DeadlineRule.Continuous();
            case DeadlineKindName.Unspecified:
                return new DeadlineRule.Unspecified();
            case DeadlineKindName.Unrecognized:
                return new DeadlineRule.Unrecognized(dto.Text ?? string.Empty);
            case DeadlineKindName.Recurring:
                return Recurring(dto, path);
            case DeadlineKindName.Relative:
                return Relative(dto, path);
            case DeadlineKindName.Milestones:
                return Milestones(dto, path);
            default:
                throw new ArgumentOutOfRangeException(nameof(dto), dto.Kind.Value, "A deadline kind without a reader.");
        }
    }

    private DeadlineRule.Fixed? Fixed(DeadlineDto? dto, JsonPath path)
    {
        if (dto is null)
        {
            Invalid(path, null, "固定日期时限", "a fixed deadline");
            return null;
        }

        if (dto.Kind.IsKnown && dto.Kind.Value == DeadlineKindName.Span)
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

        switch (dto.Kind.IsKnown ? dto.Kind.Value : (DeadlineKindName?)null)
        {
            case DeadlineKindName.YearEnd:
                return new DeadlineRule.ByYearEnd(y);
            case DeadlineKindName.MonthEnd:
                return Month(dto.Month, path + ".month") is { } m ? new DeadlineRule.ByMonthEnd(y, m) : null;
            case DeadlineKindName.Date:
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
            case DeadlineKindName.PeriodEnd:
                if (!RequiredName(dto.Period, JsonNames.YearPeriods, path + ".period", "半年或季度", out var period))
                {
                    return null;
                }

                return new DeadlineRule.ByPeriodEnd(y, period);
            case DeadlineKindName.TenDayPeriodEnd:
                if (Month(dto.Month, path + ".month") is not { } tenDayMonth)
                {
                    return null;
                }

                if (!RequiredName(dto.Part, JsonNames.TenDayPeriods, path + ".part", "上旬、中旬、下旬", out var part))
                {
                    return null;
                }

                return new DeadlineRule.ByTenDayPeriodEnd(y, tenDayMonth, part);
            default:
                Invalid(path + ".kind", dto.Kind.IsKnown ? JsonNames.DeadlineKinds.NameOf(dto.Kind.Value) : dto.Kind.UnknownText, "固定日期时限类型", "a fixed deadline kind (yearEnd, monthEnd, date, periodEnd, tenDayPeriodEnd, span)");
                return null;
        }
    }

    private DeadlineRule.Recurring? Recurring(DeadlineDto dto, JsonPath path)
    {
        if (!RequiredName(dto.Frequency, JsonNames.Frequencies, path + ".frequency", "频次", out var frequency))
        {
            return null;
        }

        RecurrenceFrequency? alternative = null;
        if (dto.Alternative.IsPresent)
        {
            if (!RequiredName(dto.Alternative, JsonNames.Frequencies, path + ".alternative", "频次", out var a))
            {
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

    private DeadlineRule.Relative? Relative(DeadlineDto dto, JsonPath path)
    {
        if (!OptionalName(dto.Event, JsonNames.Events, path + ".event", "事件", RelativeEvent.Unnamed, out var @event)
            || !RequiredName(dto.Unit, JsonNames.PeriodUnits, path + ".unit", "期间单位", out var unit))
        {
            return null;
        }

        var eventText = string.IsNullOrWhiteSpace(dto.EventText) ? null : dto.EventText;
        if (@event == RelativeEvent.Unnamed && eventText is not null)
        {
            Invalid(path + ".event", JsonNames.Events.NameOf(@event), "有事件文字时为 other 或已知事件", "\"other\" or a known event when eventText is given");
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

    private DeadlineRule.Milestones? Milestones(DeadlineDto dto, JsonPath path)
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
            var due = Fixed(step?.Due, (path + ".steps")[i] + ".due");
            if (due is not null)
            {
                steps.Add(new Milestone(due, step!.Action));
            }
        }

        return steps.Count == dto.Steps.Count ? new DeadlineRule.Milestones(steps) : null;
    }

    private Section? Section(SectionDto? dto, JsonPath path)
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
                var subPath = (path + ".subsections")[i];
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

    private List<WorkTask> Tasks(List<TaskDto>? dtos, JsonPath path)
    {
        var tasks = new List<WorkTask>();
        if (dtos is null)
        {
            return tasks;
        }

        for (var i = 0; i < dtos.Count; i++)
        {
            var taskPath = path[i];
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
                    var assignment = Assignment(assignmentDtos[a], (taskPath + ".assignments")[a]);
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

    private Assignment? Assignment(AssignmentDto? dto, JsonPath path)
    {
        if (dto is null || string.IsNullOrWhiteSpace(dto.Unit))
        {
            Invalid(path + ".unit", dto?.Unit, "非空的单位名称", "a unit name that is not empty");
            return null;
        }

        if (!RequiredName(dto.Role, JsonNames.UnitRoles, path + ".role", "角色", out var role))
        {
            return null;
        }

        if (!OptionalName(dto.UnitKind, JsonNames.UnitKinds, path + ".unitKind", "单位类型", UnitKind.Specific, out var kind))
        {
            return null;
        }

        return new Assignment(new Unit(dto.Unit, kind), role, dto.Note);
    }

    private RuleYear? RuleYearOf(DeadlineDto dto, JsonPath path)
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

    private ChineseOrdinal? Ordinal(int value, JsonPath path)
    {
        if (value >= ChineseOrdinal.MinValue && value <= ChineseOrdinal.MaxValue)
        {
            return new ChineseOrdinal(value);
        }

        Invalid(path, value.ToString(CultureInfo.InvariantCulture), "1 到 99 的序号", "an ordinal from 1 to 99");
        return null;
    }

    private int? Month(int? value, JsonPath path)
    {
        if (value is { } m && m >= 1 && m <= 12)
        {
            return m;
        }

        Invalid(path, Text(value), "1 到 12 的月份", "a month from 1 to 12");
        return null;
    }

    private bool Year(int year, JsonPath path)
    {
        if (year >= 1949 && year <= 9999)
        {
            return true;
        }

        Invalid(path, year.ToString(CultureInfo.InvariantCulture), "1949 到 9999 的年份", "a year from 1949 to 9999");
        return false;
    }

    private LocalDate? DateOrNull(string? text, JsonPath path)
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

    private DocumentNumber? DocumentNumberOrNull(string? text, JsonPath path)
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

    private TaskNumber? TaskNumberOrNull(string? text, JsonPath path)
    {
        // The common case, a plain number as this library writes it, needs no parse result.
        if (text is { Length: > 0 and <= 5 } && text[0] != '0' && IsAsciiDigits(text))
        {
            return new TaskNumber(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var result = TaskNumber.Parse(text ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        Invalid(path, text, "任务序号，如 1", "a task number such as 1");
        return null;
    }

    private bool RequiredName<T>(JsonName<T> name, NameTable<T> names, JsonPath path, string whatZh, out T value)
        where T : struct, Enum
    {
        value = name.Value;
        if (name.IsKnown)
        {
            return true;
        }

        Invalid(path, name.UnknownText, whatZh + "之一：" + string.Join("、", names.Names), "one of " + string.Join(", ", names.Names));
        return false;
    }

    private bool OptionalName<T>(JsonName<T> name, NameTable<T> names, JsonPath path, string whatZh, T absent, out T value)
        where T : struct, Enum
    {
        if (!name.IsPresent)
        {
            value = absent;
            return true;
        }

        return RequiredName(name, names, path, whatZh, out value);
    }

    private void Invalid(JsonPath path, string? value, string expectedZh, string expectedEn) =>
        Error(Messages.JsonInvalidValue(path.ToString(), value, expectedZh, expectedEn));

    private void Error(Diagnostic diagnostic)
    {
        HasErrors = true;
        _diagnostics.Add(diagnostic);
    }

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int MaxDay(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
