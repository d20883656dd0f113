using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>The exact text the line format writer produces for small hand-built schedules.</summary>
public class ScheduleTextWriterTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Schedules_are_written_by_year_with_a_blank_line_between_them_and_runs_of_days_as_ranges()
    {
        var y2027 = new HolidaySchedule(
            2027,
            new[]
            {
                ScheduledDay.WorkingDay(D(2027, 2, 7), null),
                ScheduledDay.Holiday(D(2027, 1, 2), "元旦"),
                ScheduledDay.Holiday(D(2027, 1, 1), "元旦"),
                ScheduledDay.Holiday(D(2027, 1, 3), " 元旦 "),
                ScheduledDay.WorkingDay(D(2027, 2, 6), "春节"),
                ScheduledDay.Holiday(D(2027, 2, 8), "春节"),
            },
            new[] { "  https://www.gov.cn/a  ", " ", "国务院办公厅\n通知" });
        var y2028 = new HolidaySchedule(2028, new[] { ScheduledDay.Holiday(D(2028, 1, 1), "元旦") });

        var text = HolidaySchedule.ToText(new[] { y2028, y2027 });

        text.Should().Be(
            "year 2027\n"
            + "source https://www.gov.cn/a\n"
            + "source 国务院办公厅 通知\n"
            + "2027-01-01..2027-01-03 holiday 元旦\n"
            + "2027-02-06 workday 春节\n"
            + "2027-02-07 workday\n"
            + "2027-02-08 holiday 春节\n"
            + "\n"
            + "year 2028\n"
            + "2028-01-01 holiday 元旦\n");
    }

    [Fact]
    public void A_single_schedule_starts_with_its_year_line()
    {
        var schedule = new HolidaySchedule(2027, new[] { ScheduledDay.Holiday(D(2027, 10, 1), "国庆节") });

        schedule.ToText().Should().Be("year 2027\n2027-10-01 holiday 国庆节\n");
        new HolidaySchedule(2027, System.Array.Empty<ScheduledDay>()).ToText().Should().Be("year 2027\n");
    }
}
