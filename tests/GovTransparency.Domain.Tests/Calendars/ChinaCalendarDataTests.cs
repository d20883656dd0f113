using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>The embedded calendar against the holiday-cn data, date by date, and pinned cases written out by hand.</summary>
public class ChinaCalendarDataTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;

    [Fact]
    public void Every_date_from_2007_to_2026_has_the_kind_and_name_the_holiday_cn_files_give()
    {
        var mismatches = new List<string>();
        var count = 0;
        for (var date = new LocalDate(2007, 1, 1); date <= new LocalDate(2026, 12, 31); date = date.PlusDays(1))
        {
            count++;
            var (kind, name) = HolidayCnFixtures.Expected(date);
            var day = China.GetDay(date);
            if (day != new CalendarDay(date, kind, name, IsAssumed: false)
                || China.IsWorkingDay(date) != (kind is DayKind.Workday or DayKind.AdjustedWorkday))
            {
                mismatches.Add($"{date:uuuu-MM-dd}: expected {kind} {name}, got {day.Kind} {day.HolidayName}");
            }
        }

        count.Should().Be(7305, "20 years of 365 days and five leap days (2008, 2012, 2016, 2020, 2024)");
        mismatches.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2020, 1, 31, DayKind.Holiday, "春节")] // Friday inside the extended 2020 Spring Festival
    [InlineData(2020, 2, 1, DayKind.Holiday, "春节")] // Saturday inside the extension to 2 February
    [InlineData(2020, 2, 2, DayKind.Holiday, "春节")]
    [InlineData(2020, 2, 3, DayKind.Workday, null)] // Monday, work resumed: listed, but an ordinary workday
    [InlineData(2024, 2, 4, DayKind.AdjustedWorkday, "春节")] // working Sunday before Spring Festival
    [InlineData(2024, 2, 18, DayKind.AdjustedWorkday, "春节")] // working Sunday after it
    [InlineData(2012, 9, 30, DayKind.Holiday, "中秋节、国庆节")] // Sunday, Mid-Autumn joined to National Day
    [InlineData(2013, 4, 7, DayKind.AdjustedWorkday, "清明节")] // working Sunday after Qingming
    [InlineData(2018, 1, 1, DayKind.Holiday, "元旦")] // New Year's Day, a Monday
    [InlineData(2018, 1, 2, DayKind.Workday, null)]
    [InlineData(2018, 1, 6, DayKind.Weekend, null)]
    [InlineData(2015, 9, 3, DayKind.Holiday, "抗日战争暨世界反法西斯战争胜利70周年纪念日")]
    [InlineData(2007, 5, 7, DayKind.Holiday, "“五一”")]
    [InlineData(2007, 12, 29, DayKind.AdjustedWorkday, "元旦")] // a 2007 date set by the 2008 notice
    [InlineData(2007, 12, 31, DayKind.Holiday, "元旦")] // a Monday, also set by the 2008 notice
    [InlineData(2022, 12, 31, DayKind.Holiday, "元旦")] // a Saturday set by the 2023 notice
    [InlineData(2026, 2, 23, DayKind.Holiday, "春节")] // the ninth day of the 2026 Spring Festival
    [InlineData(2026, 12, 31, DayKind.Workday, null)] // the last known day
    public void Pinned_days(int year, int month, int day, DayKind kind, string? name)
    {
        var date = new LocalDate(year, month, day);

        China.GetDay(date).Should().Be(new CalendarDay(date, kind, name));
        China.IsWorkingDay(date).Should().Be(kind is DayKind.Workday or DayKind.AdjustedWorkday);
    }

    [Fact]
    public void The_known_range_is_exactly_the_years_of_the_loaded_notices()
    {
        China.FirstKnownDate.Should().Be(new LocalDate(2007, 1, 1));
        China.LastKnownDate.Should().Be(new LocalDate(2026, 12, 31));
        China.KnownYears.Should().Equal(Enumerable.Range(2007, 20));
        China.Covers(new LocalDate(2007, 1, 1)).Should().BeTrue();
        China.Covers(new LocalDate(2026, 12, 31)).Should().BeTrue();
        China.Covers(new LocalDate(2006, 12, 31)).Should().BeFalse("the 2007 notice lists it, but 2006 has no notice");
        China.Covers(new LocalDate(2027, 1, 1)).Should().BeFalse();
        China.UnknownYearPolicy.Should().Be(UnknownYearPolicy.Throw);
    }

    [Fact]
    public void Embedded_schedules_equal_the_holiday_cn_files()
    {
        var fromJson = Enumerable.Range(2007, 20)
            .Select(year => HolidayScheduleParser.ParseHolidayCnJson(HolidayCnFixtures.ReadJson(year)))
            .ToList();

        fromJson.Should().OnlyContain(r => r.Success && r.Diagnostics.Count == 0);
        ChinaCalendar.OfficialSchedules.Should().Equal(fromJson.Select(r => r.Value));
    }

    [Fact]
    public void Official_schedules_keep_the_notices_addresses()
    {
        var schedule2020 = ChinaCalendar.OfficialSchedules.Single(s => s.Year == 2020);

        schedule2020.Sources.Should().Equal(
            "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
            "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm");
        schedule2020.Days.Should().HaveCount(37);
    }

    [Fact]
    public void The_default_calendar_is_loaded_once()
    {
        ChinaCalendar.Default.Should().BeSameAs(ChinaCalendar.Default);
    }
}
