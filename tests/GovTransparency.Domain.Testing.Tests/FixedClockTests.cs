using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests;

public class FixedClockTests
{
    // Midnight in Beijing as UTC, worked out by hand: UTC+8, except China's summer time of 1986–1991 (UTC+9).
    public static TheoryData<LocalDate, Instant> BeijingMidnights => new()
    {
        { new LocalDate(2021, 10, 1), Instant.FromUtc(2021, 9, 30, 16, 0) },
        { new LocalDate(2020, 1, 1), Instant.FromUtc(2019, 12, 31, 16, 0) },
        { new LocalDate(2024, 2, 29), Instant.FromUtc(2024, 2, 28, 16, 0) },
        { new LocalDate(1991, 7, 1), Instant.FromUtc(1991, 6, 30, 15, 0) },
    };

    [Theory]
    [MemberData(nameof(BeijingMidnights))]
    public void A_Beijing_date_starts_the_clock_at_midnight_China_time(LocalDate date, Instant expected)
    {
        var clock = FixedClock.AtBeijingDate(date);

        clock.GetCurrentInstant().Should().Be(expected);
        clock.TodayInBeijing.Should().Be(date);
    }

    [Fact]
    public void At_Beijing_midnight_the_UTC_date_is_still_the_day_before()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 1));

        clock.Today(DateTimeZone.Utc).Should().Be(new LocalDate(2021, 9, 30));
        clock.Today(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]).Should().Be(new LocalDate(2021, 9, 30));
    }

    [Fact]
    public void A_Beijing_time_of_day_is_eight_hours_ahead_of_UTC()
    {
        var clock = FixedClock.AtBeijingTime(new LocalDateTime(2021, 10, 13, 17, 30));

        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2021, 10, 13, 9, 30));
    }

    [Fact]
    public void A_date_in_another_zone_starts_at_that_zones_midnight()
    {
        var clock = FixedClock.AtDate(new LocalDate(2021, 7, 1), DateTimeZoneProviders.Tzdb["Europe/London"]);

        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2021, 6, 30, 23, 0)); // British Summer Time, UTC+1
    }

    [Fact]
    public void The_clock_stands_still_until_moved()
    {
        var clock = new FixedClock(Instant.FromUtc(2021, 10, 13, 0, 0));

        clock.GetCurrentInstant().Should().Be(clock.GetCurrentInstant());
        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2021, 10, 13, 0, 0));
    }

    [Theory]
    [InlineData(1, 2021, 10, 14)]
    [InlineData(7, 2021, 10, 20)]
    [InlineData(19, 2021, 11, 1)]
    [InlineData(-13, 2021, 9, 30)]
    [InlineData(0, 2021, 10, 13)]
    [InlineData(80, 2022, 1, 1)]
    public void Advancing_by_days_moves_the_Beijing_date_by_as_many_calendar_days(int days, int year, int month, int day)
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));

        clock.AdvanceDays(days).Should().BeSameAs(clock);
        clock.TodayInBeijing.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void Advancing_by_a_duration_moves_by_exactly_that_duration()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));

        clock.Advance(Duration.FromHours(23) + Duration.FromMinutes(59)).TodayInBeijing.Should().Be(new LocalDate(2021, 10, 13));
        clock.Advance(Duration.FromMinutes(1)).TodayInBeijing.Should().Be(new LocalDate(2021, 10, 14));
        clock.Advance(Duration.FromNanoseconds(1)).GetCurrentInstant().Should().Be(Instant.FromUtc(2021, 10, 13, 16, 0) + Duration.FromNanoseconds(1));
    }

    [Fact]
    public void Reset_sets_the_clock_to_any_instant_earlier_or_later()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));

        clock.Reset(Instant.FromUtc(2020, 1, 1, 0, 0)).Should().BeSameAs(clock);
        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2020, 1, 1, 0, 0));
    }

    [Fact]
    public void Moving_beyond_the_instants_NodaTime_supports_throws_naming_the_parameter()
    {
        var clock = new FixedClock(Instant.MaxValue - Duration.FromDays(1));

        clock.Invoking(c => c.Advance(Duration.FromDays(2))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        clock.Invoking(c => c.AdvanceDays(2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        clock.Invoking(c => c.AdvanceDays(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        clock.Invoking(c => c.AdvanceDays(int.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        clock.GetCurrentInstant().Should().Be(Instant.MaxValue - Duration.FromDays(1), "a refused move leaves the clock where it was");

        clock.Advance(Duration.FromDays(1)).GetCurrentInstant().Should().Be(Instant.MaxValue);
        new FixedClock(Instant.MinValue).Invoking(c => c.Advance(Duration.FromNanoseconds(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
    }

    [Fact]
    public void A_null_zone_throws_naming_the_parameter()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));

        clock.Invoking(c => c.Today(null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");
        FluentActions.Invoking(() => FixedClock.AtDate(new LocalDate(2021, 10, 13), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void The_Beijing_zone_is_Asia_Shanghai_from_the_embedded_database()
    {
        FixedClock.BeijingTimeZone.Id.Should().Be("Asia/Shanghai");
        FixedClock.BeijingTimeZone.GetUtcOffset(Instant.FromUtc(2021, 7, 1, 0, 0)).Should().Be(Offset.FromHours(8));
    }

    [Fact]
    public void Its_text_shows_the_instant_and_the_Beijing_date()
    {
        FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13)).ToString()
            .Should().Be("FixedClock 2021-10-12T16:00:00Z (2021-10-13 in Beijing)");
    }

    [Fact]
    public void Moves_from_many_threads_at_once_are_none_of_them_lost()
    {
        var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 1, 1));

        Parallel.For(0, 16, thread =>
        {
            for (var i = 0; i < 1000; i++)
            {
                clock.Advance(Duration.FromSeconds(1));
                _ = clock.TodayInBeijing;
            }
        });

        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2020, 12, 31, 16, 0) + Duration.FromSeconds(16_000));
    }

    [Fact]
    public void Two_moves_are_one_move_by_their_sum()
    {
        // Up to ten years either way, to the nanosecond.
        var durations = Gen.Zip(Gen.Choose(-315_360_000, 315_360_000), Gen.Choose(0, 999_999_999))
            .Select(p => Duration.FromSeconds(p.Item1) + Duration.FromNanoseconds(p.Item2));
        Properties.Check(Prop.ForAll(
            Gen.Zip(durations, durations).ToArbitrary(),
            pair =>
            {
                var start = Instant.FromUtc(2021, 10, 13, 0, 0);
                var twice = new FixedClock(start).Advance(pair.Item1).Advance(pair.Item2).GetCurrentInstant();
                var once = new FixedClock(start).Advance(pair.Item1 + pair.Item2).GetCurrentInstant();
                return twice == once && once == start + pair.Item1 + pair.Item2;
            }));
    }

    [Fact]
    public void Advancing_n_days_gives_the_Beijing_date_n_days_later()
    {
        Properties.Check(Prop.ForAll(
            Gen.Choose(-20_000, 20_000).ToArbitrary(),
            days =>
            {
                var start = new LocalDate(2021, 10, 13);
                return FixedClock.AtBeijingDate(start).AdvanceDays(days).TodayInBeijing == start.PlusDays(days);
            }));
    }
}
