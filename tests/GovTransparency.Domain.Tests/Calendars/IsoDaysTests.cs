using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// The day-number arithmetic under the calendar, over the whole range NodaTime supports, years zero and below
/// included (the era method treats them with their own branch).
/// </summary>
public class IsoDaysTests
{
    /// <summary>
    /// Day numbers worked out by hand from 1970-01-01 = 0: 0000-01-01 is 719,528 days before it (so 0000-03-01,
    /// after the 31 + 29 days of a leap January and February, is 719,468 before); year 0 is a leap year, so
    /// -0001-03-01 is 366 days earlier still; every 400 years are 146,097 days.
    /// </summary>
    [Theory]
    [InlineData(1970, 1, 1, 0)]
    [InlineData(2000, 1, 1, 10957)]
    [InlineData(2000, 3, 1, 11017)] // 10957 + 31 + 29
    [InlineData(0, 1, 1, -719528)]
    [InlineData(0, 2, 29, -719469)]
    [InlineData(0, 3, 1, -719468)]
    [InlineData(-1, 12, 31, -719529)]
    [InlineData(-1, 3, 1, -719834)] // -719468 - 366
    [InlineData(-1, 2, 28, -719835)]
    [InlineData(-400, 3, 1, -865565)] // -719468 - 146097
    [InlineData(-401, 3, 1, -865931)] // -865565 - 366: -400 is a leap year and its 29 February lies between the two
    [InlineData(-9998, 1, 1, -4371222)] // 0002-01-01 (-719528 + 366 + 365) minus 25 × 146097
    [InlineData(9999, 12, 31, 2932896)] // 2000-01-01 plus 20 × 146097, minus one day
    public void Day_numbers_count_days_from_1970_01_01_in_both_directions(int year, int month, int day, int dayNumber)
    {
        var date = new LocalDate(year, month, day);

        IsoDays.FromDate(date).Should().Be(dayNumber);
        IsoDays.ToDate(dayNumber).Should().Be(date);
        IsoDays.YearOf(dayNumber).Should().Be(year);
    }

    [Fact]
    public void The_supported_range_is_NodaTimes()
    {
        IsoDays.MinDayNumber.Should().Be(-4371222);
        IsoDays.MaxDayNumber.Should().Be(2932896);
    }

    [Fact]
    public void Day_numbers_agree_with_NodaTime_over_the_whole_range()
    {
        const int step = 997;
        var date = LocalDate.MinIsoValue;
        for (var n = IsoDays.MinDayNumber; n <= IsoDays.MaxDayNumber; n += step)
        {
            IsoDays.ToDate(n).Should().Be(date);
            IsoDays.FromDate(date).Should().Be(n);
            IsoDays.IsWeekend(n).Should().Be(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            if (n + step <= IsoDays.MaxDayNumber)
            {
                date = date.PlusDays(step);
            }
        }
    }
}
