using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GovTransparency.Domain.Compliance;

/// <summary>The source-generated serializer of <see cref="ComplianceRenderer.ToJson"/> (no reflection; trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ComplianceSummaryDto))]
internal sealed partial class ComplianceJsonContext : JsonSerializerContext
{
}

/// <summary>The JSON shape of a <see cref="ComplianceSummary"/>; names are part of the output contract.</summary>
internal sealed class ComplianceSummaryDto
{
    public string AsOf { get; set; } = string.Empty;

    public PlanReferenceDto Plan { get; set; } = new();

    public string? LatestReportOn { get; set; }

    public SettingsDto Settings { get; set; } = new();

    public TotalsDto Totals { get; set; } = new();

    public List<UnitRowDto> ByLeadUnit { get; set; } = new();

    public List<UnitRowDto> ByResponsibleUnit { get; set; } = new();

    public List<UnitRowDto> ByCooperatingUnit { get; set; } = new();

    public List<SectionRowDto> BySection { get; set; } = new();

    public List<ListedTaskDto> Overdue { get; set; } = new();

    public List<ListedTaskDto> DueSoon { get; set; } = new();

    public List<ListedTaskDto> Silent { get; set; } = new();

    public ChangesDto? Changes { get; set; }

    public List<TaskDto> Tasks { get; set; } = new();
}

internal sealed class PlanReferenceDto
{
    public string Title { get; set; } = string.Empty;

    public int Year { get; set; }

    public string? DocumentNumber { get; set; }
}

internal sealed class SettingsDto
{
    public int DueSoonDays { get; set; }

    public int SilenceDays { get; set; }
}

internal sealed class TotalsDto
{
    public int Tasks { get; set; }

    public int Completed { get; set; }

    public int CompletedOnTime { get; set; }

    public int CompletedLate { get; set; }

    public int CompletedUndetermined { get; set; }

    public int InProgress { get; set; }

    public int NotStarted { get; set; }

    public int Overdue { get; set; }

    public int DueSoon { get; set; }

    public int NotYetDue { get; set; }

    public int Ongoing { get; set; }

    public int NoDueDate { get; set; }

    public int Unknown { get; set; }

    public int Unreported { get; set; }

    public int Silent { get; set; }

    public double? CompletionRate { get; set; }

    public double? OnTimeRate { get; set; }
}

internal sealed class UnitRowDto
{
    public string Unit { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public TotalsDto Totals { get; set; } = new();
}

internal sealed class SectionRowDto
{
    public int Section { get; set; }

    public string Title { get; set; } = string.Empty;

    public TotalsDto Totals { get; set; } = new();
}

internal sealed class ListedTaskDto
{
    public string Task { get; set; } = string.Empty;

    public string Requirement { get; set; } = string.Empty;

    public string? Due { get; set; }

    public int? DaysOverdue { get; set; }

    public int? DaysUntilDue { get; set; }

    public string? LastReportedOn { get; set; }

    public List<string> LeadUnits { get; set; } = new();

    public List<string> ResponsibleUnits { get; set; } = new();
}

internal sealed class ChangesDto
{
    public string Since { get; set; } = string.Empty;

    public string AsOf { get; set; } = string.Empty;

    public List<string> BecameCompleted { get; set; } = new();

    public List<string> SlippedToOverdue { get; set; } = new();
}

internal sealed class TaskDto
{
    public string Task { get; set; } = string.Empty;

    public int Section { get; set; }

    public string Status { get; set; } = string.Empty;

    public string Standing { get; set; } = string.Empty;

    public string? Due { get; set; }

    public bool? DefaultDue { get; set; }

    public int? DaysOverdue { get; set; }

    public int? DaysUntilDue { get; set; }

    public int? DaysLate { get; set; }

    public CompletionDto? Completed { get; set; }

    public string? Timeliness { get; set; }

    public string? ReportedOn { get; set; }

    public string? Progress { get; set; }

    public bool? Silent { get; set; }

    public List<OccurrenceDto>? Occurrences { get; set; }
}

internal sealed class CompletionDto
{
    public string Earliest { get; set; } = string.Empty;

    public string Latest { get; set; } = string.Empty;
}

internal sealed class OccurrenceDto
{
    public string PeriodStart { get; set; } = string.Empty;

    public string PeriodEnd { get; set; } = string.Empty;

    public string Due { get; set; } = string.Empty;

    public string Standing { get; set; } = string.Empty;

    public int? DaysOverdue { get; set; }

    public int? DaysUntilDue { get; set; }

    public int? DaysLate { get; set; }

    public CompletionDto? Completed { get; set; }
}
