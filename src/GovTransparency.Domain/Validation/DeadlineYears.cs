using System;
using System.Collections.Generic;
using GovTransparency.Domain.Deadlines;

namespace GovTransparency.Domain.Validation;

/// <summary>The years a fixed time limit writes out (2020年底前 → 2020; 2020年11月至2021年1月 → 2020 and 2021).</summary>
internal static class DeadlineYears
{
    /// <summary>Adds the explicit years of <paramref name="rule"/> that are not already in <paramref name="years"/>.</summary>
    public static void Collect(DeadlineRule.Fixed rule, List<int> years)
    {
        if (rule is DeadlineRule.Spanning span)
        {
            Collect(span.Start, years);
            Collect(span.End, years);
            return;
        }

        if (Explicit(rule) is { } year && !years.Contains(year))
        {
            years.Add(year);
        }
    }

    /// <summary>The year a fixed rule other than a span writes out, or null when it follows the plan year.</summary>
    public static int? Explicit(DeadlineRule.Fixed rule) => YearOf(rule).ExplicitYear;

    private static RuleYear YearOf(DeadlineRule.Fixed rule) => rule switch
    {
        DeadlineRule.ByYearEnd r => r.Year,
        DeadlineRule.ByMonthEnd r => r.Year,
        DeadlineRule.ByDate r => r.Year,
        DeadlineRule.ByPeriodEnd r => r.Year,
        DeadlineRule.ByTenDayPeriodEnd r => r.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fixed deadline kind."),
    };
}
