using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// Regression tests for a fuzz finding: a 36-character line <c>2010-10-01..6010-10-07 holiday</c> in a list of extra
/// days expanded into 1.46 million days (two seconds, and unbounded memory for a few such lines). A range longer than
/// a year is now an error and is not read.
/// </summary>
public class ScheduleRangeLimitTests
{
    [Fact]
    public void A_range_of_more_than_a_year_in_extra_days_is_an_error_and_is_not_read()
    {
        var result = HolidayScheduleParser.ParseDays("2021-10-08 workday 国庆节\n2010-10-01..6010-10-07 holiday 国庆节");

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.ScheduleRangeTooLong).And.Be("GT0316");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Line.Should().Be(2);
        diagnostic.Subject.Should().Be("2010-10-01..6010-10-07");
    }

    [Fact]
    public void The_limit_is_366_days_so_a_whole_leap_year_is_still_read_with_the_long_range_warning()
    {
        var leapYear = HolidayScheduleParser.ParseDays("2028-01-01..2028-12-31 holiday 全年");
        leapYear.Success.Should().BeTrue();
        leapYear.Value.Should().HaveCount(366);
        leapYear.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScheduleRangeLong);

        // 2027-01-01 to 2028-01-02: the 365 days of 2027 and two more.
        var oneDayMore = HolidayScheduleParser.ParseDays("2027-01-01..2028-01-02 holiday 全年");
        oneDayMore.Success.Should().BeFalse();
        var diagnostic = oneDayMore.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.ScheduleRangeTooLong);
        diagnostic.MessageEn.Should().Be("Line 1: the range 2027-01-01..2028-01-02 spans 367 days, more than a year (366 days); it is not read.");
        diagnostic.MessageZh.Should().Be("第 1 行：日期范围 2027-01-01..2028-01-02 长达 367 天，超过一年（366 天），未予读取。");
    }

    [Fact]
    public void A_schedule_line_within_the_years_around_its_year_is_held_to_the_same_limit()
    {
        // 2026-12-31, the 365 days of 2027 and 2028-01-01: 367 days, all within 2027 ± 1.
        var result = HolidayScheduleParser.ParseText("year 2027\n2026-12-31..2028-01-01 holiday 全年");

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.ScheduleRangeTooLong);
    }
}
