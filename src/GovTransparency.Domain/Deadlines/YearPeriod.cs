namespace GovTransparency.Domain.Deadlines;

/// <summary>A half-year or quarter of a year, whose last day is the deadline (上半年 → 30 June).</summary>
public enum YearPeriod
{
    /// <summary>上半年: the first half, ending 30 June.</summary>
    FirstHalf = 1,

    /// <summary>下半年: the second half, ending 31 December.</summary>
    SecondHalf = 2,

    /// <summary>一季度 / 第一季度: the first quarter, ending 31 March.</summary>
    FirstQuarter = 3,

    /// <summary>二季度: the second quarter, ending 30 June.</summary>
    SecondQuarter = 4,

    /// <summary>三季度: the third quarter, ending 30 September.</summary>
    ThirdQuarter = 5,

    /// <summary>四季度: the fourth quarter, ending 31 December.</summary>
    FourthQuarter = 6,
}
