using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests;

public class TestCalendarsTests
{
    // National Day 2021 as the State Council set it: 1–7 October off, Sunday 26 September and Saturday 9 October worked.
    private static readonly WorkingDayCalendar NationalDay2021 = TestCalendars.Builder()
        .Holidays(new LocalDate(2021, 10, 1), new LocalDate(2021, 10, 7), "国庆节")
        .WorkingWeekend(new LocalDate(2021, 9, 26), "国庆节")
        .WorkingWeekend(new LocalDate(2021, 10, 9), "国庆节")
        .Build();

    [Theory]
    [InlineData("2021-10-01", true)]  // Friday
    [InlineData("2021-10-02", false)] // Saturday
    [InlineData("2021-10-03", false)] // Sunday
    [InlineData("2021-10-04", true)]  // Monday
    [InlineData("2024-02-29", true)]  // Thursday
    [InlineData("2000-01-01", false)] // Saturday
    [InlineData("2099-12-31", true)]  // Thursday
    public void Weekends_only_has_plain_Monday_to_Friday_weeks(string date, bool working)
    {
        TestCalendars.WeekendsOnly.IsWorkingDay(Date(date)).Should().Be(working);
    }

    [Fact]
    public void Weekends_only_knows_2000_to_2099_and_no_further()
    {
        var calendar = TestCalendars.WeekendsOnly;

        calendar.FirstKnownDate.Should().Be(new LocalDate(2000, 1, 1));
        calendar.LastKnownDate.Should().Be(new LocalDate(2099, 12, 31));
        calendar.Invoking(c => c.IsWorkingDay(new LocalDate(2100, 1, 1))).Should().Throw<CalendarCoverageException>()
            .Which.Year.Should().Be(2100);
        TestCalendars.WeekendsOnly.Should().BeSameAs(calendar);
    }

    [Theory]
    [InlineData("2021-09-26", DayKind.AdjustedWorkday, "国庆节")]
    [InlineData("2021-09-30", DayKind.Workday, null)]
    [InlineData("2021-10-01", DayKind.Holiday, "国庆节")]
    [InlineData("2021-10-02", DayKind.Holiday, "国庆节")] // a Saturday inside the holiday block
    [InlineData("2021-10-07", DayKind.Holiday, "国庆节")]
    [InlineData("2021-10-08", DayKind.Workday, null)]
    [InlineData("2021-10-09", DayKind.AdjustedWorkday, "国庆节")]
    [InlineData("2021-10-10", DayKind.Weekend, null)]
    public void Holidays_and_make_up_working_weekends_set_the_kind_of_day(string date, DayKind kind, string? name)
    {
        var day = NationalDay2021.GetDay(Date(date));

        day.Kind.Should().Be(kind);
        day.HolidayName.Should().Be(name);
        day.IsAssumed.Should().BeFalse();
    }

    [Theory]
    [InlineData("2021-09-28", 5, "2021-10-11")] // 29, 30 Sep, 8, 9 (Saturday worked), 11 Oct
    [InlineData("2021-09-25", 1, "2021-09-26")] // the working Sunday
    [InlineData("2021-09-30", 1, "2021-10-08")]
    [InlineData("2021-10-08", -1, "2021-09-30")]
    public void Working_day_arithmetic_skips_the_holidays_and_counts_the_make_up_days(string start, int days, string end)
    {
        NationalDay2021.AddWorkingDays(Date(start), days).Should().Be(Date(end));
    }

