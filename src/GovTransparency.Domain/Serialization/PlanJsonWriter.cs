using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text.Json;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Writes the model straight to a <see cref="Utf8JsonWriter"/>, in the member order and with the omissions of the
/// format (absent optional members are left out, empty lists of tasks, subsections, assignments, references and
/// metrics are left out, <c>sections</c> and <c>entries</c> are always written). Total: every model value has a
/// JSON form. Property names are pre-encoded, so writing costs no string work beyond the values themselves.
/// </summary>
internal static class PlanJsonWriter
{
    // Above this many buffered bytes, a writer over a stream hands them on; over a buffer, flushing is free.
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText SchemaVersionValue = JsonEncodedText.Encode(PlanJson.SchemaVersion);
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");
    private static readonly JsonEncodedText IssuingAuthorityName = JsonEncodedText.Encode("issuingAuthority");
    private static readonly JsonEncodedText DocumentNumberName = JsonEncodedText.Encode("documentNumber");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText WrittenOnName = JsonEncodedText.Encode("writtenOn");
    private static readonly JsonEncodedText IssuedOnName = JsonEncodedText.Encode("issuedOn");
    private static readonly JsonEncodedText PublishedOnName = JsonEncodedText.Encode("publishedOn");
    private static readonly JsonEncodedText ImplementsName = JsonEncodedText.Encode("implements");
    private static readonly JsonEncodedText SectionsName = JsonEncodedText.Encode("sections");
    private static readonly JsonEncodedText NumberName = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText TasksName = JsonEncodedText.Encode("tasks");
    private static readonly JsonEncodedText SubsectionsName = JsonEncodedText.Encode("subsections");
    private static readonly JsonEncodedText RequirementName = JsonEncodedText.Encode("requirement");
    private static readonly JsonEncodedText AssignmentsName = JsonEncodedText.Encode("assignments");
    private static readonly JsonEncodedText TimeLimitName = JsonEncodedText.Encode("timeLimit");
    private static readonly JsonEncodedText DeadlineName = JsonEncodedText.Encode("deadline");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText UnitKindName = JsonEncodedText.Encode("unitKind");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText NoteName = JsonEncodedText.Encode("note");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText YearOffsetName = JsonEncodedText.Encode("yearOffset");
    private static readonly JsonEncodedText FrequencyName = JsonEncodedText.Encode("frequency");
    private static readonly JsonEncodedText AlternativeName = JsonEncodedText.Encode("alternative");
    private static readonly JsonEncodedText MonthName = JsonEncodedText.Encode("month");
    private static readonly JsonEncodedText DayName = JsonEncodedText.Encode("day");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText PartName = JsonEncodedText.Encode("part");
    private static readonly JsonEncodedText EventName = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText EventTextName = JsonEncodedText.Encode("eventText");
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText StepsName = JsonEncodedText.Encode("steps");
    private static readonly JsonEncodedText DueName = JsonEncodedText.Encode("due");
    private static readonly JsonEncodedText ActionName = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText PlanTitleName = JsonEncodedText.Encode("planTitle");
    private static readonly JsonEncodedText PlanDocumentNumberName = JsonEncodedText.Encode("planDocumentNumber");
    private static readonly JsonEncodedText EntriesName = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText TaskName = JsonEncodedText.Encode("task");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText MetricsName = JsonEncodedText.Encode("metrics");
    private static readonly JsonEncodedText CompletedOnName = JsonEncodedText.Encode("completedOn");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText QuantityName = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText MeasureWordName = JsonEncodedText.Encode("measureWord");

