using System.Text.Json.Serialization;
using GovTransparency.Domain.Serialization.Dtos;

namespace GovTransparency.Domain.Serialization;

/// <summary>The source-generated serializer for the JSON contract (no reflection; trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(PlanDocumentDto))]
[JsonSerializable(typeof(ProgressReportDto))]
[JsonSerializable(typeof(DeadlineDto))]
internal sealed partial class PlanJsonContext : JsonSerializerContext
{
}
