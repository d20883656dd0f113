namespace GovTransparency.Domain.Deadlines;

/// <summary>How often a recurring task (每月, 按季度 …) falls due.</summary>
public enum RecurrenceFrequency
{
    /// <summary>每日: every day.</summary>
    Daily = 1,

    /// <summary>每周: every week.</summary>
    Weekly = 2,

    /// <summary>每月 / 按月: every month.</summary>
    Monthly = 3,

    /// <summary>每季度 / 按季度: every quarter.</summary>
    Quarterly = 4,

    /// <summary>每半年: every half-year.</summary>
    HalfYearly = 5,

    /// <summary>每年: every year.</summary>
    Yearly = 6,
}
