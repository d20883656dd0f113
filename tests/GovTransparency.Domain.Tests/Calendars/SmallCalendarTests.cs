using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// Calendars built inside each test from one or two made-up years, so that the edges of the day table (its first
/// year, the day after its end, a gap between known years, a year without a working day) are met directly. The
/// shared <see cref="ChinaCalendar.Default"/> is not used here: each test builds what it queries.
/// </summary>
/// <remarks>
/// Facts used below, worked out by hand: 2027-01-01 is a Friday, so 2027-02-06 is a Saturday and 2026-12-31 a
/// Thursday; 2027 has 365 days, so 2028-01-01 is a Saturday and 2028-01-03 a Monday; 2028 is a leap year, so
/// 2028-12-29 is a Friday and 2029-01-01 a Monday.
/// </remarks>
public class SmallCalendarTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>A made-up 2027 notice: New Year's Day off, Saturday 6 February worked for the Spring Festival.</summary>
    private static HolidaySchedule Notice(int year) => new(year, new[]
    {
        ScheduledDay.Holiday(D(year, 1, 1), "元旦"),
        ScheduledDay.WorkingDay(D(year, 2, 6), "春节"),
    });

    private static WorkingDayCalendar Calendar(UnknownYearPolicy policy, params int[] years) =>
        new WorkingDayCalendarBuilder().AddSchedules(years.Select(Notice)).WithUnknownYearPolicy(policy).Build();

    [Fact]
    public void A_calendar_of_one_year_knows_exactly_that_year()
    {
        var calendar = Calendar(UnknownYearPolicy.Throw, 2027);

        calendar.IsKnown(D(2027, 1, 1)).Should().BeTrue();
        calendar.IsKnown(D(2027, 12, 31)).Should().BeTrue();
        calendar.Covers(D(2027, 6, 15)).Should().BeTrue();
        calendar.IsKnown(D(2026, 12, 31)).Should().BeFalse();
        calendar.IsKnown(D(2028, 1, 1)).Should().BeFalse();
        calendar.UnknownYears(D(2026, 5, 1), D(2028, 5, 1)).Should().Equal(2026, 2028);
        calendar.GetDay(D(2027, 1, 1)).Should().Be(new CalendarDay(D(2027, 1, 1), DayKind.Holiday, "元旦"));
        calendar.GetDay(D(2027, 2, 6)).Should().Be(new CalendarDay(D(2027, 2, 6), DayKind.AdjustedWorkday, "春节"));
        calendar.ToString().Should().Be("WorkingDayCalendar 2027-01-01..2027-12-31 (Throw)");
    }

    [Theory]
    [InlineData(2028, 1, 1, 2028)] // the day right after the table
    [InlineData(2028, 1, 3, 2028)]
    [InlineData(2030, 6, 3, 2030)]
    [InlineData(2026, 12, 31, 2026)] // the day right before it
    public void Outside_the_table_every_query_throws_for_the_days_year(int y, int m, int d, int year)
    {
        var calendar = Calendar(UnknownYearPolicy.Throw, 2027);
        var date = D(y, m, d);

        calendar.Invoking(c => c.GetDay(date)).Should().Throw<CalendarCoverageException>().Which.Year.Should().Be(year);
        calendar.Invoking(c => c.IsWorkingDay(date)).Should().Throw<CalendarCoverageException>().Which.Year.Should().Be(year);
    }

    [Theory]
    [InlineData(2028, 1, 1, false)] // Saturday, the first day after the table
    [InlineData(2028, 1, 2, false)]
    [InlineData(2028, 1, 3, true)]
    [InlineData(2026, 12, 31, true)] // Thursday, the last day before the table
    [InlineData(2026, 12, 27, false)] // Sunday
    public void Assuming_weekends_the_days_around_the_table_are_plain_weeks(int y, int m, int d, bool working)
    {
        var calendar = Calendar(UnknownYearPolicy.AssumeWeekends, 2027);
        var date = D(y, m, d);

        calendar.IsWorkingDay(date).Should().Be(working);
        calendar.GetDay(date).Should().Be(new CalendarDay(date, working ? DayKind.Workday : DayKind.Weekend, null, IsAssumed: true));
        calendar.ToString().Should().Be("WorkingDayCalendar 2027-01-01..2027-12-31 (AssumeWeekends)");
    }

    [Fact]
    public void A_gap_between_known_years_is_unknown_to_spans_that_cross_it()
    {
        var calendar = Calendar(UnknownYearPolicy.Throw, 2030, 2027);

        calendar.KnownYears.Should().Equal(2027, 2030);
        calendar.Schedules.Select(s => s.Year).Should().Equal(2027, 2030);
        calendar.UnknownYears(D(2027, 1, 1), D(2030, 12, 31)).Should().Equal(2028, 2029);
        calendar.Invoking(c => c.WorkingDaysBetween(D(2027, 6, 1), D(2030, 6, 3))).Should().Throw<CalendarCoverageException>()
            .Which.Year.Should().Be(2028);
        calendar.Invoking(c => c.WorkingDaysBetween(D(2030, 6, 3), D(2027, 6, 1))).Should().Throw<CalendarCoverageException>()
            .Which.Year.Should().Be(2029);
        calendar.Invoking(c => c.AddWorkingDays(D(2027, 12, 31), 1)).Should().Throw<CalendarCoverageException>()
            .Which.Year.Should().Be(2028);
        calendar.WorkingDaysBetween(D(2030, 1, 1), D(2030, 1, 8)).Should().Be(5); // 2, 3, 4, 7, 8 January (1 is 元旦)
    }

    [Fact]
    public void Schedules_are_listed_by_year_whatever_the_order_they_were_added()
    {
        var calendar = new WorkingDayCalendarBuilder().AddSchedule(Notice(2028)).AddSchedule(Notice(2027)).Build();

        calendar.Schedules.Select(s => s.Year).Should().Equal(2027, 2028);
        calendar.KnownYears.Should().Equal(2027, 2028);
        calendar.WorkingDaysBetween(D(2027, 12, 30), D(2028, 1, 4)).Should().Be(3); // 12-31, 1-3, 1-4 (1-1 is 元旦)
    }

    [Fact]
    public void In_a_year_without_a_working_day_the_next_one_is_after_the_table()
    {
        var calendar = new WorkingDayCalendarBuilder()
            .AddSchedule(new HolidaySchedule(2027, Array.Empty<ScheduledDay>()))
            .AddHolidays(D(2027, 1, 1), D(2027, 12, 31), "全年")
            .WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends)
            .Build();

        calendar.IsWorkingDay(D(2027, 6, 1)).Should().BeFalse();
        calendar.AddWorkingDays(D(2027, 6, 1), 1).Should().Be(D(2028, 1, 3));
        calendar.AddWorkingDays(D(2027, 6, 1), 2).Should().Be(D(2028, 1, 4));
        calendar.AddWorkingDays(D(2027, 6, 1), -1).Should().Be(D(2026, 12, 31));
        calendar.WorkingDaysBetween(D(2026, 12, 31), D(2028, 1, 3)).Should().Be(1);
    }

    [Fact]
    public void The_first_and_last_dates_NodaTime_supports_can_be_reached_but_not_passed()
    {
        // 400 Gregorian years are exactly 20,871 weeks, so -9998-01-01 falls on the weekday of 2002-01-01, a Tuesday,
        // and 9999-12-31 on that of 1999-12-31, a Friday.
        var calendar = Calendar(UnknownYearPolicy.AssumeWeekends, 2027);

        calendar.AddWorkingDays(D(9999, 12, 30), 1).Should().Be(LocalDate.MaxIsoValue);
        calendar.AddWorkingDays(D(-9998, 1, 2), -1).Should().Be(LocalDate.MinIsoValue);
        calendar.Invoking(c => c.AddWorkingDays(LocalDate.MaxIsoValue, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays");
        calendar.Invoking(c => c.AddWorkingDays(LocalDate.MinIsoValue, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays");
        calendar.GetDay(LocalDate.MinIsoValue).Kind.Should().Be(DayKind.Workday);
        calendar.GetDay(D(-9998, 1, 4)).Kind.Should().Be(DayKind.Workday); // Friday
        calendar.GetDay(D(-9998, 1, 5)).Kind.Should().Be(DayKind.Weekend);
    }

    [Fact]
    public void A_builder_started_from_a_calendar_keeps_its_extra_days()
    {
        var calendar = new WorkingDayCalendarBuilder().AddSchedule(Notice(2027)).AddHoliday(D(2027, 3, 3), "本地节日").Build();

        var rebuilt = new WorkingDayCalendarBuilder(calendar).Build();

        rebuilt.ExtraDays.Should().Equal(ScheduledDay.Holiday(D(2027, 3, 3), "本地节日"));
        rebuilt.GetDay(D(2027, 3, 3)).Should().Be(new CalendarDay(D(2027, 3, 3), DayKind.Holiday, "本地节日"));
        calendar.ToBuilder().Build().ExtraDays.Should().Equal(calendar.ExtraDays);
    }

    [Fact]
    public void A_range_of_one_day_is_one_day()
    {
        var builder = new WorkingDayCalendarBuilder().AddSchedule(Notice(2027)).AddHolidays(D(2027, 3, 3), D(2027, 3, 3), "本地节日");
        var calendar = builder.Build();

        calendar.ExtraDays.Should().Equal(ScheduledDay.Holiday(D(2027, 3, 3), "本地节日"));
        calendar.GetDays(D(2027, 3, 3), D(2027, 3, 3)).Should().Equal(new CalendarDay(D(2027, 3, 3), DayKind.Holiday, "本地节日"));
        new ExplainedPeriod(D(2027, 3, 3), D(2027, 3, 3), DayKind.Holiday, "本地节日", false).DayCount.Should().Be(1);
    }

    [Fact]
    public void Assumed_years_include_the_start_and_are_listed_in_ascending_order()
    {
        var calendar = Calendar(UnknownYearPolicy.AssumeWeekends, 2027);

        // Only the start is assumed: nothing is walked.
        var nothing = calendar.ExplainAddWorkingDays(D(2026, 12, 31), 0);
        nothing.Days.Should().BeEmpty();
        nothing.AssumedYears.Should().Equal(2026);

        // The start in unknown 2026, the day walked in known 2027 (Monday 4 January; 1 January is 元旦).
        var intoKnown = calendar.ExplainAddWorkingDays(D(2026, 12, 31), 1);
        intoKnown.End.Should().Be(D(2027, 1, 4));
        intoKnown.AssumedYears.Should().Equal(2026);

        // Friday 2028-12-29 + 3: Monday to Wednesday, 1 to 3 January 2029.
        var across = calendar.ExplainAddWorkingDays(D(2028, 12, 29), 3);
        across.End.Should().Be(D(2029, 1, 3));
        across.AssumedYears.Should().Equal(2028, 2029);
    }

    [Fact]
    public void Programmer_errors_name_the_parameter()
    {
        var calendar = Calendar(UnknownYearPolicy.Throw, 2027);
        IWorkingDayCalendar none = null!;

        FluentActions.Invoking(() => new WorkingDayCalendarBuilder(null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => none.ExplainAddWorkingDays(D(2027, 3, 3), 1)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => none.ExplainWorkingDaysBetween(D(2027, 3, 3), D(2027, 3, 4))).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => none.GetDays(D(2027, 3, 3), D(2027, 3, 4))).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        calendar.Invoking(c => c.GetDays(D(2027, 3, 4), D(2027, 3, 3))).Should().Throw<ArgumentException>().WithParameterName("last");

        var builder = new WorkingDayCalendarBuilder();
        builder.Invoking(b => b.AddHolidays(D(2027, 3, 3), D(2027, 3, 4), null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        builder.Invoking(b => b.AddHolidays(D(2027, 3, 3), D(2027, 3, 4), " ")).Should().Throw<ArgumentException>().WithParameterName("name");
        builder.Invoking(b => b.AddHolidays(D(2027, 3, 4), D(2027, 3, 3), "x")).Should().Throw<ArgumentException>().WithParameterName("last");

        FluentActions.Invoking(() => new ExplainedPeriod(D(2027, 3, 4), D(2027, 3, 3), DayKind.Holiday, null, false))
            .Should().Throw<ArgumentException>().WithParameterName("last");
    }
}
