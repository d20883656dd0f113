using System.Linq;
using GovTransparency.Domain.Deadlines;
using NodaTime;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>Short builders for the expected rules of the tables, so that each row reads like the phrase it checks.</summary>
internal static class Rules
{
    public static RuleYear Plan => RuleYear.PlanYear;

    public static RuleYear Next => RuleYear.NextYear;

    public static RuleYear Year(int year) => RuleYear.Of(year);

    public static DeadlineRule.ByYearEnd YearEnd(RuleYear year = default) => new(year);

    public static DeadlineRule.ByMonthEnd MonthEnd(int month, RuleYear year = default) => new(year, month);

    public static DeadlineRule.ByDate Date(int month, int day, RuleYear year = default) => new(year, month, day);

    public static DeadlineRule.ByPeriodEnd PeriodEnd(YearPeriod period, RuleYear year = default) => new(year, period);

    public static DeadlineRule.ByTenDayPeriodEnd TenDays(int month, TenDayPeriod part, RuleYear year = default) => new(year, month, part);

    public static DeadlineRule.Spanning Span(DeadlineRule.Fixed start, DeadlineRule.Fixed end) => new(start, end);

    public static DeadlineRule.Continuous Continuous => new();

    public static DeadlineRule.Unspecified Unspecified => new();

    public static DeadlineRule.Unrecognized Unrecognized(string text) => new(text);

    public static DeadlineRule.Recurring Every(
        RecurrenceFrequency frequency, int? month = null, int? day = null, RecurrenceFrequency? alternative = null) =>
        new(frequency, month, day, alternative);

    public static DeadlineRule.Relative Within(int amount, PeriodUnit unit, RelativeEvent from = RelativeEvent.Unnamed, string? eventText = null) =>
        new(from, amount, unit, eventText);

    public static DeadlineRule.Milestones Steps(params (DeadlineRule.Fixed Due, string? Action)[] steps) =>
        new(steps.Select(s => new Milestone(s.Due, s.Action)));

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);
}
