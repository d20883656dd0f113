using System.Collections.Generic;
using System.Text.Json.Serialization;

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

    public string? Level { get; set; }

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

    public string? UnitKind { get; set; }

    [JsonRequired]
    public string Role { get; set; } = "";

    public string? Note { get; set; }
}

// One shape for every deadline kind; `kind` is the stable discriminator and says which members apply.
internal sealed class DeadlineDto
{
    [JsonRequired]
    public string Kind { get; set; } = "";

    public string? Text { get; set; }

    public int? Year { get; set; }

    public int? YearOffset { get; set; }

    public string? Frequency { get; set; }

    public string? Alternative { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public string? Period { get; set; }

    public string? Part { get; set; }

    public string? Event { get; set; }

    public string? EventText { get; set; }

    public int? Amount { get; set; }

    public string? Unit { get; set; }

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
