using System;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

public class DueDateTests
{
    public static TheoryData<DeadlineRule.Fixed, int, LocalDate> FixedRules => new()
    {
        { YearEnd(), 2021, Day(2021, 12, 31) },
        { YearEnd(Next), 2021, Day(2022, 12, 31) },
        { YearEnd(Year(2020)), 2021, Day(2020, 12, 31) },
        { MonthEnd(1), 2021, Day(2021, 1, 31) },
        { MonthEnd(2), 2021, Day(2021, 2, 28) },
        { MonthEnd(2), 2020, Day(2020, 2, 29) },
        { MonthEnd(2), 2100, Day(2100, 2, 28) },
        { MonthEnd(2), 2000, Day(2000, 2, 29) },
        { MonthEnd(2, Next), 2023, Day(2024, 2, 29) },
        { MonthEnd(4), 2021, Day(2021, 4, 30) },
        { MonthEnd(9, Year(2020)), 2021, Day(2020, 9, 30) },
        { MonthEnd(11), 2020, Day(2020, 11, 30) },
        { MonthEnd(12), 2021, Day(2021, 12, 31) },
        { Date(10, 30), 2021, Day(2021, 10, 30) },
        { Date(1, 31, Next), 2021, Day(2022, 1, 31) },
        { Date(2, 29), 2024, Day(2024, 2, 29) },
        { Date(2, 29), 2021, Day(2021, 2, 28) },
        { PeriodEnd(YearPeriod.FirstHalf), 2021, Day(2021, 6, 30) },
        { PeriodEnd(YearPeriod.SecondHalf), 2021, Day(2021, 12, 31) },
        { PeriodEnd(YearPeriod.FirstQuarter), 2021, Day(2021, 3, 31) },
        { PeriodEnd(YearPeriod.SecondQuarter), 2021, Day(2021, 6, 30) },
        { PeriodEnd(YearPeriod.ThirdQuarter), 2021, Day(2021, 9, 30) },
        { PeriodEnd(YearPeriod.FourthQuarter, Next), 2021, Day(2022, 12, 31) },
        { TenDays(6, TenDayPeriod.Early), 2021, Day(2021, 6, 10) },
        { TenDays(6, TenDayPeriod.Middle), 2021, Day(2021, 6, 20) },
        { TenDays(6, TenDayPeriod.Late), 2021, Day(2021, 6, 30) },
        { TenDays(2, TenDayPeriod.Late), 2021, Day(2021, 2, 28) },
        { TenDays(2, TenDayPeriod.Late), 2024, Day(2024, 2, 29) },
        { TenDays(12, TenDayPeriod.Late), 2021, Day(2021, 12, 31) },
        { Span(MonthEnd(6), MonthEnd(7)), 2021, Day(2021, 7, 31) },
        { Span(MonthEnd(11, Year(2022)), MonthEnd(12, Year(2022))), 2021, Day(2022, 12, 31) },
        { Span(YearEnd(Year(2021)), YearEnd(Year(2025))), 2021, Day(2025, 12, 31) },
        { Span(MonthEnd(11), MonthEnd(2, Next)), 2023, Day(2024, 2, 29) },
    };

    [Theory]
    [MemberData(nameof(FixedRules))]
    public void A_fixed_rule_falls_due_on_the_last_day_of_its_period(DeadlineRule.Fixed rule, int planYear, LocalDate expected)
    {
        rule.DueDate(planYear).Should().Be(expected);
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(9999)]
    public void A_plan_year_out_of_range_is_a_programmer_error(int planYear)
    {
        FluentActions.Invoking(() => YearEnd().DueDate(planYear))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("planYear");
    }

    [Fact]
    public void The_plan_year_range_ends_so_that_the_year_after_it_is_still_a_date()
    {
        YearEnd(Next).DueDate(DeadlineContext.MaxPlanYear).Should().Be(Day(9999, 12, 31));
        YearEnd(Year(9999)).DueDate(DeadlineContext.MinPlanYear).Should().Be(Day(9999, 12, 31));
    }

#if !TESTING_NETSTANDARD_BUILD
    [Fact]
    public void Computing_due_dates_allocates_nothing()
    {
        DeadlineRule.Fixed[] rules =
        {
            YearEnd(), MonthEnd(2, Next), Date(2, 29), PeriodEnd(YearPeriod.ThirdQuarter),
            TenDays(2, TenDayPeriod.Late), Span(MonthEnd(11), MonthEnd(2, Next)),
        };
        var sum = 0;
        foreach (var rule in rules)
        {
            sum += rule.DueDate(2020).Day; // warm up
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            foreach (var rule in rules)
            {
                sum += rule.DueDate(2000 + (i % 30)).Day;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        sum.Should().BePositive();
    }
#endif
}
