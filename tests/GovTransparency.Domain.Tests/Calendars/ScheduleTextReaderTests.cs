using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// The line format reader branch by branch: small hand-written texts, each with the exact list of diagnostics
/// (code and line) it must give, so that a check that stops too late, reports twice or lets a bad day through shows.
/// </summary>
public class ScheduleTextReaderTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>Diagnostics as "code@line" in the order reported.</summary>
    private static string[] Findings(ParseResult<System.Collections.Generic.IReadOnlyList<HolidaySchedule>> result) =>
        result.Diagnostics.Select(d => d.Code + "@" + d.Line).ToArray();

    public static TheoryData<string, string, string[]> FailingTexts() => new()
    {
        // A day before any year line is reported once, at the first such line.
        { "day lines before the year", "2027-01-01 holiday 元旦\n2027-01-02 holiday 元旦", new[] { "GT0302@1" } },
        // A date far from the year is reported on each line and never kept, so its repetition is not a second finding.
        { "a date outside the year, twice", "year 2027\n2030-01-01 holiday\n2030-01-01 holiday", new[] { "GT0306@2", "GT0306@3" } },
        // A line that does not start with a date is only unrecognised: no date is read from it.
        { "a kind before the date", "year 2027\nholiday 2027-01-01", new[] { "GT0309@2" } },
        // A bad end date stops the line: it is not also read as a reversed range.
        { "an impossible end date", "year 2027\n2027-02-01..2027-02-31 holiday 春节", new[] { "GT0305@2" } },
        // A bad date and no kind: both said, nothing read from the line.
        { "a bad date without a kind", "year 2027\n2027-13-01", new[] { "GT0305@2", "GT0309@2" } },
        // A date without a kind is not read as a working day (it would conflict with the holiday).
        { "a date without a kind", "year 2027\n2027-01-01 holiday\n2027-01-01", new[] { "GT0309@3" } },
        // An unknown kind is not read as a working day either.
        { "an unknown kind", "year 2027\n2027-01-01 holiday\n2027-01-01 rest", new[] { "GT0315@3" } },
        // A reversed range is not read at all: its far end is not also reported as outside the year.
        { "a reversed range", "year 2027\n2027-02-10..2020-02-03 holiday 春节", new[] { "GT0311@2" } },
        // Years: up to four ASCII digits, from 1 to 9998.
        { "a five-digit year", "year 02027\n2027-01-01 holiday", new[] { "GT0303@1" } },
        { "year 0", "year 0\n2027-01-01 holiday", new[] { "GT0303@1" } },
        { "year 0000", "year 0000", new[] { "GT0303@1" } },
        { "year 9999", "year 9999", new[] { "GT0303@1" } },
        { "a year with a trailing NUL", "year 202\0", new[] { "GT0303@1" } },
        // The days of a block with a bad year are checked line by line but kept nowhere: no duplicate findings.
        { "days under a bad year", "year 20x7\n2027-01-01 holiday\n2027-01-01 workday", new[] { "GT0303@1" } },
        { "days under a repeated year", "year 2027\n2027-01-05 holiday\nyear 2027\n2027-01-05 workday\n2027-01-05 workday", new[] { "GT0310@3" } },
        // A text that starts with a line feed: line 1 is empty, the rest keeps its line numbers.
        { "a leading empty line", "\nyear 2027\n2027-13-01 holiday", new[] { "GT0305@3" } },
        // Only the first line may start with a byte order mark.
        { "a byte order mark on line 2", "year 2027\n\uFEFF2027-01-01 holiday", new[] { "GT0309@2" } },
    };

    [Theory]
    [MemberData(nameof(FailingTexts))]
    public void Each_problem_of_a_line_text_is_reported_once_with_its_line_and_nothing_more(string because, string text, string[] expected)
    {
        var result = HolidayScheduleParser.ParseText(text);

        result.Success.Should().BeFalse(because);
        Findings(result).Should().Equal(expected, because);
    }

    [Fact]
    public void The_year_is_from_1_to_9998()
    {
        var first = HolidayScheduleParser.ParseText("year 1\n0001-01-01 holiday");
        first.Success.Should().BeTrue();
        first.Diagnostics.Should().BeEmpty();
        first.Value.Single().Year.Should().Be(1);

        var last = HolidayScheduleParser.ParseText("year 9998\n9998-12-31 holiday");
        last.Success.Should().BeTrue();
        last.Value.Single().Year.Should().Be(9998);

        var fourDigits = HolidayScheduleParser.ParseText("year 0012");
        fourDigits.Value.Single().Year.Should().Be(12);
        Findings(fourDigits).Should().Equal("GT0313@");

        var invalid = HolidayScheduleParser.ParseText("year 02027").Diagnostics.Single();
        invalid.Subject.Should().Be("02027");
        invalid.MessageEn.Should().Be("The schedule's year '02027' is not a whole number from 1 to 9998.");
    }

    [Fact]
    public void A_range_of_31_days_is_fine_and_32_days_draw_a_warning()
    {
        var month = HolidayScheduleParser.ParseText("year 2027\n2027-01-01..2027-01-31 holiday 元旦");
        month.Success.Should().BeTrue();
        month.Diagnostics.Should().BeEmpty();
        month.Value.Single().Days.Should().HaveCount(31);

        var longer = HolidayScheduleParser.ParseText("year 2027\n2027-01-01..2027-02-01 holiday 元旦");
        longer.Success.Should().BeTrue();
        longer.Value.Single().Days.Should().HaveCount(32);
        var warning = longer.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.ScheduleRangeLong);
        warning.Line.Should().Be(2);
        warning.MessageEn.Should().Be("Line 2: the range 2027-01-01..2027-02-01 spans 32 days, longer than any holiday; check it for a typo.");
    }

    [Fact]
    public void A_date_repeated_with_the_same_meaning_is_a_warning_and_the_schedule_is_read()
    {
        var result = HolidayScheduleParser.ParseText("year 2027\n2027-01-01 holiday 元旦\n2027-01-01 holiday 元旦");

        result.Success.Should().BeTrue();
        Findings(result).Should().Equal("GT0308@3");
        result.Value.Single().Days.Should().Equal(ScheduledDay.Holiday(D(2027, 1, 1), "元旦"));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_the_text_is_skipped()
    {
        var result = HolidayScheduleParser.ParseText("\uFEFFyear 2027\n2027-01-01 holiday 元旦");

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Single().Days.Should().Equal(ScheduledDay.Holiday(D(2027, 1, 1), "元旦"));
    }

    [Fact]
    public void Control_characters_and_runs_of_space_in_names_and_sources_fold_into_single_spaces()
    {
        var result = HolidayScheduleParser.ParseText("year 2027\nsource \u0001https://www.gov.cn/a\u0001\n2027-01-01 holiday \u0001元旦\u0002  假期\u0003");

        var schedule = result.Value.Single();
        schedule.Sources.Should().Equal("https://www.gov.cn/a");
        schedule.Days.Should().Equal(ScheduledDay.Holiday(D(2027, 1, 1), "元旦 假期"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("\uFEFF\n")]
    public void A_blank_text_is_an_empty_schedule_or_an_empty_list_of_days(string text)
    {
        var schedule = HolidayScheduleParser.ParseText(text);
        schedule.Success.Should().BeFalse();
        var empty = schedule.Diagnostics.Should().ContainSingle().Subject;
        empty.Code.Should().Be(DiagnosticCodes.EmptyText);
        empty.MessageEn.Should().Be("The schedule is empty.");
        empty.MessageZh.Should().Be("放假安排为空。");

        var days = HolidayScheduleParser.ParseDays(text);
        days.Success.Should().BeFalse();
        var emptyDays = days.Diagnostics.Should().ContainSingle().Subject;
        emptyDays.Code.Should().Be(DiagnosticCodes.EmptyText);
        emptyDays.MessageEn.Should().Be("The list of extra days is empty.");
        emptyDays.MessageZh.Should().Be("额外日期列表为空。");
    }

    [Theory]
    [InlineData("source https://www.gov.cn/a\n2024-04-11 holiday", "source")]
    [InlineData("2024-04-11 holiday\nYEAR 2024", "YEAR")]
    [InlineData("2024-04-11 holiday\nSource x", "Source")]
    public void A_list_of_extra_days_has_neither_year_nor_source_lines(string text, string keyword)
    {
        var result = HolidayScheduleParser.ParseDays(text);

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.ExtraDaysHaveYear);
        diagnostic.Subject.Should().Be(keyword);
    }

    [Fact]
    public void A_list_of_extra_days_reports_a_date_without_a_kind_and_keeps_nothing_from_it()
    {
        var result = HolidayScheduleParser.ParseDays("2024-04-11 holiday 壮族三月三\n2024-04-11");

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code + "@" + d.Line).Should().Equal("GT0309@2");
    }

    [Fact]
    public void Null_text_names_the_parameter()
    {
        FluentActions.Invoking(() => HolidayScheduleParser.ParseText(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => HolidayScheduleParser.ParseDays(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => HolidayScheduleParser.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => HolidayScheduleParser.ParseHolidayCnJson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => new HolidaySchedule(2027, null!)).Should().Throw<ArgumentNullException>().WithParameterName("days");
    }
}
