using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Serialization;

/// <summary>Reads and writes a <see cref="JsonName{T}"/> through its name table; null reads as absent.</summary>
internal abstract class JsonNameConverter<T> : JsonConverter<JsonName<T>>
    where T : struct, Enum
{
    private readonly NameTable<T> _names;

    protected JsonNameConverter(NameTable<T> names) => _names = names;

    public override bool HandleNull => true;

    public override JsonName<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => default,
        JsonTokenType.String => _names.Read(ref reader),
        _ => throw new JsonException("Expected one of the names " + string.Join(", ", _names.Names) + "."),
    };

    public override void Write(Utf8JsonWriter writer, JsonName<T> value, JsonSerializerOptions options)
    {
        if (!value.IsPresent)
        {
            writer.WriteNullValue();
        }
        else if (value.UnknownText is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            _names.Write(writer, value.Value);
        }
    }
}

internal sealed class PlanLevelNameConverter : JsonNameConverter<PlanLevel>
{
    public PlanLevelNameConverter()
        : base(JsonNames.PlanLevels)
    {
    }
}

internal sealed class UnitKindNameConverter : JsonNameConverter<UnitKind>
{
    public UnitKindNameConverter()
        : base(JsonNames.UnitKinds)
    {
    }
}

internal sealed class UnitRoleNameConverter : JsonNameConverter<UnitRole>
{
    public UnitRoleNameConverter()
        : base(JsonNames.UnitRoles)
    {
    }
}

internal sealed class ProgressStatusNameConverter : JsonNameConverter<ProgressStatus>
{
    public ProgressStatusNameConverter()
        : base(JsonNames.ProgressStatuses)
    {
    }
}

internal sealed class YearPeriodNameConverter : JsonNameConverter<YearPeriod>
{
    public YearPeriodNameConverter()
        : base(JsonNames.YearPeriods)
    {
    }
}

internal sealed class TenDayPeriodNameConverter : JsonNameConverter<TenDayPeriod>
{
    public TenDayPeriodNameConverter()
        : base(JsonNames.TenDayPeriods)
    {
    }
}

internal sealed class FrequencyNameConverter : JsonNameConverter<RecurrenceFrequency>
{
    public FrequencyNameConverter()
        : base(JsonNames.Frequencies)
    {
    }
}

internal sealed class RelativeEventNameConverter : JsonNameConverter<RelativeEvent>
{
    public RelativeEventNameConverter()
        : base(JsonNames.Events)
    {
    }
}

internal sealed class PeriodUnitNameConverter : JsonNameConverter<PeriodUnit>
{
    public PeriodUnitNameConverter()
        : base(JsonNames.PeriodUnits)
    {
    }
}

internal sealed class DeadlineKindNameConverter : JsonNameConverter<DeadlineKindName>
{
    public DeadlineKindNameConverter()
        : base(JsonNames.DeadlineKinds)
    {
    }
}