    public static void Plan(Utf8JsonWriter writer, WorkPlan plan)
    {
        using var state = new DocumentState(writer.Options);
        writer.WriteStartObject();
        writer.WriteString(SchemaVersionName, SchemaVersionValue);
        writer.WriteString(TitleName, plan.Title);
        writer.WriteNumber(YearName, plan.Year);
        OptionalString(writer, IssuingAuthorityName, plan.IssuingAuthority);
        if (plan.DocumentNumber is { } number)
        {
            writer.WriteString(DocumentNumberName, number.ToString());
        }

        if (plan.Level != PlanLevel.Unspecified)
        {
            JsonNames.PlanLevels.Write(writer, LevelName, plan.Level);
        }

        OptionalDate(writer, WrittenOnName, plan.WrittenOn);
        OptionalDate(writer, IssuedOnName, plan.IssuedOn);
        OptionalDate(writer, PublishedOnName, plan.PublishedOn);
        if (plan.Implements.Count > 0)
        {
            writer.WriteStartArray(ImplementsName);
            foreach (var reference in plan.Implements)
            {
                writer.WriteStartObject();
                if (reference.Number is { } referenceNumber)
                {
                    writer.WriteString(DocumentNumberName, referenceNumber.ToString());
                }

                OptionalString(writer, TitleName, reference.Title);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray(SectionsName);
        foreach (var section in plan.Sections)
        {
            Section(writer, section, state);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Report(Utf8JsonWriter writer, ProgressReport report)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaVersionName, SchemaVersionValue);
        writer.WriteString(AsOfName, LocalDatePattern.Iso.Format(report.AsOf));
        OptionalString(writer, TitleName, report.Title);
        OptionalString(writer, PlanTitleName, report.PlanTitle);
        if (report.PlanDocumentNumber is { } number)
        {
            writer.WriteString(PlanDocumentNumberName, number.ToString());
        }

        writer.WriteStartArray(EntriesName);
        foreach (var entry in report.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString(TaskName, entry.Task.Text);
            JsonNames.ProgressStatuses.Write(writer, StatusName, entry.Status);
            writer.WriteString(TextName, entry.Text);
            if (entry.Metrics.Count > 0)
            {
                writer.WriteStartArray(MetricsName);
                foreach (var metric in entry.Metrics)
                {
                    writer.WriteStartObject();
                    writer.WriteString(SubjectName, metric.Subject);
                    writer.WriteNumber(QuantityName, metric.Quantity);
                    OptionalString(writer, MeasureWordName, metric.MeasureWord);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            OptionalDate(writer, CompletedOnName, entry.CompletedOn);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Deadline(Utf8JsonWriter writer, DeadlineRule rule) => Deadline(writer, rule, texts: null);

    // With no table of repeated texts (a lone rule), texts are written directly.
    private static void Deadline(Utf8JsonWriter writer, DeadlineRule rule, RepeatedTexts? texts)
    {
        writer.WriteStartObject();
        switch (rule)
        {
            case DeadlineRule.ByYearEnd r:
                Kind(writer, DeadlineKindName.YearEnd);
                Year(writer, r.Year);
                break;
            case DeadlineRule.ByMonthEnd r:
                Kind(writer, DeadlineKindName.MonthEnd);
                Year(writer, r.Year);
                writer.WriteNumber(MonthName, r.Month);
                break;
            case DeadlineRule.ByDate r:
                Kind(writer, DeadlineKindName.Date);
                Year(writer, r.Year);
                writer.WriteNumber(MonthName, r.Month);
                writer.WriteNumber(DayName, r.Day);
                break;
            case DeadlineRule.ByPeriodEnd r:
                Kind(writer, DeadlineKindName.PeriodEnd);
                Year(writer, r.Year);
                JsonNames.YearPeriods.Write(writer, PeriodName, r.Period);
                break;
            case DeadlineRule.ByTenDayPeriodEnd r:
                Kind(writer, DeadlineKindName.TenDayPeriodEnd);
                Year(writer, r.Year);
                writer.WriteNumber(MonthName, r.Month);
                JsonNames.TenDayPeriods.Write(writer, PartName, r.Part);
                break;
            case DeadlineRule.Spanning r:
                Kind(writer, DeadlineKindName.Span);
                writer.WritePropertyName(StartName);
                Deadline(writer, r.Start, texts);
                writer.WritePropertyName(EndName);
                Deadline(writer, r.End, texts);
                break;
            case DeadlineRule.Continuous:
                Kind(writer, DeadlineKindName.Continuous);
                break;
            case DeadlineRule.Recurring r:
                Kind(writer, DeadlineKindName.Recurring);
                JsonNames.Frequencies.Write(writer, FrequencyName, r.Frequency);
                if (r.Alternative is { } alternative)
                {
                    JsonNames.Frequencies.Write(writer, AlternativeName, alternative);
                }

                OptionalNumber(writer, MonthName, r.DueMonth);
                OptionalNumber(writer, DayName, r.DueDay);
                break;
            case DeadlineRule.Relative r:
                Kind(writer, DeadlineKindName.Relative);
                JsonNames.Events.Write(writer, EventName, r.Event);
                OptionalText(writer, EventTextName, r.EventText, texts);
                writer.WriteNumber(AmountName, r.Amount);
                JsonNames.PeriodUnits.Write(writer, UnitName, r.Unit);
                break;
            case DeadlineRule.Milestones r:
                Kind(writer, DeadlineKindName.Milestones);
                writer.WriteStartArray(StepsName);
                foreach (var step in r.Steps)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName(DueName);
                    Deadline(writer, step.Due, texts);
                    OptionalText(writer, ActionName, step.Action, texts);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case DeadlineRule.Unspecified:
                Kind(writer, DeadlineKindName.Unspecified);
                break;
            case DeadlineRule.Unrecognized r:
                Kind(writer, DeadlineKindName.Unrecognized);
                writer.WriteString(TextName, r.Text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "A deadline kind without a JSON form.");
        }

        writer.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter writer, Section section, DocumentState state)
    {
        writer.WriteStartObject();
        writer.WriteNumber(NumberName, section.Number.Value);
        writer.WriteString(TitleName, section.Title);
        Tasks(writer, section.Tasks, state);
        if (section.Subsections.Count > 0)
        {
            writer.WriteStartArray(SubsectionsName);
            foreach (var subsection in section.Subsections)
            {
                writer.WriteStartObject();
                writer.WriteNumber(NumberName, subsection.Number.Value);
                writer.WriteString(TitleName, subsection.Title);
                Tasks(writer, subsection.Tasks, state);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Tasks(Utf8JsonWriter writer, IReadOnlyList<WorkTask> tasks, DocumentState state)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(TasksName);
        foreach (var task in tasks)
        {
            Task(writer, task, state);
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    private static void Task(Utf8JsonWriter writer, WorkTask task, DocumentState state)
    {
        writer.WriteStartObject();
        TaskNumberValue(writer, task.Number);
        OptionalString(writer, TitleName, task.Title);
        writer.WriteString(RequirementName, task.Requirement);
        if (task.Assignments.Count > 0)
        {
            writer.WriteStartArray(AssignmentsName);
            foreach (var assignment in task.Assignments)
            {
                if (state.Assignments is { } rendered)
                {
                    rendered.Write(writer, assignment);
                }
                else
                {
                    Assignment(writer, assignment, state.Texts);
                }
            }

            writer.WriteEndArray();
        }

        OptionalText(writer, TimeLimitName, task.TimeLimitText, state.Texts);
        writer.WritePropertyName(DeadlineName);
        if (state.Deadlines is { } deadlines)
        {
            deadlines.Write(writer, task.Deadline);
        }
        else
        {
            Deadline(writer, task.Deadline, state.Texts);
        }

        writer.WriteEndObject();
    }

    private static void Assignment(Utf8JsonWriter writer, Assignment assignment, RepeatedTexts? texts)
    {
        writer.WriteStartObject();
        Text(writer, UnitName, assignment.Unit.Name, texts);
        JsonNames.UnitKinds.Write(writer, UnitKindName, assignment.Unit.Kind);
        JsonNames.UnitRoles.Write(writer, RoleName, assignment.Role);
        OptionalText(writer, NoteName, assignment.Note, texts);
        writer.WriteEndObject();
    }

    // A number written as its digits is formatted straight into UTF-8, without a string.
    private static void TaskNumberValue(Utf8JsonWriter writer, TaskNumber number)
    {
        if (number.DistinctText is { } text)
        {
            writer.WriteString(NumberName, text);
            return;
        }

        Span<byte> digits = stackalloc byte[10];
        Utf8Formatter.TryFormat(number.Value, digits, out var length);
        writer.WriteString(NumberName, digits.Slice(0, length));
    }

    private static void Kind(Utf8JsonWriter writer, DeadlineKindName kind) => JsonNames.DeadlineKinds.Write(writer, KindName, kind);

    private static void Year(Utf8JsonWriter writer, RuleYear year)
    {
        OptionalNumber(writer, YearName, year.ExplicitYear);
        if (year.PlanYearOffset != 0)
        {
            writer.WriteNumber(YearOffsetName, year.PlanYearOffset);
        }
    }

    private static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void OptionalText(Utf8JsonWriter writer, JsonEncodedText name, string? value, RepeatedTexts? texts)
    {
        if (value is not null)
        {
            Text(writer, name, value, texts);
        }
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string value, RepeatedTexts? texts)
    {
        if (texts is null)
        {
            writer.WriteString(name, value);
        }
        else
        {
            texts.Write(writer, name, value);
        }
    }

    private static void OptionalNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void OptionalDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(date));
        }
    }

    /// <summary>What one document's writing keeps: repeated texts, and in a compact document repeated values.</summary>
    private sealed class DocumentState : IDisposable
    {
        public DocumentState(JsonWriterOptions options)
        {
            Texts = new RepeatedTexts(options.Encoder);
            if (!options.Indented)
            {
                Assignments = new RenderedValues<Assignment>(options, static (writer, assignment) => Assignment(writer, assignment, texts: null));
                Deadlines = new RenderedValues<DeadlineRule>(options, static (writer, rule) => Deadline(writer, rule, texts: null));
            }
        }

        public RepeatedTexts Texts { get; }

        public RenderedValues<Assignment>? Assignments { get; }

        public RenderedValues<DeadlineRule>? Deadlines { get; }

        public void Dispose()
        {
            Assignments?.Dispose();
            Deadlines?.Dispose();
        }
    }
}
