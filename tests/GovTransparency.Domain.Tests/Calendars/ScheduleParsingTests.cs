using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>Reading user-supplied schedules: holiday-cn JSON and the library's line format; bad text gives diagnostics, never exceptions.</summary>
public class ScheduleParsingTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_holiday_cn_file_is_read_with_its_year_sources_names_and_kinds()
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson(HolidayCnFixtures.ReadJson(2008));

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        var schedule = result.Value;
        schedule.Year.Should().Be(2008);
        schedule.Sources.Should().Equal("http://www.gov.cn/zhengce/zhengceku/2008-03/28/content_1645.htm");
        schedule.Days.Should().HaveCount(35);
        schedule.Days[0].Should().Be(ScheduledDay.WorkingDay(D(2007, 12, 29), "元旦"));
        schedule.Days[1].Should().Be(ScheduledDay.Holiday(D(2007, 12, 30), "元旦"));
        schedule.Days.Should().BeInAscendingOrder(d => d.Date);
    }

    [Fact]
    public void The_line_format_reads_years_sources_ranges_kinds_and_names()
    {
        var result = HolidayScheduleParser.ParseText("""
            # comment
            year 2027
            source https://www.gov.cn/example#fragment
            2027-01-01..2027-01-03 holiday 元旦

            2027-02-06	休	春节
            2027-02-13 WORKDAY 春节
            2027-02-14 班
            YEAR 2028
            2028-01-01 holiday  New  Year's Day
            """);

        result.Success.Should().BeTrue();
        result.Value.Should().HaveCount(2);
        var y2027 = result.Value[0];
        y2027.Year.Should().Be(2027);
        y2027.Sources.Should().Equal("https://www.gov.cn/example#fragment");
        y2027.Days.Should().Equal(
            ScheduledDay.Holiday(D(2027, 1, 1), "元旦"),
            ScheduledDay.Holiday(D(2027, 1, 2), "元旦"),
            ScheduledDay.Holiday(D(2027, 1, 3), "元旦"),
            ScheduledDay.Holiday(D(2027, 2, 6), "春节"),
            ScheduledDay.WorkingDay(D(2027, 2, 13), "春节"),
            ScheduledDay.WorkingDay(D(2027, 2, 14), null));
        result.Value[1].Days.Should().Equal(ScheduledDay.Holiday(D(2028, 1, 1), "New Year's Day"));
    }

    [Fact]
    public void Either_format_is_read_by_its_first_character()
    {
        HolidayScheduleParser.Parse(HolidayCnFixtures.ReadJson(2024)).Value.Single().Year.Should().Be(2024);
        HolidayScheduleParser.Parse("year 2024\n2024-01-01 holiday 元旦").Value.Single().Days.Should().ContainSingle();
        HolidayScheduleParser.Parse("\uFEFF  {\"year\": 1}").Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ScheduleEntryInvalid);
    }

    [Fact]
    public void Writing_and_reading_back_gives_equal_schedules()
    {
        var official = ChinaCalendar.OfficialSchedules;

        HolidayScheduleParser.ParseText(HolidaySchedule.ToText(official)).Value.Should().Equal(official);
        foreach (var schedule in official)
        {
            HolidayScheduleParser.ParseText(schedule.ToText()).Value.Should().Equal(schedule);
        }
    }

    [Fact]
    public void Any_schedule_round_trips_through_the_line_format()
    {
        var names = Gen.Elements<string?>(null, "春节", "国庆节、中秋节", "“五一”", "壮族三月三");
        var days =
            from offsets in Gen.SubListOf(Enumerable.Range(0, 365 * 3).ToArray())
            from kinds in Gen.ArrayOf(Gen.Elements(true, false), offsets.Count)
            from dayNames in Gen.ArrayOf(names, offsets.Count)
            select offsets.Select((o, i) => new ScheduledDay(D(2029, 1, 1).PlusDays(o), kinds[i], dayNames[i])).ToArray();
        var schedules = days.Select(d => new HolidaySchedule(2030, d, new[] { "https://www.gov.cn/x" }));

        Properties.Check(Prop.ForAll(schedules.ToArbitrary(), s =>
            HolidayScheduleParser.ParseText(s.ToText()).Value.Single().Equals(s)), maxTest: 100);
    }

    [Theory]
    [InlineData("", "GT0001")]
    [InlineData("  \n ", "GT0001")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOf", "GT0301")] // truncated
    [InlineData("{\"year\": 2027, \"days\": [", "GT0301")]
    [InlineData("{\"days\": []}", "GT0302")]
    [InlineData("{\"year\": \"2027\", \"days\": []}", "GT0303")]
    [InlineData("{\"year\": 2027.5, \"days\": []}", "GT0303")]
    [InlineData("{\"year\": 0, \"days\": []}", "GT0303")]
    [InlineData("[2027]", "GT0304")]
    [InlineData("{\"year\": 2027}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": {}}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [42]}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"isOffDay\": true}]}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": 1, \"date\": \"2027-01-01\", \"isOffDay\": true}]}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": 20270101, \"isOffDay\": true}]}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}", "GT0304")]
    [InlineData("{\"year\": 2027, \"papers\": \"https://www.gov.cn\", \"days\": []}", "GT0304")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2027-02-30\", \"isOffDay\": true}]}", "GT0305")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2027/02/06\", \"isOffDay\": true}]}", "GT0305")]
    [InlineData("{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2019-02-06\", \"isOffDay\": true}]}", "GT0306")]
    [InlineData("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}, {\"date\": \"2027-01-01\", \"isOffDay\": false}]}", "GT0307")]
    public void Bad_holiday_cn_json_gives_a_diagnostic_and_no_schedule(string json, string code)
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Code == code && d.IsError);
        result.Diagnostics.Should().OnlyContain(d => d.MessageZh.Length > 0 && d.MessageEn.Length > 0);
    }

    [Fact]
    public void Json_diagnostics_say_where_the_problem_is()
    {
        var truncated = HolidayScheduleParser.ParseHolidayCnJson("{\n  \"year\": 2027,\n  \"days\": [\n");
        truncated.Diagnostics.Single().Line.Should().Be(4);
        truncated.Diagnostics.Single().MessageEn.Should().StartWith("The schedule is not valid JSON (near line 4");

        var wrongType = HolidayScheduleParser.ParseHolidayCnJson(
            "{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}, {\"date\": \"2027-01-02\", \"isOffDay\": 1}]}");
        wrongType.Diagnostics.Single().Path.Should().Be("days[1].isOffDay");
        wrongType.Diagnostics.Single().MessageEn.Should().Be("days[1].isOffDay must be true or false.");
        wrongType.Diagnostics.Single().MessageZh.Should().Be("days[1].isOffDay 应为布尔值（true 或 false）。");
    }

    [Fact]
    public void A_date_listed_twice_the_same_way_is_a_warning_and_kept_once()
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson(
            "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}, {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");

        result.Success.Should().BeTrue();
        result.Value.Days.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScheduleDateRepeated);
    }

    [Theory]
    [InlineData("2027-01-01 holiday 元旦", "GT0302")]
    [InlineData("source x\nyear 2027\n2027-01-01 holiday", "GT0302")]
    [InlineData("# only a comment", "GT0302")]
    [InlineData("year 20x7\n2027-01-01 holiday", "GT0303")]
    [InlineData("year 99999", "GT0303")]
    [InlineData("year 2027\n2027-02-30 holiday 春节", "GT0305")]
    [InlineData("year 2027\n2027-02-01..2027-02-31 holiday 春节", "GT0305")]
    [InlineData("year 2027\n2030-01-01 holiday", "GT0306")]
    [InlineData("year 2027\n2027-01-01 holiday 元旦\n2027-01-01 workday 元旦", "GT0307")]
    [InlineData("year 2027\nholiday 2027-01-01", "GT0309")]
    [InlineData("year 2027\n2027-01-01", "GT0309")]
    [InlineData("year 2027\nsource", "GT0309")]
    [InlineData("year 2027\nyear 2027", "GT0310")]
    [InlineData("year 2027\n2027-02-10..2027-02-03 holiday 春节", "GT0311")]
    [InlineData("year 2027\n2027-01-01 rest 元旦", "GT0315")]
    public void Bad_line_format_gives_a_diagnostic_with_its_line_and_no_schedule(string text, string code)
    {
        var result = HolidayScheduleParser.ParseText(text);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Code == code && d.IsError);
    }

    [Fact]
    public void Line_format_diagnostics_carry_the_line_number_and_the_text()
    {
        var result = HolidayScheduleParser.ParseText("year 2027\n\n2027-01-01 holiday 元旦\n2027-13-01 holiday 元旦\n");

        var diagnostic = result.Diagnostics.Single();
        diagnostic.Code.Should().Be(DiagnosticCodes.ScheduleDateInvalid);
        diagnostic.Line.Should().Be(4);
        diagnostic.Subject.Should().Be("2027-13-01");
        diagnostic.MessageEn.Should().Be("'2027-13-01' is not a valid date (write it as YYYY-MM-DD, for example 2027-02-06).");
        diagnostic.MessageZh.Should().Be("“2027-13-01”不是有效日期（应写作 YYYY-MM-DD，例如 2027-02-06）。");
    }

    [Fact]
    public void Suspicious_but_possible_input_gives_warnings_and_a_schedule()
    {
        var longRange = HolidayScheduleParser.ParseText("year 2027\n2027-01-01..2027-03-31 holiday 寒假");
        longRange.Success.Should().BeTrue();
        longRange.Value.Single().Days.Should().HaveCount(90);
        longRange.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScheduleRangeLong);

        var empty = HolidayScheduleParser.ParseText("year 2027");
        empty.Success.Should().BeTrue();
        empty.Value.Single().Days.Should().BeEmpty();
        empty.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScheduleHasNoDays);

        var emptyJson = HolidayScheduleParser.ParseHolidayCnJson("{\"year\": 2027, \"days\": []}");
        emptyJson.Success.Should().BeTrue();
        emptyJson.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ScheduleHasNoDays);
    }

    [Fact]
    public void A_list_of_extra_days_has_no_year_lines()
    {
        var result = HolidayScheduleParser.ParseDays("year 2024\n2024-04-11 holiday 壮族三月三");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ExtraDaysHaveYear);
        HolidayScheduleParser.ParseDays("").Diagnostics.Single().Code.Should().Be(DiagnosticCodes.EmptyText);
        HolidayScheduleParser.ParseDays("2024-04-12 休 壮族三月三\n2024-04-11 休 壮族三月三").Value
            .Select(d => d.Date).Should().Equal(D(2024, 4, 11), D(2024, 4, 12));
    }

    [Fact]
    public void No_text_makes_a_parser_throw()
    {
        var text = Gen.Elements("{", "}", "[", "]", "\"", ":", ",", " ", "\n", "year", "days", "date", "isOffDay", "true",
                "2027", "2027-01-01", "..", "holiday", "workday", "休", "班", "null", "-", "1e999", "\uD800", "#", "\uFEFF")
            .ArrayOf()
            .Select(parts => string.Concat(parts));

        Properties.Check(Prop.ForAll(text.ToArbitrary(), t =>
        {
            HolidayScheduleParser.Parse(t);
            HolidayScheduleParser.ParseHolidayCnJson(t);
            HolidayScheduleParser.ParseText(t);
            HolidayScheduleParser.ParseDays(t);
            return true;
        }), maxTest: 1000);
    }

    [Fact]
    public void Every_truncation_of_a_real_file_gives_a_result_not_an_exception()
    {
        var json = HolidayCnFixtures.ReadJson(2020);

        for (var length = 0; length < json.Length; length += 7)
        {
            var result = HolidayScheduleParser.ParseHolidayCnJson(json.Substring(0, length));
            result.Success.Should().BeFalse();
            result.Diagnostics.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Null_text_is_a_programmer_error()
    {
        FluentActions.Invoking(() => HolidayScheduleParser.ParseHolidayCnJson(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HolidayScheduleParser.ParseText(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HolidayScheduleParser.ParseDays(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HolidayScheduleParser.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_schedule_built_in_code_checks_its_dates()
    {
        FluentActions.Invoking(() => new HolidaySchedule(2027, new[] { ScheduledDay.Holiday(D(2029, 1, 1), null) }))
            .Should().Throw<ArgumentException>().WithParameterName("days");
        FluentActions.Invoking(() => new HolidaySchedule(2027, new[] { ScheduledDay.Holiday(D(2027, 1, 1), null), ScheduledDay.WorkingDay(D(2027, 1, 1), null) }))
            .Should().Throw<ArgumentException>().WithParameterName("days");
        FluentActions.Invoking(() => new HolidaySchedule(0, Array.Empty<ScheduledDay>()))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        new HolidaySchedule(2027, new[] { ScheduledDay.Holiday(D(2027, 1, 2), null), ScheduledDay.Holiday(D(2027, 1, 1), null) })
            .Days.Select(d => d.Date).Should().Equal(D(2027, 1, 1), D(2027, 1, 2));
    }
}
