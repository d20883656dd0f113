using System.Collections.Generic;
using System.Text.Json.Serialization;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Serialization.Dtos;

internal sealed class ProgressReportDto
{
    [JsonRequired]
    public string SchemaVersion { get; set; } = "";

    [JsonRequired]
    public string AsOf { get; set; } = "";

    public string? Title { get; set; }

    public string? PlanTitle { get; set; }

    public string? PlanDocumentNumber { get; set; }

    public List<ProgressEntryDto>? Entries { get; set; }
}

internal sealed class ProgressEntryDto
{
    [JsonRequired]
    public string Task { get; set; } = "";

    [JsonRequired]
    [JsonConverter(typeof(ProgressStatusNameConverter))]
    public JsonName<ProgressStatus> Status { get; set; }

    public string? Text { get; set; }

    public List<ProgressMetricDto>? Metrics { get; set; }

    public string? CompletedOn { get; set; }
}

internal sealed class ProgressMetricDto
{
    public string? Subject { get; set; }

    [JsonRequired]
    public int Quantity { get; set; }

    public string? MeasureWord { get; set; }
}
