using System;
using System.Globalization;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>Queries past the known years: a typed error by default, plain weeks reported as assumed on request.</summary>
public class CoverageTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly WorkingDayCalendar Assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string, Func<WorkingDayCalendar, object>, int> Queries() => new()
    {
        { "GetDay in 2027", c => c.GetDay(D(2027, 1, 4)), 2027 },
        { "IsWorkingDay in 2006", c => c.IsWorkingDay(D(2006, 6, 1)), 2006 },
        { "IsWorkingDay of a 2006 day the 2007 notice lists", c => c.IsWorkingDay(D(2006, 12, 31)), 2006 },
        { "AddWorkingDays 0 in 2030", c => c.AddWorkingDays(D(2030, 5, 6), 0), 2030 },
        { "AddWorkingDays running into 2027", c => c.AddWorkingDays(D(2026, 12, 30), 2), 2027 },
        { "AddWorkingDays running back into 2006", c => c.AddWorkingDays(D(2007, 1, 4), -1), 2006 },
        { "AddWorkingDays far past the end", c => c.AddWorkingDays(D(2010, 1, 4), int.MaxValue), 2027 },
        { "WorkingDaysBetween across the end", c => c.WorkingDaysBetween(D(2026, 12, 1), D(2027, 1, 5)), 2027 },
        { "WorkingDaysBetween back across the start", c => c.WorkingDaysBetween(D(2007, 3, 1), D(2006, 12, 1)), 2006 },
        { "NextWorkingDay of the last known day", c => c.NextWorkingDay(D(2026, 12, 31)), 2027 },
        { "PreviousWorkingDay of the first known day", c => c.PreviousWorkingDay(D(2007, 1, 1)), 2006 },
        { "Explaining across the end", c => c.ExplainAddWorkingDays(D(2026, 12, 28), 5), 2027 },
        { "Listing days across the end", c => c.GetDays(D(2026, 12, 28), D(2027, 1, 2)), 2027 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void By_default_a_query_past_the_known_years_throws_a_typed_error_naming_the_year(
        string query, Func<WorkingDayCalendar, object> run, int year)
    {
        var act = () => run(China);

        var error = act.Should().Throw<CalendarCoverageException>(query).Which;
        error.Year.Should().Be(year);
        error.FirstKnownDate.Should().Be(D(2007, 1, 1));
        error.LastKnownDate.Should().Be(D(2026, 12, 31));
    }

    [Fact]
    public void The_error_says_which_year_is_missing_and_how_to_add_it_in_English_and_Chinese()
    {
        var error = new Func<object>(() => China.AddWorkingDays(D(2026, 12, 30), 2))
            .Should().Throw<CalendarCoverageException>().Which;

        error.Message.Should().Contain("no official holiday schedule for 2027")
            .And.Contain("2007-01-01 to 2026-12-31")
            .And.Contain("2027.json")
            .And.Contain("WorkingDayCalendarBuilder.AddSchedule")
            .And.Contain("UnknownYearPolicy.AssumeWeekends");
        error.MessageZh.Should().Contain("没有 2027 年的官方放假安排").And.Contain("国务院办公厅关于2027年部分节假日安排的通知");
        error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be(error.MessageZh);
        error.GetMessage(CultureInfo.InvariantCulture).Should().Be(error.Message);
    }

    [Fact]
    public void Arithmetic_that_stays_inside_the_known_years_never_throws_at_their_edges()
    {
        China.AddWorkingDays(D(2026, 12, 30), 1).Should().Be(D(2026, 12, 31));
        China.AddWorkingDays(D(2007, 1, 5), -1).Should().Be(D(2007, 1, 4));
        China.WorkingDaysBetween(D(2007, 1, 1), D(2026, 12, 31)).Should().BePositive();
    }

    [Fact]
    public void Assuming_weekends_an_unknown_year_is_plain_weeks_and_says_so()
    {
        // 2027-01-01 is a Friday: surely a holiday once the notice is out, but unknown today.
        Assuming.GetDay(D(2027, 1, 1)).Should().Be(new CalendarDay(D(2027, 1, 1), DayKind.Workday, null, IsAssumed: true));
        Assuming.GetDay(D(2027, 1, 2)).Should().Be(new CalendarDay(D(2027, 1, 2), DayKind.Weekend, null, IsAssumed: true));
        Assuming.Covers(D(2027, 1, 1)).Should().BeTrue();
        Assuming.IsKnown(D(2027, 1, 1)).Should().BeFalse();
        Assuming.UnknownYears(D(2026, 12, 1), D(2029, 1, 1)).Should().Equal(2027, 2028, 2029);
        Assuming.UnknownYears(D(2020, 1, 1), D(2026, 12, 31)).Should().BeEmpty();
    }

    [Fact]
    public void Assuming_weekends_arithmetic_runs_on_past_the_known_years()
    {
        Assuming.AddWorkingDays(D(2026, 12, 31), 1).Should().Be(D(2027, 1, 1));
        Assuming.AddWorkingDays(D(2026, 12, 31), 2).Should().Be(D(2027, 1, 4));
        Assuming.NextWorkingDay(D(2026, 12, 31)).Should().Be(D(2027, 1, 1));
        Assuming.WorkingDaysBetween(D(2026, 12, 30), D(2027, 1, 8)).Should().Be(7); // 12-31, 1-1, 1-4..1-8
        Assuming.AddWorkingDays(D(2126, 1, 1), 5).Should().Be(D(2126, 1, 8)); // Tuesday + 5: Wed, Thu, Fri, Mon, Tue
    }

    [Fact]
    public void Assuming_weekends_still_uses_days_a_notice_lists_in_an_unknown_year()
    {
        // The 2007 notice made Saturday and Sunday 2006-12-30/31 working days for New Year.
        Assuming.GetDay(D(2006, 12, 31)).Should().Be(new CalendarDay(D(2006, 12, 31), DayKind.AdjustedWorkday, "元旦", IsAssumed: false));
        Assuming.GetDay(D(2006, 12, 29)).IsAssumed.Should().BeTrue();
        Assuming.AddWorkingDays(D(2007, 1, 4), -1).Should().Be(D(2006, 12, 31));
        Assuming.AddWorkingDays(D(2007, 1, 4), -3).Should().Be(D(2006, 12, 29));
    }

    [Fact]
    public void Assuming_weekends_results_beyond_the_dates_NodaTime_supports_are_a_programmer_error()
    {
        var act = () => Assuming.AddWorkingDays(D(9999, 12, 1), 1000);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays");
    }

    [Fact]
    public void The_policy_is_a_cheap_copy_that_leaves_the_default_strict()
    {
        China.WithUnknownYearPolicy(UnknownYearPolicy.Throw).Should().BeSameAs(China);
        Assuming.UnknownYearPolicy.Should().Be(UnknownYearPolicy.AssumeWeekends);
        ChinaCalendar.Default.UnknownYearPolicy.Should().Be(UnknownYearPolicy.Throw);
        var act = () => China.WithUnknownYearPolicy((UnknownYearPolicy)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("policy");
    }
}
