using System.Globalization;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>Explanations of working-day computations: which days were counted, which skipped and why.</summary>
public class ExplanationTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Adding_over_the_2020_spring_festival_skips_ten_holidays_by_name()
    {
        var explanation = China.ExplainAddWorkingDays(D(2020, 1, 23), 3);

        explanation.End.Should().Be(D(2020, 2, 5));
        explanation.Operation.Should().Be(ExplainedOperation.AddWorkingDays);
        explanation.Start.Should().Be(new CalendarDay(D(2020, 1, 23), DayKind.Workday));
        explanation.WorkingDays.Should().Be(3);
        explanation.Days.Should().HaveCount(13);
        explanation.CountedDays.Select(d => d.Date).Should().Equal(D(2020, 2, 3), D(2020, 2, 4), D(2020, 2, 5));
        explanation.SkippedDays.Should().HaveCount(10).And.OnlyContain(d => d.Kind == DayKind.Holiday && d.HolidayName == "春节");
        explanation.Periods.Should().Equal(
            new ExplainedPeriod(D(2020, 1, 24), D(2020, 2, 2), DayKind.Holiday, "春节", false),
            new ExplainedPeriod(D(2020, 2, 3), D(2020, 2, 5), DayKind.Workday, null, false));
        explanation.UsesAssumedDays.Should().BeFalse();
    }

    [Fact]
    public void The_explanation_reads_in_English()
    {
        var text = China.ExplainAddWorkingDays(D(2024, 9, 27), 3).ToText(English);

        text.Should().Be(
            "2024-09-27 + 3 working days = 2024-10-08 (the start day is not counted).\n"
            + "  2024-09-28  skipped 1 day: weekend\n"
            + "  2024-09-29  counted 1 working day: weekend working day for 国庆节 (调休)\n"
            + "  2024-09-30  counted 1 working day\n"
            + "  2024-10-01 to 2024-10-07  skipped 7 days: holiday 国庆节\n"
            + "  2024-10-08  counted 1 working day");
    }

    [Fact]
    public void The_explanation_reads_in_Chinese()
    {
        var text = China.ExplainAddWorkingDays(D(2020, 1, 23), 3).ToText(Chinese);

        text.Should().Be(
            "2020-01-23 起算 3 个工作日为 2020-02-05（起算当日不计入）。\n"
            + "  2020-01-24 至 2020-02-02  跳过 10 天：放假（春节）\n"
            + "  2020-02-03 至 2020-02-05  计入 3 个工作日");
        China.ExplainAddWorkingDays(D(2024, 9, 27), 1).ToText(Chinese).Should().Be(
            "2024-09-27 起算 1 个工作日为 2024-09-29（起算当日不计入）。\n"
            + "  2024-09-28  跳过 1 天：周末\n"
            + "  2024-09-29  计入 1 个工作日：国庆节调休上班");
    }

    [Fact]
    public void Going_back_lists_the_days_in_date_order()
    {
        var explanation = China.ExplainAddWorkingDays(D(2024, 2, 18), -1);

        explanation.End.Should().Be(D(2024, 2, 9));
        explanation.Periods.Should().Equal(
            new ExplainedPeriod(D(2024, 2, 9), D(2024, 2, 9), DayKind.Workday, null, false),
            new ExplainedPeriod(D(2024, 2, 10), D(2024, 2, 17), DayKind.Holiday, "春节", false));
        explanation.ToText(English).Should().StartWith("2024-02-18 - 1 working day = 2024-02-09 (the start day is not counted).");
        explanation.ToText(Chinese).Should().StartWith("2024-02-18 往前数 1 个工作日为 2024-02-09（起算当日不计入）。");
    }

    [Fact]
    public void Counting_between_two_dates_is_explained_too()
    {
        var explanation = China.ExplainWorkingDaysBetween(D(2024, 9, 30), D(2024, 10, 8));

        explanation.Operation.Should().Be(ExplainedOperation.WorkingDaysBetween);
        explanation.WorkingDays.Should().Be(1);
        explanation.ToText(English).Should().Be(
            "From 2024-09-30 to 2024-10-08: 1 working day (the start day is not counted, the end day is).\n"
            + "  2024-10-01 to 2024-10-07  skipped 7 days: holiday 国庆节\n"
            + "  2024-10-08  counted 1 working day");
        explanation.ToText(Chinese).Should().StartWith("2024-09-30（不含）至 2024-10-08（含）共 1 个工作日。");
        China.ExplainWorkingDaysBetween(D(2024, 10, 8), D(2024, 9, 30)).ToText(English)
            .Should().StartWith("From 2024-10-08 back to 2024-09-30: -1 working day");
    }

    [Fact]
    public void Assumed_days_are_marked_and_the_unknown_year_is_named()
    {
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
        var explanation = assuming.ExplainAddWorkingDays(D(2026, 12, 31), 2);

        explanation.End.Should().Be(D(2027, 1, 4));
        explanation.UsesAssumedDays.Should().BeTrue();
        explanation.AssumedYears.Should().Equal(2027);
        explanation.ToText(English).Should().Be(
            "2026-12-31 + 2 working days = 2027-01-04 (the start day is not counted).\n"
            + "  2027-01-01  counted 1 working day (assumed)\n"
            + "  2027-01-02 to 2027-01-03  skipped 2 days: weekend (assumed)\n"
            + "  2027-01-04  counted 1 working day (assumed)\n"
            + "Note: no official holiday schedule is known for 2027; plain Monday-to-Friday weeks were assumed for those days.");
        explanation.ToText(Chinese).Should().EndWith("注意：2027 年的官方放假安排未知，这些日期按周一至周五上班、周六周日休息推定。");
    }

    [Fact]
    public void Adding_nothing_explains_nothing()
    {
        var explanation = China.ExplainAddWorkingDays(D(2021, 3, 6), 0);

        explanation.End.Should().Be(D(2021, 3, 6));
        explanation.Days.Should().BeEmpty();
        explanation.Periods.Should().BeEmpty();
        explanation.ToString().Should().Be("2021-03-06 + 0 working days = 2021-03-06 (the start day is not counted).");
    }

    [Fact]
    public void An_explanation_always_agrees_with_the_computation_it_explains()
    {
        var cases = Gen.Zip(Gen.Choose(0, 6000).Select(i => D(2008, 3, 1).PlusDays(i)), Gen.Choose(-300, 300));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (date, n) = c;
            var explanation = China.ExplainAddWorkingDays(date, n);
            return explanation.End == China.AddWorkingDays(date, n)
                && explanation.CountedDays.Count == (n < 0 ? -n : n)
                && explanation.Periods.Sum(p => p.DayCount) == explanation.Days.Count
                && explanation.Days.Count == (n == 0 ? 0 : System.Math.Abs(NodaTime.Period.Between(date, explanation.End, NodaTime.PeriodUnits.Days).Days))
                && China.ExplainWorkingDaysBetween(date, explanation.End).WorkingDays == China.WorkingDaysBetween(date, explanation.End);
        }), maxTest: 200);
    }

    [Fact]
    public void Listing_days_gives_every_date_of_the_range_with_its_kind()
    {
        var days = China.GetDays(D(2024, 2, 3), D(2024, 2, 5));

        days.Should().Equal(
            new CalendarDay(D(2024, 2, 3), DayKind.Weekend),
            new CalendarDay(D(2024, 2, 4), DayKind.AdjustedWorkday, "春节"),
            new CalendarDay(D(2024, 2, 5), DayKind.Workday));
        China.Invoking(c => c.GetDays(D(2024, 2, 5), D(2024, 2, 3))).Should().Throw<System.ArgumentException>();
    }
}
