using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// The holiday-cn JSON reader branch by branch: small hand-written documents, each with the exact list of
/// diagnostics (code and JSON path) it must give. A bad day is reported and never kept, so two bad days never add
/// a "repeated date" finding.
/// </summary>
public class HolidayCnJsonReaderTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string Json(string days) => "{\"year\": 2027, \"days\": [" + days + "]}";

    public static TheoryData<string, string, string[]> FailingDocuments() => new()
    {
        { "no days", "{\"year\": 2027}", new[] { "GT0304 $" } },
        { "days not a list", "{\"year\": 2027, \"days\": {}}", new[] { "GT0304 days" } },
        { "year a string", "{\"year\": \"2027\", \"days\": []}", new[] { "GT0303 year" } },
        { "year 0", "{\"year\": 0, \"days\": []}", new[] { "GT0303 year" } },
        { "year 9999", "{\"year\": 9999, \"days\": []}", new[] { "GT0303 year" } },
        { "papers not a list", "{\"year\": 2027, \"papers\": \"https://www.gov.cn\", \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}]}", new[] { "GT0304 papers" } },
        { "a paper not a string", "{\"year\": 2027, \"papers\": [\"https://www.gov.cn\", 1], \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}]}", new[] { "GT0304 papers" } },
        { "days not objects", Json("42, 43"), new[] { "GT0304 days[0]", "GT0304 days[1]" } },
        {
            "a name of the wrong type, then the same date with a name",
            Json("{\"name\": 1, \"date\": \"2027-01-01\", \"isOffDay\": true}, {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}"),
            new[] { "GT0304 days[0].name" }
        },
        { "no date, twice", Json("{\"isOffDay\": true}, {\"isOffDay\": true}"), new[] { "GT0304 days[0]", "GT0304 days[1]" } },
        { "a date of the wrong type, twice", Json("{\"date\": 1, \"isOffDay\": true}, {\"date\": 2, \"isOffDay\": true}"), new[] { "GT0304 days[0].date", "GT0304 days[1].date" } },
        {
            "impossible dates, twice",
            Json("{\"date\": \"2027-02-30\", \"isOffDay\": true}, {\"date\": \"2027-02-31\", \"isOffDay\": true}"),
            new[] { "GT0305 days[0].date", "GT0305 days[1].date" }
        },
        {
            "a date two years off, twice",
            Json("{\"date\": \"2029-01-01\", \"isOffDay\": true}, {\"date\": \"2029-01-01\", \"isOffDay\": true}"),
            new[] { "GT0306 days[0].date", "GT0306 days[1].date" }
        },
        { "a date two years back", Json("{\"date\": \"2025-12-31\", \"isOffDay\": true}"), new[] { "GT0306 days[0].date" } },
        { "no isOffDay, twice", Json("{\"date\": \"2027-01-01\"}, {\"date\": \"2027-01-01\"}"), new[] { "GT0304 days[0]", "GT0304 days[1]" } },
        {
            "isOffDay of the wrong type, twice",
            Json("{\"date\": \"2027-01-01\", \"isOffDay\": 1}, {\"date\": \"2027-01-01\", \"isOffDay\": \"false\"}"),
            new[] { "GT0304 days[0].isOffDay", "GT0304 days[1].isOffDay" }
        },
    };

    [Theory]
    [MemberData(nameof(FailingDocuments))]
    public void Each_problem_of_a_json_schedule_is_reported_once_at_its_path(string because, string json, string[] expected)
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson(json);

        result.Success.Should().BeFalse(because);
        result.Diagnostics.Select(d => d.Code + " " + d.Path).Should().Equal(expected, because);
    }

    [Fact]
    public void Missing_parts_are_named_in_both_languages()
    {
        var noDays = HolidayScheduleParser.ParseHolidayCnJson("{\"year\": 2027}").Diagnostics.Single();
        noDays.MessageEn.Should().Be("$ has no \"days\".");
        noDays.MessageZh.Should().Be("$ 缺少 \"days\"。");

        var daysNotAList = HolidayScheduleParser.ParseHolidayCnJson("{\"year\": 2027, \"days\": 5}").Diagnostics.Single();
        daysNotAList.MessageEn.Should().Be("days must be a list.");

        var noDate = HolidayScheduleParser.ParseHolidayCnJson(Json("{\"isOffDay\": true}")).Diagnostics.Single();
        noDate.MessageEn.Should().Be("days[0] has no \"date\".");

        var noKind = HolidayScheduleParser.ParseHolidayCnJson(Json("{\"date\": \"2027-01-01\"}")).Diagnostics.Single();
        noKind.MessageEn.Should().Be("days[0] has no \"isOffDay\".");
        noKind.MessageZh.Should().Be("days[0] 缺少 \"isOffDay\"。");

        var badYear = HolidayScheduleParser.ParseHolidayCnJson("{\"year\": \"2027\", \"days\": []}").Diagnostics.Single();
        badYear.Subject.Should().Be("\"2027\"");

        var papers = HolidayScheduleParser.ParseHolidayCnJson("{\"year\": 2027, \"papers\": [1], \"days\": []}").Diagnostics.Single();
        papers.MessageEn.Should().Be("papers must be a list of strings.");
    }

    [Fact]
    public void A_blank_json_text_is_an_empty_schedule()
    {
        var diagnostic = HolidayScheduleParser.ParseHolidayCnJson("\uFEFF \n").Diagnostics.Single();

        diagnostic.Code.Should().Be(DiagnosticCodes.EmptyText);
        diagnostic.MessageEn.Should().Be("The schedule is empty.");
        diagnostic.MessageZh.Should().Be("放假安排为空。");
    }

    [Fact]
    public void Trailing_commas_and_comments_are_accepted()
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson("""
            {
              // holiday-cn files have none, but hand-edited ones may
              "year": 2027,
              "papers": ["https://www.gov.cn/a",],
              "days": [
                {"name": "元旦", "date": "2027-01-01", "isOffDay": true,},
              ],
            }
            """);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(new HolidaySchedule(2027, new[] { ScheduledDay.Holiday(D(2027, 1, 1), "元旦") }, new[] { "https://www.gov.cn/a" }));
    }

    [Theory]
    [InlineData(1, "0001-01-01")]
    [InlineData(9998, "9998-12-31")]
    [InlineData(2027, "2026-12-31")] // the year before, set by the notice for the turn of the year
    [InlineData(2027, "2028-12-31")] // the year after
    public void The_year_is_from_1_to_9998_and_its_days_lie_from_the_year_before_to_the_year_after(int year, string date)
    {
        var json = "{\"year\": " + year + ", \"papers\": [], \"days\": [{\"date\": \"" + date + "\", \"isOffDay\": false}]}";

        var result = HolidayScheduleParser.ParseHolidayCnJson(json);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Year.Should().Be(year);
        result.Value.Sources.Should().BeEmpty();
        result.Value.Days.Single().Date.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
    }

    [Fact]
    public void Names_and_papers_are_trimmed_and_their_inner_spaces_folded()
    {
        var result = HolidayScheduleParser.ParseHolidayCnJson(
            "{\"year\": 2027, \"papers\": [\"  https://www.gov.cn/a \", \" \"], \"days\": [{\"name\": \"\\t中秋节、\\n 国庆节 \", \"date\": \"2027-10-01\", \"isOffDay\": true}]}");

        result.Value.Sources.Should().Equal("https://www.gov.cn/a");
        result.Value.Days.Single().Name.Should().Be("中秋节、 国庆节");
    }
}
