namespace GovTransparency.Domain.Calendars;

/// <summary>What a holiday-cn JSON value should have been, for the wrong-type diagnostic (GT0304).</summary>
internal enum JsonExpectation
{
    Object,
    Array,
    String,
    Boolean,
    ArrayOfStrings,
}
