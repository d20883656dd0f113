using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization.Dtos;
using NodaTime;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Serves the model types (through their JSON contract) and NodaTime values as root types of
/// <see cref="PlanJson.Options"/>, without reflection: each maps to a converter.
/// </summary>
internal sealed class ModelTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly PlanJsonContext _context;

    public ModelTypeInfoResolver(PlanJsonContext context) => _context = context;

    public JsonConverter<WorkPlan> PlanConverter => new ModelJsonConverter<WorkPlan, PlanDocumentDto>(
        _context.PlanDocumentDto, DtoWriter.Plan, static (dto, reader) => reader.Plan(dto));

    public JsonConverter<ProgressReport> ReportConverter => new ModelJsonConverter<ProgressReport, ProgressReportDto>(
        _context.ProgressReportDto, DtoWriter.Report, static (dto, reader) => reader.Report(dto));

    public JsonConverter<DeadlineRule> DeadlineConverter => new ModelJsonConverter<DeadlineRule, DeadlineDto>(
        _context.DeadlineDto, DtoWriter.Deadline, static (dto, reader) => reader.Deadline(dto, JsonPath.Root));

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
