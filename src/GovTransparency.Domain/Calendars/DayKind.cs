namespace GovTransparency.Domain.Calendars;

/// <summary>The kind of a calendar day in the Chinese official schedule.</summary>
public enum DayKind
{
    /// <summary>工作日: an ordinary working day (Monday to Friday, not a holiday).</summary>
    Workday = 0,

    /// <summary>周末: an ordinary Saturday or Sunday.</summary>
    Weekend = 1,

    /// <summary>法定节假日 / 放假: a statutory holiday, including the weekend days inside a holiday block.</summary>
    Holiday = 2,

    /// <summary>调休上班: a Saturday or Sunday made a working day to make up for a holiday.</summary>
    AdjustedWorkday = 3,
}
