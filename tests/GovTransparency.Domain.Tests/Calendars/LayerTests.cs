using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>Adding years, regional holidays and extra working days, and which layer wins.</summary>
public class LayerTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>A made-up 2027 schedule in the library's line format (the real notice is not in the data).</summary>
    private const string Schedule2027 = """
        # test data, not the real 2027 notice
        year 2027
        source test
        2027-01-01..2027-01-03 holiday 元旦
        2027-02-06..2027-02-12 holiday 春节
        2027-02-13 workday 春节
        """;

    [Fact]
    public void A_new_years_schedule_makes_that_year_known_without_a_new_release()
    {
        var schedule = HolidayScheduleParser.ParseText(Schedule2027).Value.Single();
        var calendar = ChinaCalendar.Default.ToBuilder().AddSchedule(schedule).Build();

        calendar.LastKnownDate.Should().Be(D(2027, 12, 31));
        calendar.GetDay(D(2027, 1, 1)).Should().Be(new CalendarDay(D(2027, 1, 1), DayKind.Holiday, "元旦"));
        calendar.GetDay(D(2027, 2, 13)).Should().Be(new CalendarDay(D(2027, 2, 13), DayKind.AdjustedWorkday, "春节"));
        calendar.AddWorkingDays(D(2026, 12, 31), 1).Should().Be(D(2027, 1, 4));
        calendar.NextWorkingDay(D(2027, 2, 5)).Should().Be(D(2027, 2, 13));
        ChinaCalendar.Default.LastKnownDate.Should().Be(D(2026, 12, 31), "the default calendar is immutable");
    }

    [Fact]
    public void A_new_years_schedule_can_come_as_holiday_cn_json()
    {
        const string json = """
            {"year": 2027, "papers": ["test"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "春节", "date": "2027-02-13", "isOffDay": false}]}
            """;
        var calendar = ChinaCalendar.Default.ToBuilder()
            .AddSchedule(HolidayScheduleParser.ParseHolidayCnJson(json).Value)
            .Build();

        calendar.KnownYears.Should().HaveCount(21).And.Contain(2027);
        calendar.IsWorkingDay(D(2027, 1, 1)).Should().BeFalse();
        calendar.IsWorkingDay(D(2027, 2, 13)).Should().BeTrue();
    }

    [Fact]
    public void A_regional_holiday_overrides_the_official_schedule()
    {
        // 壮族三月三: Guangxi's own holiday, 2024-04-11 and 04-12 (Thursday and Friday).
        var guangxi = ChinaCalendar.Default.ToBuilder()
            .AddHolidays(D(2024, 4, 11), D(2024, 4, 12), "壮族三月三")
            .Build();

        guangxi.GetDay(D(2024, 4, 11)).Should().Be(new CalendarDay(D(2024, 4, 11), DayKind.Holiday, "壮族三月三"));
        guangxi.AddWorkingDays(D(2024, 4, 10), 1).Should().Be(D(2024, 4, 15));
        ChinaCalendar.Default.AddWorkingDays(D(2024, 4, 10), 1).Should().Be(D(2024, 4, 11));
        guangxi.ExtraDays.Should().HaveCount(2);
    }

    [Fact]
    public void An_extra_working_day_overrides_a_holiday_or_a_weekend()
    {
        var calendar = ChinaCalendar.Default.ToBuilder()
            .AddWorkingDay(D(2024, 10, 7)) // a Monday of the National Day holiday
            .AddWorkingDay(D(2024, 4, 13), "壮族三月三") // a Saturday
            .Build();

        calendar.GetDay(D(2024, 10, 7)).Should().Be(new CalendarDay(D(2024, 10, 7), DayKind.Workday));
        calendar.GetDay(D(2024, 4, 13)).Should().Be(new CalendarDay(D(2024, 4, 13), DayKind.AdjustedWorkday, "壮族三月三"));
        calendar.AddWorkingDays(D(2024, 9, 30), 1).Should().Be(D(2024, 10, 7));
    }

    [Fact]
    public void Between_extra_days_for_the_same_date_the_last_added_wins()
    {
        var calendar = ChinaCalendar.Default.ToBuilder()
            .AddHoliday(D(2024, 3, 5), "A")
            .AddWorkingDay(D(2024, 3, 5))
            .AddWorkingDay(D(2024, 3, 6))
            .AddHoliday(D(2024, 3, 6), "B")
            .Build();

        calendar.IsWorkingDay(D(2024, 3, 5)).Should().BeTrue();
        calendar.GetDay(D(2024, 3, 6)).HolidayName.Should().Be("B");
    }

    [Fact]
    public void Extra_days_win_over_a_schedule_added_after_them()
    {
        var schedule = HolidayScheduleParser.ParseText(Schedule2027).Value.Single();
        var calendar = ChinaCalendar.Default.ToBuilder()
            .AddWorkingDay(D(2027, 1, 1), "本地安排")
            .AddSchedule(schedule)
            .Build();

        calendar.GetDay(D(2027, 1, 1)).Should().Be(new CalendarDay(D(2027, 1, 1), DayKind.Workday));
    }

    [Fact]
    public void Extra_days_do_not_make_their_year_known()
    {
        var calendar = ChinaCalendar.Default.ToBuilder().AddHoliday(D(2027, 4, 9), "壮族三月三").Build();

        calendar.LastKnownDate.Should().Be(D(2026, 12, 31));
        var act = () => calendar.GetDay(D(2027, 4, 9));
        act.Should().Throw<CalendarCoverageException>().Which.Year.Should().Be(2027);
        var assuming = calendar.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
        assuming.GetDay(D(2027, 4, 9)).Should().Be(new CalendarDay(D(2027, 4, 9), DayKind.Holiday, "壮族三月三", IsAssumed: false));
        assuming.GetDay(D(2027, 4, 8)).IsAssumed.Should().BeTrue();
    }

    [Fact]
    public void A_schedule_for_a_known_year_replaces_it_entirely()
    {
        // The first 2020 notice, before the Spring Festival was extended: 1-24..1-30 off, 2-1 (Saturday) working.
        var original2020 = new HolidaySchedule(2020, new[]
        {
            ScheduledDay.WorkingDay(D(2020, 1, 19), "春节"),
            ScheduledDay.Holiday(D(2020, 1, 24), "春节"),
            ScheduledDay.Holiday(D(2020, 1, 30), "春节"),
            ScheduledDay.WorkingDay(D(2020, 2, 1), "春节"),
        });
        var calendar = ChinaCalendar.Default.ToBuilder().AddSchedule(original2020).Build();

        calendar.GetDay(D(2020, 1, 31)).Kind.Should().Be(DayKind.Workday);
        calendar.GetDay(D(2020, 2, 1)).Kind.Should().Be(DayKind.AdjustedWorkday);
        calendar.GetDay(D(2020, 10, 1)).Kind.Should().Be(DayKind.Workday, "the rest of the old 2020 schedule is gone");
        calendar.Schedules.Single(s => s.Year == 2020).Should().Be(original2020);
    }

    [Fact]
    public void A_date_two_notices_list_takes_the_later_notices_entry_whatever_the_order_they_were_added()
    {
        var notice2030 = new HolidaySchedule(2030, new[] { ScheduledDay.WorkingDay(D(2030, 12, 31), "旧") });
        var notice2031 = new HolidaySchedule(2031, new[] { ScheduledDay.Holiday(D(2030, 12, 31), "元旦") });
        var calendar = new WorkingDayCalendarBuilder().AddSchedule(notice2031).AddSchedule(notice2030).Build();

        calendar.GetDay(D(2030, 12, 31)).Should().Be(new CalendarDay(D(2030, 12, 31), DayKind.Holiday, "元旦"));
    }

    [Fact]
    public void Removing_a_year_leaves_a_gap_that_is_unknown_and_no_longer_sets_its_neighbours()
    {
        var calendar = ChinaCalendar.Default.ToBuilder().RemoveSchedule(2008).Build();

        calendar.KnownYears.Should().NotContain(2008);
        calendar.FirstKnownDate.Should().Be(D(2007, 1, 1));
        calendar.LastKnownDate.Should().Be(D(2026, 12, 31));
        calendar.Covers(D(2008, 5, 5)).Should().BeFalse();
        calendar.GetDay(D(2007, 12, 29)).Kind.Should().Be(DayKind.Weekend, "only the 2008 notice made it a working Saturday");
        var across = () => calendar.AddWorkingDays(D(2007, 12, 28), 5);
        across.Should().Throw<CalendarCoverageException>().Which.Year.Should().Be(2008);
        var back = () => calendar.WorkingDaysBetween(D(2009, 3, 2), D(2007, 6, 1));
        back.Should().Throw<CalendarCoverageException>().Which.Year.Should().Be(2008);
        calendar.AddWorkingDays(D(2009, 1, 5), 3).Should().Be(D(2009, 1, 8));
    }

    [Fact]
    public void Extra_days_read_from_text_are_added_in_one_step()
    {
        var days = HolidayScheduleParser.ParseDays("""
            # 广西壮族自治区 2024
            2024-04-11..2024-04-12 休 壮族三月三
            2024-04-07 班 壮族三月三
            """).Value;
        var calendar = ChinaCalendar.Default.ToBuilder().AddDays(days).Build();

        calendar.GetDay(D(2024, 4, 12)).HolidayName.Should().Be("壮族三月三");
        calendar.GetDay(D(2024, 4, 7)).Kind.Should().Be(DayKind.AdjustedWorkday);
    }

    [Fact]
    public void A_calendar_needs_at_least_one_year()
    {
        var act = () => new WorkingDayCalendarBuilder().AddHoliday(D(2024, 1, 1), "x").Build();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_calendar_of_a_single_user_year_knows_only_that_year()
    {
        var calendar = new WorkingDayCalendarBuilder()
            .AddSchedules(HolidayScheduleParser.ParseText(Schedule2027).Value)
            .WithUnknownYearPolicy(UnknownYearPolicy.Throw)
            .Build();

        calendar.FirstKnownDate.Should().Be(D(2027, 1, 1));
        calendar.LastKnownDate.Should().Be(D(2027, 12, 31));
        calendar.Schedules.Should().ContainSingle();
        calendar.ToBuilder().Years.Should().Equal(2027);
    }

    [Fact]
    public void Builder_arguments_are_checked()
    {
        var builder = new WorkingDayCalendarBuilder();

        builder.Invoking(b => b.AddHoliday(D(2024, 1, 1), " ")).Should().Throw<ArgumentException>().WithParameterName("name");
        builder.Invoking(b => b.AddHolidays(D(2024, 1, 2), D(2024, 1, 1), "x")).Should().Throw<ArgumentException>().WithParameterName("last");
        builder.Invoking(b => b.AddSchedule(null!)).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        builder.Invoking(b => b.WithUnknownYearPolicy((UnknownYearPolicy)9)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
