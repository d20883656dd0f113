namespace GovTransparency.Domain.Deadlines;

/// <summary>A third of a month (旬), whose last day is the deadline: 上旬 the 10th, 中旬 the 20th, 下旬 the month's end.</summary>
public enum TenDayPeriod
{
    /// <summary>上旬: days 1–10.</summary>
    Early = 1,

    /// <summary>中旬: days 11–20.</summary>
    Middle = 2,

    /// <summary>下旬: day 21 to the end of the month.</summary>
    Late = 3,
}