    [Fact]
    public void With_holidays_makes_just_those_days_off()
    {
        var calendar = TestCalendars.WithHolidays(new LocalDate(2021, 10, 1), new LocalDate(2021, 10, 4));

        calendar.GetDay(new LocalDate(2021, 10, 1)).Kind.Should().Be(DayKind.Holiday);
        calendar.GetDay(new LocalDate(2021, 10, 1)).HolidayName.Should().BeNull();
        calendar.IsWorkingDay(new LocalDate(2021, 10, 4)).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2021, 10, 5)).Should().BeTrue();
        calendar.WorkingDaysBetween(new LocalDate(2021, 9, 30), new LocalDate(2021, 10, 8)).Should().Be(4); // 5, 6, 7, 8
        TestCalendars.WithHolidays().IsWorkingDay(new LocalDate(2021, 10, 1)).Should().BeTrue();
    }

    [Fact]
    public void A_later_day_wins_over_an_earlier_one_for_the_same_date()
    {
        var calendar = TestCalendars.Builder()
            .Holiday(new LocalDate(2021, 10, 9))
            .WorkingWeekend(new LocalDate(2021, 10, 9))
            .Build();

        calendar.IsWorkingDay(new LocalDate(2021, 10, 9)).Should().BeTrue();
    }

    [Fact]
    public void Years_narrows_what_the_calendar_knows_so_tests_can_reach_its_edge()
    {
        var calendar = TestCalendars.Builder().Years(2021, 2021).Build();

        calendar.KnownYears.Should().Equal(2021);
        calendar.IsWorkingDay(new LocalDate(2021, 12, 31)).Should().BeTrue();
        calendar.Invoking(c => c.AddWorkingDays(new LocalDate(2021, 12, 31), 1)).Should().Throw<CalendarCoverageException>()
            .Which.Year.Should().Be(2022);
    }

    [Fact]
    public void A_day_outside_the_known_years_is_refused_when_building()
    {
        var builder = TestCalendars.Builder().Years(2021, 2021).Holiday(new LocalDate(2022, 1, 3));

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*2022-01-03*2021–2021*");
        FluentActions.Invoking(() => TestCalendars.WithHolidays(new LocalDate(1999, 12, 31))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void The_builder_can_build_again_with_what_was_added_since()
    {
        var builder = TestCalendars.Builder().Holiday(new LocalDate(2021, 10, 1));
        var first = builder.Build();
        var second = builder.Holiday(new LocalDate(2021, 10, 4)).Build();

        first.IsWorkingDay(new LocalDate(2021, 10, 4)).Should().BeTrue();
        second.IsWorkingDay(new LocalDate(2021, 10, 4)).Should().BeFalse();
    }

    [Fact]
    public void Programmer_errors_throw_naming_the_parameter()
    {
        var builder = TestCalendars.Builder();

        builder.Invoking(b => b.WorkingWeekend(new LocalDate(2021, 10, 8))).Should().Throw<ArgumentException>()
            .WithParameterName("date").WithMessage("2021-10-08 is a Friday*");
        builder.Invoking(b => b.Holidays(new LocalDate(2021, 10, 7), new LocalDate(2021, 10, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("last");
        builder.Invoking(b => b.Years(2022, 2021)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("last");
        builder.Invoking(b => b.Years(0, 2021)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("first");
        builder.Invoking(b => b.Years(2021, 9999)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("last");
        FluentActions.Invoking(() => TestCalendars.WithHolidays(null!)).Should().Throw<ArgumentNullException>().WithParameterName("holidays");
    }

    [Fact]
    public void The_calendar_agrees_with_a_day_by_day_count_of_weekdays_holidays_and_make_up_days()
    {
        var start = new LocalDate(2020, 12, 1);
        var days = Gen.Choose(0, 425).Select(start.PlusDays);
        var cases =
            from holidays in Gen.ListOf(days)
            from weekends in Gen.ListOf(days.Where(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            from date in days
            from count in Gen.Choose(-40, 40)
            select (Holidays: holidays.ToList(), Weekends: weekends.ToList(), Date: date, Count: count);

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var builder = TestCalendars.Builder().Years(2020, 2022);
            c.Holidays.ForEach(d => builder.Holiday(d));
            c.Weekends.ForEach(d => builder.WorkingWeekend(d));
            var calendar = builder.Build();

            // Working weekends are added after the holidays, so they win on a date in both lists.
            bool Working(LocalDate d) => c.Weekends.Contains(d)
                || (!c.Holidays.Contains(d) && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

            var step = Math.Sign(c.Count);
            var expected = c.Date;
            for (var left = Math.Abs(c.Count); left > 0;)
            {
                expected = expected.PlusDays(step);
                if (Working(expected))
                {
                    left--;
                }
            }

            return calendar.IsWorkingDay(c.Date) == Working(c.Date) && calendar.AddWorkingDays(c.Date, c.Count) == expected;
        }));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
