using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>Working-day arithmetic on the embedded calendar, with results counted by hand from the notices.</summary>
public class WorkingDayArithmeticTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    // 2020: 1-24..2-2 Spring Festival (extended), 2-3 Monday back at work.
    [InlineData("2020-01-23", 1, "2020-02-03")]
    [InlineData("2020-01-23", 3, "2020-02-05")]
    [InlineData("2020-01-25", 1, "2020-02-03")] // from inside the holiday
    [InlineData("2020-02-03", -1, "2020-01-23")]
    // 2024: Sunday 9-29 works, 10-1..10-7 National Day, Saturday 10-12 works.
    [InlineData("2024-09-27", 1, "2024-09-29")]
    [InlineData("2024-09-30", 1, "2024-10-08")]
    [InlineData("2024-10-11", 1, "2024-10-12")]
    // 自收到留言咨询之日起3个工作日内: received Friday 2024-09-27 → 9-29, 9-30, 10-8.
    [InlineData("2024-09-27", 3, "2024-10-08")]
    // 2024 Spring Festival 2-10..2-17, Sundays 2-4 and 2-18 work.
    [InlineData("2024-02-09", 1, "2024-02-18")]
    [InlineData("2024-02-18", -1, "2024-02-09")]
    [InlineData("2024-02-03", 1, "2024-02-04")]
    // 本通知印发后20个工作日内: 泗县's plan was issued on Sunday 2020-09-27, itself a working Sunday; counting
    // 9-28, 9-29, 9-30 (3), 10-1..10-8 off, 10-9, Saturday 10-10 (5), 10-12..10-16 (10), 10-19..10-23 (15),
    // 10-26..10-30 (20).
    [InlineData("2020-09-27", 20, "2020-10-30")]
    [InlineData("2020-10-30", -20, "2020-09-27")]
    // 2012: Saturday 9-29 works, 9-30..10-7 off.
    [InlineData("2012-09-28", 1, "2012-09-29")]
    [InlineData("2012-09-29", 1, "2012-10-08")]
    // Ordinary weeks.
    [InlineData("2021-03-05", 1, "2021-03-08")]
    [InlineData("2021-03-08", -1, "2021-03-05")]
    [InlineData("2021-03-06", 0, "2021-03-06")] // adding 0 gives the date itself, even a Saturday
    [InlineData("2021-03-06", 1, "2021-03-08")]
    [InlineData("2021-03-06", -1, "2021-03-05")]
    // The turn of the year set by the next year's notice: Saturday 2007-12-29 works, 12-30..2008-1-1 off.
    [InlineData("2007-12-28", 1, "2007-12-29")]
    [InlineData("2007-12-29", 1, "2008-01-02")]
    public void AddWorkingDays_moves_over_weekends_and_holidays(string start, int workingDays, string expected)
    {
        China.AddWorkingDays(Parse(start), workingDays).Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("2020-01-23", "2020-02-05", 3)]
    [InlineData("2020-02-05", "2020-01-23", -3)]
    [InlineData("2024-09-30", "2024-10-08", 1)] // start exclusive, end inclusive
    [InlineData("2024-10-08", "2024-09-30", -1)] // back: 9-30 counted, 10-8 not
    [InlineData("2024-10-01", "2024-10-07", 0)] // all holidays
    [InlineData("2024-09-27", "2024-10-08", 3)]
    [InlineData("2021-03-05", "2021-03-05", 0)]
    [InlineData("2021-03-01", "2021-03-07", 4)] // Tuesday to Friday; Saturday and Sunday not
    [InlineData("2020-09-27", "2020-10-30", 20)]
    public void WorkingDaysBetween_counts_after_the_start_up_to_and_including_the_end(string start, string end, int expected)
    {
        China.WorkingDaysBetween(Parse(start), Parse(end)).Should().Be(expected);
    }

    [Fact]
    public void Next_and_previous_working_days_are_strictly_after_and_before()
    {
        China.NextWorkingDay(D(2012, 9, 29)).Should().Be(D(2012, 10, 8));
        China.PreviousWorkingDay(D(2012, 10, 8)).Should().Be(D(2012, 9, 29));
        China.NextWorkingDay(D(2024, 2, 5)).Should().Be(D(2024, 2, 6));
        China.PreviousWorkingDay(D(2024, 2, 5)).Should().Be(D(2024, 2, 4));
        China.NextWorkingDay(D(2026, 12, 30)).Should().Be(D(2026, 12, 31));
    }

    [Fact]
    public void A_ten_day_holiday_is_crossed_in_one_step_whatever_its_length()
    {
        // 2020-01-24..2020-02-02 is ten days off in a row; 2020-10-01..10-08 eight.
        China.NextWorkingDay(D(2020, 1, 23)).Should().Be(D(2020, 2, 3));
        China.PreviousWorkingDay(D(2020, 2, 3)).Should().Be(D(2020, 1, 23));
        China.NextWorkingDay(D(2020, 9, 30)).Should().Be(D(2020, 10, 9));
    }

    [Fact]
    public void Two_thousand_working_days_agree_with_counting_day_by_day_from_the_data()
    {
        var start = D(2010, 3, 1);
        var date = start;
        for (var counted = 0; counted < 2000;)
        {
            date = date.PlusDays(1);
            if (HolidayCnFixtures.IsWorkingDay(date))
            {
                counted++;
            }
        }

        China.AddWorkingDays(start, 2000).Should().Be(date);
        China.AddWorkingDays(date, -2000).Should().Be(start);
        China.WorkingDaysBetween(start, date).Should().Be(2000);
    }

    [Fact]
    public void Dates_of_other_calendar_systems_are_read_as_the_same_day()
    {
        var julian = D(2020, 1, 23).WithCalendar(CalendarSystem.Julian);

        China.AddWorkingDays(julian, 1).Should().Be(D(2020, 2, 3));
        China.GetDay(julian).Date.Should().Be(D(2020, 1, 23));
        China.IsWorkingDay(julian).Should().BeTrue();
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
