namespace GovTransparency.Domain.Deadlines;

/// <summary>The unit of a relative time limit's length.</summary>
public enum PeriodUnit
{
    /// <summary>日 / 天: calendar days (Civil Code art. 201, 203: counting starts the next day; a last day on a holiday moves on).</summary>
    Days = 1,

    /// <summary>工作日: working days on the Chinese official calendar.</summary>
    WorkingDays = 2,

    /// <summary>周 / 星期: weeks.</summary>
    Weeks = 3,

    /// <summary>个月 / 月: months (Civil Code art. 202: the corresponding day, or the month's last day).</summary>
    Months = 4,

    /// <summary>年: years.</summary>
    Years = 5,
}
