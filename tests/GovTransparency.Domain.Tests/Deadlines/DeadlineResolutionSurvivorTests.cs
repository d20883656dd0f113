using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// The resolver's remaining Stryker survivors (issue 9): the text of programmer-error messages, periods and series
/// before year 1 (floor division), series at the first ISO date, article 202's corresponding day, assumed years met
/// while moving off a rest day, and standings compared member by member. Every date worked out by hand.
/// </summary>
public class DeadlineResolutionSurvivorTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly WorkingDayCalendar Assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>The call, the parameter named and a piece of the message that explains the mistake.</summary>
    public static TheoryData<string, Action, string, string> ErrorMessages => new()
    {
        { "period 7", () => _ = new DeadlineRule.ByPeriodEnd(Plan, (YearPeriod)7), "Period", "not a defined YearPeriod" },
        { "ten days part 4", () => _ = new DeadlineRule.ByTenDayPeriodEnd(Plan, 6, (TenDayPeriod)4), "part", "not a defined TenDayPeriod" },
        { "span start", () => _ = new DeadlineRule.Spanning(Span(MonthEnd(1), MonthEnd(2)), MonthEnd(7)), "start", "start of a span cannot itself be a span" },
        { "span end", () => _ = new DeadlineRule.Spanning(MonthEnd(1), Span(MonthEnd(2), MonthEnd(3))), "end", "end of a span cannot itself be a span" },
        { "frequency 7", () => _ = new DeadlineRule.Recurring((RecurrenceFrequency)7), "frequency", "not a defined RecurrenceFrequency" },
        { "alternative 7", () => _ = new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, alternative: (RecurrenceFrequency)7), "alternative", "not a defined RecurrenceFrequency" },
        { "event 5", () => _ = new DeadlineRule.Relative((RelativeEvent)5, 1, PeriodUnit.Days, "受理"), "event", "not a defined RelativeEvent" },
        { "unit 6", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 1, (PeriodUnit)6), "unit", "not a defined PeriodUnit" },
        { "unnamed event with text", () => _ = new DeadlineRule.Relative(RelativeEvent.Unnamed, 1, PeriodUnit.Days, "受理"), "eventText", "unnamed event has no text" },
        { "other event without text", () => _ = new DeadlineRule.Relative(RelativeEvent.Other, 1, PeriodUnit.Days), "eventText", "other event needs its text" },
        { "no milestone", () => _ = new DeadlineRule.Milestones(Array.Empty<Milestone>()), "steps", "At least one milestone is required" },
        { "default resolution judged", () => _ = default(DeadlineResolution).StandingAt(Day(2021, 1, 1)), "resolution", "default(DeadlineResolution) is not a resolution" },
        { "default resolution judged per occurrence", () => _ = default(DeadlineResolution).StandingAt(Day(2021, 1, 1), _ => null), "resolution", "default(DeadlineResolution) is not a resolution" },
    };

    /// <summary>Relative periods in months whose end falls before year 1 (ISO year 0 = 1 BC): event day, last day.</summary>
    public static TheoryData<LocalDate, LocalDate> MonthsBeforeYearOne => new()
    {
        { Day(-5, 6, 15), Day(-5, 7, 15) },   // month index −54: floor(−54 / 12) = −5, July
        { Day(-2, 12, 15), Day(-1, 1, 15) },  // month index −12: exactly year −1, January
        { Day(-1, 12, 15), Day(0, 1, 15) },   // month index 0: year 0, January
    };

    /// <summary>Series whose window lies before year 1 or starts on the first ISO date: frequency, window, due dates.</summary>
    public static TheoryData<RecurrenceFrequency, LocalDate, LocalDate, LocalDate[]> EarlySeries => new()
    {
        // Year −1 is not a leap year (−1 mod 4 = 3); year 0 is.
        { RecurrenceFrequency.Monthly, Day(-1, 1, 1), Day(-1, 3, 31), new[] { Day(-1, 1, 31), Day(-1, 2, 28), Day(-1, 3, 31) } },
        { RecurrenceFrequency.Quarterly, Day(-1, 2, 1), Day(-1, 12, 31), new[] { Day(-1, 3, 31), Day(-1, 6, 30), Day(-1, 9, 30), Day(-1, 12, 31) } },
        { RecurrenceFrequency.Monthly, Day(0, 1, 1), Day(0, 2, 29), new[] { Day(0, 1, 31), Day(0, 2, 29) } },
        // −9998 mod 4 = 2: not a leap year. The first ISO month is a whole month of the series.
        { RecurrenceFrequency.Monthly, LocalDate.MinIsoValue, Day(-9998, 3, 31), new[] { Day(-9998, 1, 31), Day(-9998, 2, 28), Day(-9998, 3, 31) } },
    };

    [Theory]
    [MemberData(nameof(ErrorMessages))]
    public void A_programmer_error_says_what_was_wrong(string call, Action action, string parameter, string message)
    {
        var thrown = FluentActions.Invoking(action).Should().Throw<ArgumentException>(call).Which;

        thrown.ParamName.Should().Be(parameter, call);
        thrown.Message.Should().Contain(message, call);
    }

    [Fact]
    public void Judging_a_default_resolution_is_an_argument_error_not_an_out_of_range_one()
    {
        FluentActions.Invoking(() => default(DeadlineResolution).StandingAt(Day(2021, 1, 1)))
            .Should().Throw<ArgumentException>().Which.GetType().Should().Be(typeof(ArgumentException));
    }

    [Fact]
    public void The_rule_of_a_default_resolution_is_refused_with_a_reason()
    {
        FluentActions.Invoking(() => default(DeadlineResolution).Rule)
            .Should().Throw<InvalidOperationException>().WithMessage("*not a resolution*DeadlineResolver.Resolve*");
    }

    [Fact]
    public void A_negative_due_soon_window_is_refused_by_every_standing_overload()
    {
        var resolution = DeadlineResolver.Resolve(YearEnd(), Plan2021, China);

        FluentActions.Invoking(() => resolution.StandingAt(Day(2021, 1, 1), _ => null, dueSoonDays: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonDays");

        // The window is checked before anything is resolved, so it is the error reported even when the rule is missing too.
        FluentActions.Invoking(() => DeadlineResolver.StandingAt(null!, Plan2021, China, Day(2021, 1, 1), dueSoonDays: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonDays");
    }

    [Theory]
    [MemberData(nameof(MonthsBeforeYearOne))]
    public void A_period_in_months_ends_on_the_corresponding_day_before_year_one(LocalDate eventDay, LocalDate lastDay)
    {
        var resolution = DeadlineResolver.Resolve(Within(1, PeriodUnit.Months), Plan2021, Assuming, Events(eventDay));

        resolution.Kind.Should().Be(DeadlineResolutionKind.DueDate);
        resolution.UnadjustedDueDate.Should().Be(lastDay);
    }

    [Theory]
    [MemberData(nameof(EarlySeries))]
    public void A_series_before_year_one_or_at_the_first_iso_date_has_one_due_date_per_period(
        RecurrenceFrequency frequency, LocalDate start, LocalDate end, LocalDate[] dueDates)
    {
        var resolution = DeadlineResolver.Resolve(Every(frequency), Plan2021, China, window: new DateInterval(start, end));

        resolution.Occurrences.Select(o => o.DueDate).Should().Equal(dueDates);
    }

    [Fact]
    public void A_quarter_before_year_one_runs_from_its_first_to_its_last_day()
    {
        var resolution = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Quarterly), Plan2021, China, window: new DateInterval(Day(-1, 2, 1), Day(-1, 12, 31)));

        resolution.Occurrences.Select(o => (o.Period.Start, o.Period.End)).Should().Equal(
            (Day(-1, 1, 1), Day(-1, 3, 31)), (Day(-1, 4, 1), Day(-1, 6, 30)), (Day(-1, 7, 1), Day(-1, 9, 30)), (Day(-1, 10, 1), Day(-1, 12, 31)));
    }

    [Fact]
    public void A_weekly_series_from_the_first_iso_date_starts_with_its_first_whole_week()
    {
        // −9998-01-01 is a Tuesday (the weekdays repeat every 400 years, and 0002-01-01 was a Tuesday): its week began
        // on a Monday before the first ISO date, so the first week of the series is Monday 01-07 to Sunday 01-13.
        var resolution = DeadlineResolver.Resolve(
            Every(RecurrenceFrequency.Weekly), Plan2021, China, window: new DateInterval(LocalDate.MinIsoValue, Day(-9998, 1, 21)));

        resolution.Occurrences.Select(o => (o.Period.Start, o.DueDate)).Should().Equal(
            (Day(-9998, 1, 7), Day(-9998, 1, 13)), (Day(-9998, 1, 14), Day(-9998, 1, 20)));
    }

    [Theory]
    [InlineData("en-US", "the period ends on the corresponding day of the last month, 2021-04-30 (art. 202)")]
    [InlineData("zh-CN", "以到期月的对应日 2021-04-30 为期间的最后一日（第二百零二条）")]
    public void A_period_ending_on_the_last_day_of_a_month_that_has_the_corresponding_day_is_not_a_month_end_case(string culture, string line)
    {
        // 30 March + 1 month: April has a 30th, so article 202's corresponding day applies (Friday 2021-04-30, a working day).
        var resolution = DeadlineResolver.Resolve(Within(1, PeriodUnit.Months), Plan2021, China, Events(Day(2021, 3, 30)));

        resolution.DueDate.Should().Be(Day(2021, 4, 30));
        resolution.Explain(CultureInfo.GetCultureInfo(culture)).Should().Contain(line);
    }

    [Fact]
    public void Moving_off_a_rest_day_into_an_assumed_year_reports_that_year()
    {
        // 2026-12-21 + 10 days = Thursday 2026-12-31, made a local holiday; 2026 is a known year. The next working day is
        // Friday 2027-01-01, which only the assumed weekends of 2027 make a working day.
        var calendar = new WorkingDayCalendarBuilder(China)
            .AddHoliday(Day(2026, 12, 31), "地方假日")
            .WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends)
            .Build();

        var resolution = DeadlineResolver.Resolve(Within(10, PeriodUnit.Days), new DeadlineContext(2026), calendar, Events(Day(2026, 12, 21)));

        resolution.UnadjustedDueDate.Should().Be(Day(2026, 12, 31));
        resolution.DueDate.Should().Be(Day(2027, 1, 1));
        resolution.AssumedYears.Should().Equal(2027);
        resolution.UsesAssumedDays.Should().BeTrue();
        resolution.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.DeadlinePeriodEndMoved, DiagnosticCodes.DeadlineAssumedDays);
    }

    [Fact]
    public void Standings_of_the_same_kind_at_different_dates_differ()
    {
        // Due 2021-12-31: on 1 March and on 2 March it is not yet due (more than 30 days ahead), yet the standings differ.
        var resolution = DeadlineResolver.Resolve(YearEnd(), Plan2021, China);
        var first = resolution.StandingAt(Day(2021, 3, 1));
        var second = resolution.StandingAt(Day(2021, 3, 2));

        first.Kind.Should().Be(StandingKind.NotYetDue);
        second.Kind.Should().Be(StandingKind.NotYetDue);
        first.Equals(second).Should().BeFalse();
        (first == second).Should().BeFalse();
        (first != second).Should().BeTrue();
        first.Should().Be(resolution.StandingAt(Day(2021, 3, 1)));
    }

    private static IReadOnlyDictionary<RelativeEvent, LocalDate> Events(LocalDate date) =>
        new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Unnamed] = date };
}
