using System.Collections.Generic;
using System.Text.Json.Serialization;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Serialization.Dtos;

// The JSON contract, version 1. These types are internal and named after the format, not the model: a model
// class can be renamed without changing a stored document. Dates and enum values are strings here and are
// checked while mapping, so that bad values come back as diagnostics with their JSON path.
internal sealed class PlanDocumentDto
{
    [JsonRequired]
    public string SchemaVersion { get; set; } = "";

    [JsonRequired]
    public string Title { get; set; } = "";

    [JsonRequired]
    public int Year { get; set; }

    public string? IssuingAuthority { get; set; }

    public string? DocumentNumber { get; set; }

    [JsonConverter(typeof(PlanLevelNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<PlanLevel> Level { get; set; }

    public string? WrittenOn { get; set; }

    public string? IssuedOn { get; set; }

    public string? PublishedOn { get; set; }

    public List<DocumentReferenceDto>? Implements { get; set; }

    public List<SectionDto>? Sections { get; set; }
}

internal sealed class DocumentReferenceDto
{
    public string? DocumentNumber { get; set; }

    public string? Title { get; set; }
}

internal sealed class SectionDto
{
    [JsonRequired]
    public int Number { get; set; }

    [JsonRequired]
    public string Title { get; set; } = "";

    public List<TaskDto>? Tasks { get; set; }

    public List<SubsectionDto>? Subsections { get; set; }
}

internal sealed class SubsectionDto
{
    [JsonRequired]
    public int Number { get; set; }

    [JsonRequired]
    public string Title { get; set; } = "";

    public List<TaskDto>? Tasks { get; set; }
}

internal sealed class TaskDto
{
    [JsonRequired]
    public string Number { get; set; } = "";

    public string? Title { get; set; }

    [JsonRequired]
    public string Requirement { get; set; } = "";

    public List<AssignmentDto>? Assignments { get; set; }

    public string? TimeLimit { get; set; }

    public DeadlineDto? Deadline { get; set; }
}

internal sealed class AssignmentDto
{
    [JsonRequired]
    public string Unit { get; set; } = "";

    [JsonConverter(typeof(UnitKindNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<Units.UnitKind> UnitKind { get; set; }

    [JsonRequired]
    [JsonConverter(typeof(UnitRoleNameConverter))]
    public JsonName<UnitRole> Role { get; set; }

    public string? Note { get; set; }
}

// One shape for every deadline kind; `kind` is the stable discriminator and says which members apply.
internal sealed class DeadlineDto
{
    [JsonRequired]
    [JsonConverter(typeof(DeadlineKindNameConverter))]
    public JsonName<DeadlineKindName> Kind { get; set; }

    public string? Text { get; set; }

    public int? Year { get; set; }

    public int? YearOffset { get; set; }

    [JsonConverter(typeof(FrequencyNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<RecurrenceFrequency> Frequency { get; set; }

    [JsonConverter(typeof(FrequencyNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<RecurrenceFrequency> Alternative { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    [JsonConverter(typeof(YearPeriodNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<YearPeriod> Period { get; set; }

    [JsonConverter(typeof(TenDayPeriodNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<TenDayPeriod> Part { get; set; }

    [JsonConverter(typeof(RelativeEventNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<RelativeEvent> Event { get; set; }

    public string? EventText { get; set; }

    public int? Amount { get; set; }

    [JsonConverter(typeof(PeriodUnitNameConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonName<PeriodUnit> Unit { get; set; }

    public DeadlineDto? Start { get; set; }

    public DeadlineDto? End { get; set; }

    public List<MilestoneDto>? Steps { get; set; }
}

internal sealed class MilestoneDto
{
    [JsonRequired]
    public DeadlineDto Due { get; set; } = new();

    public string? Action { get; set; }
}
