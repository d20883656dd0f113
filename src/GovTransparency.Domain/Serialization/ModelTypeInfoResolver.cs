using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Serves the model types and NodaTime values as root types of <see cref="PlanJson.Options"/>, without
/// reflection: each maps to a converter over the reader and writer of the format.
/// </summary>
internal sealed class ModelTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonConverter<WorkPlan> PlanConverter { get; } = new ModelJsonConverter<WorkPlan>(PlanJsonReader.ReadPlanValue, PlanJsonWriter.Plan);

    public JsonConverter<ProgressReport> ReportConverter { get; } = new ModelJsonConverter<ProgressReport>(PlanJsonReader.ReadReportValue, PlanJsonWriter.Report);

    public JsonConverter<DeadlineRule> DeadlineConverter { get; } = new ModelJsonConverter<DeadlineRule>(PlanJsonReader.ReadDeadlineValue, PlanJsonWriter.Deadline);

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(LocalDate))
        {
            return JsonMetadataServices.CreateValueInfo<LocalDate>(options, new LocalDateJsonConverter());
        }

        if (type == typeof(YearMonth))
        {
            return JsonMetadataServices.CreateValueInfo<YearMonth>(options, new YearMonthJsonConverter());
        }

        if (type == typeof(WorkPlan))
        {
            return JsonMetadataServices.CreateValueInfo<WorkPlan>(options, PlanConverter);
        }

        if (type == typeof(ProgressReport))
        {
            return JsonMetadataServices.CreateValueInfo<ProgressReport>(options, ReportConverter);
        }

        return type == typeof(DeadlineRule) ? JsonMetadataServices.CreateValueInfo<DeadlineRule>(options, DeadlineConverter) : null;
    }
}
