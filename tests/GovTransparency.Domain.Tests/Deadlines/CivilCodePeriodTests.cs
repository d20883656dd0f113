using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Relative time limits counted by the Civil Code (民法典) articles 201–203 on the official calendar. Every expected
/// date was counted by hand on the State Council schedules (tests/Fixtures/holiday-cn).
/// </summary>
public class CivilCodePeriodTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;

    /// <summary>rule, event day, the period's last day by art. 201–202, the due date after art. 203.</summary>
    public static TheoryData<DeadlineRule.Relative, LocalDate, LocalDate, LocalDate> CalendarDayPeriods => new()
    {
        // art. 201: the event day is not counted
        { Within(1, PeriodUnit.Days), Day(2021, 6, 9), Day(2021, 6, 10), Day(2021, 6, 10) },
        { Within(20, PeriodUnit.Days, RelativeEvent.Approved), Day(2021, 6, 9), Day(2021, 6, 29), Day(2021, 6, 29) },
        { Within(2, PeriodUnit.Weeks), Day(2021, 6, 9), Day(2021, 6, 23), Day(2021, 6, 23) },

        // art. 202: the corresponding day, or the month's last day
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), Day(2021, 6, 9), Day(2021, 7, 9), Day(2021, 7, 9) },
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), Day(2024, 1, 31), Day(2024, 2, 29), Day(2024, 2, 29) },
        { Within(3, PeriodUnit.Months), Day(2021, 11, 30), Day(2022, 2, 28), Day(2022, 2, 28) },
        { Within(1, PeriodUnit.Years), Day(2019, 6, 10), Day(2020, 6, 10), Day(2020, 6, 10) },

        // art. 203, weekends: 2021-02-28 is a Sunday; 2024-03-09 a Saturday; 2020-02-29 + 1 year is Sunday 2021-02-28
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), Day(2021, 1, 31), Day(2021, 2, 28), Day(2021, 3, 1) },
        { Within(7, PeriodUnit.Days), Day(2024, 3, 2), Day(2024, 3, 9), Day(2024, 3, 11) },
        { Within(1, PeriodUnit.Years), Day(2020, 2, 29), Day(2021, 2, 28), Day(2021, 3, 1) },

        // art. 203, statutory holidays: 国庆节 2021-10-01..07; 国庆节、中秋节 2020-10-01..08; 春节 2020-01-24..02-02
        { Within(30, PeriodUnit.Days, RelativeEvent.Approved), Day(2021, 9, 1), Day(2021, 10, 1), Day(2021, 10, 8) },
        { Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), Day(2021, 9, 2), Day(2021, 10, 2), Day(2021, 10, 8) },
        { Within(8, PeriodUnit.Days), Day(2020, 9, 30), Day(2020, 10, 8), Day(2020, 10, 9) },
        { Within(10, PeriodUnit.Days), Day(2020, 1, 14), Day(2020, 1, 24), Day(2020, 2, 3) },

        // a weekend turned working day (调休) is a working day: Sunday 2024-09-29 stays
        { Within(7, PeriodUnit.Days), Day(2024, 9, 22), Day(2024, 9, 29), Day(2024, 9, 29) },
    };

    [Theory]
    [MemberData(nameof(CalendarDayPeriods))]
    public void A_calendar_day_period_ends_by_articles_201_to_203(DeadlineRule.Relative rule, LocalDate eventDay, LocalDate lastDay, LocalDate due)
    {
        var resolution = DeadlineResolver.Resolve(rule, new DeadlineContext(eventDay.Year), China, Events(rule.Event, eventDay));

        resolution.Kind.Should().Be(DeadlineResolutionKind.DueDate);
        resolution.EventDate.Should().Be(eventDay);
        resolution.UnadjustedDueDate.Should().Be(lastDay);
        resolution.DueDate.Should().Be(due);
        resolution.WorkingDays.Should().BeNull();
    }

    [Fact]
    public void Issued_on_31_January_plus_one_month_ends_on_the_last_day_of_February()
    {
        var rule = DeadlineText.Parse("印发后一个月内", new DeadlineContext(2021)).Rule;

        DeadlineResolver.Resolve(rule, new DeadlineContext(2021, Day(2021, 1, 31)), China).UnadjustedDueDate.Should().Be(Day(2021, 2, 28));
        DeadlineResolver.Resolve(rule, new DeadlineContext(2024, Day(2024, 1, 31)), China).UnadjustedDueDate.Should().Be(Day(2024, 2, 29));
    }

    [Fact]
    public void Within_a_month_of_issue_on_9_June_2021_is_due_on_9_July_2021_counted_from_the_plans_issue_date()
    {
        var context = new DeadlineContext(2021, Day(2021, 6, 9));

        var resolution = DeadlineResolver.Resolve(DeadlineText.Parse("印发后一个月内", context).Rule, context, China);

        resolution.DueDate.Should().Be(Day(2021, 7, 9));
        resolution.Event.Should().Be(RelativeEvent.PlanIssued);
        resolution.EventDate.Should().Be(Day(2021, 6, 9));
        resolution.SkippedDays.Should().BeEmpty();
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_period_ending_on_National_Day_moves_to_the_first_working_day_after_the_holiday_and_says_so()
    {
        var resolution = DeadlineResolver.Resolve(
            Within(30, PeriodUnit.Days, RelativeEvent.Approved), new DeadlineContext(2021), China, Events(RelativeEvent.Approved, Day(2021, 9, 1)));

        resolution.DueDate.Should().Be(Day(2021, 10, 8));
        resolution.SkippedDays.Select(d => (d.Date, d.Kind, d.HolidayName)).Should().Equal(
            Enumerable.Range(1, 7).Select(i => (Day(2021, 10, i), DayKind.Holiday, (string?)"国庆节")));
        var moved = resolution.Diagnostics.Should().ContainSingle().Subject;
        moved.Code.Should().Be(DiagnosticCodes.DeadlinePeriodEndMoved);
        moved.Severity.Should().Be(DiagnosticSeverity.Info);
        moved.MessageEn.Should().Be(
            "The period's last day, 2021-10-01, is a statutory holiday (国庆节), so the period ends on the first working day after it, 2021-10-08 (Civil Code art. 203).");
    }

    [Fact]
    public void A_period_ending_on_a_Saturday_moves_over_the_weekend_to_the_Monday()
    {
        var resolution = DeadlineResolver.Resolve(Within(7, PeriodUnit.Days), new DeadlineContext(2024), China, Events(RelativeEvent.Unnamed, Day(2024, 3, 2)));

        resolution.DueDate.Should().Be(Day(2024, 3, 11));
        resolution.SkippedDays.Select(d => (d.Date, d.Kind)).Should().Equal((Day(2024, 3, 9), DayKind.Weekend), (Day(2024, 3, 10), DayKind.Weekend));
    }

    /// <summary>rule, event day, due date: the Nth working day after the event day.</summary>
    public static TheoryData<DeadlineRule.Relative, LocalDate, LocalDate> WorkingDayPeriods => new()
    {
        // Fri 2024-09-27: Sat 28 off, Sun 29 working (调休), Mon 30, 10-01..07 国庆节, Tue 10-08
        { Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询"), Day(2024, 9, 27), Day(2024, 10, 8) },
        // Sun 2020-09-27 (调休): 9-28, 9-29, 9-30, 10-09, Sat 10-10 (调休), 10-12 … 10-30 (20th)
        { Within(20, PeriodUnit.WorkingDays, RelativeEvent.PlanIssued, "本通知印发"), Day(2020, 9, 27), Day(2020, 10, 30) },
        { Within(1, PeriodUnit.WorkingDays), Day(2021, 6, 11), Day(2021, 6, 15) }, // 端午节 06-12..14
        { Within(1, PeriodUnit.WorkingDays), Day(2021, 6, 8), Day(2021, 6, 9) },
    };

    [Theory]
    [MemberData(nameof(WorkingDayPeriods))]
    public void N_working_days_after_an_event_end_on_the_nth_working_day_after_its_day(DeadlineRule.Relative rule, LocalDate eventDay, LocalDate due)
    {
        var resolution = DeadlineResolver.Resolve(rule, new DeadlineContext(eventDay.Year), China, Events(rule.Event, eventDay));

        resolution.DueDate.Should().Be(due);
        resolution.WorkingDays!.End.Should().Be(due);
        resolution.WorkingDays.WorkingDays.Should().Be(rule.Amount);
        resolution.UnadjustedDueDate.Should().BeNull("art. 203 has nothing to move: the last working day is a working day");
    }

    [Fact]
    public void The_plan_issue_date_of_the_context_is_the_default_date_of_the_issue_event_and_a_given_date_wins()
    {
        var rule = Within(20, PeriodUnit.WorkingDays, RelativeEvent.PlanIssued, "本通知印发");
        var context = new DeadlineContext(2020, Day(2020, 9, 27));

        DeadlineResolver.Resolve(rule, context, China).DueDate.Should().Be(Day(2020, 10, 30));
        DeadlineResolver.Resolve(rule, context, China, Events(RelativeEvent.PlanIssued, Day(2024, 9, 27)))
            .DueDate.Should().Be(Day(2024, 10, 30)); // 9-29, 9-30, 10-08 … 10-12 (调休), 10-14 … 10-30: the 20th
        DeadlineResolver.Resolve(rule, new DeadlineContext(2020), China).Kind.Should().Be(DeadlineResolutionKind.NeedsEventDate);
    }

    [Fact]
    public void The_date_of_an_event_other_than_the_issue_is_never_taken_from_the_issue_date()
    {
        var resolution = DeadlineResolver.Resolve(
            Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询"), new DeadlineContext(2024, Day(2024, 1, 2)), China);

        resolution.Kind.Should().Be(DeadlineResolutionKind.NeedsEventDate);
        resolution.Event.Should().Be(RelativeEvent.Received);
        resolution.Diagnostics.Single().MessageEn.Should().Be(
            "The time limit \"自收到留言咨询之日起3个工作日内\" counts from receipt (收到留言咨询), whose date is not known; there is no due date until it is given.");
    }

    [Fact]
    public void Fixed_dates_are_kept_as_written_even_on_a_weekend_or_holiday()
    {
        // 10月底前 in 2021: Sunday 31 October; 10月1日前 in 2021: National Day. Art. 203 moves only periods.
        DeadlineResolver.Resolve(MonthEnd(10), new DeadlineContext(2021), China).DueDate.Should().Be(Day(2021, 10, 31));
        DeadlineResolver.Resolve(Date(10, 1), new DeadlineContext(2021), China).DueDate.Should().Be(Day(2021, 10, 1));
    }

    [Fact]
    public void A_working_day_count_into_an_unknown_year_is_a_coverage_result_not_an_exception()
    {
        var rule = Within(20, PeriodUnit.WorkingDays, RelativeEvent.Approved);

        var resolution = DeadlineResolver.Resolve(rule, new DeadlineContext(2026), China, Events(RelativeEvent.Approved, Day(2026, 12, 15)));

        resolution.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        resolution.DueDate.Should().BeNull();
        resolution.UnknownYear.Should().Be(2027);
        resolution.EventDate.Should().Be(Day(2026, 12, 15));
        var diagnostic = resolution.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineOutsideCalendar);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.MessageEn.Should().StartWith("No due date. ").And.Contain("2027");
    }

    [Fact]
    public void With_assumed_weekends_the_count_gives_a_date_flagged_as_assumed()
    {
        // Tue 2026-12-15: 12-16..18 (3), 21..25 (8), 28..31 (12), Fri 2027-01-01 assumed a workday (13), 01-04..08 (18), 01-11, 01-12 (20).
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        var resolution = DeadlineResolver.Resolve(
            Within(20, PeriodUnit.WorkingDays, RelativeEvent.Approved), new DeadlineContext(2026), assuming, Events(RelativeEvent.Approved, Day(2026, 12, 15)));

        resolution.Kind.Should().Be(DeadlineResolutionKind.DueDate);
        resolution.DueDate.Should().Be(Day(2027, 1, 12));
        resolution.UsesAssumedDays.Should().BeTrue();
        resolution.AssumedYears.Should().Equal(2027);
        resolution.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineAssumedDays);
    }

    [Fact]
    public void A_calendar_day_period_ending_in_an_unknown_year_needs_that_years_schedule_to_apply_article_203()
    {
        var rule = Within(30, PeriodUnit.Days, RelativeEvent.Approved);
        var events = Events(RelativeEvent.Approved, Day(2026, 12, 15));

        var strict = DeadlineResolver.Resolve(rule, new DeadlineContext(2026), China, events);
        strict.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        strict.UnknownYear.Should().Be(2027);

        var assumed = DeadlineResolver.Resolve(rule, new DeadlineContext(2026), China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends), events);
        assumed.DueDate.Should().Be(Day(2027, 1, 14)); // a Thursday
        assumed.AssumedYears.Should().Equal(2027);
    }

    [Fact]
    public void A_period_that_starts_in_an_unknown_year_but_ends_in_a_known_one_needs_no_assumption()
    {
        // Art. 201–202 need no calendar; only the last day is looked up: 2006-12-20 + 30 days = Friday 2007-01-19.
        var resolution = DeadlineResolver.Resolve(Within(30, PeriodUnit.Days), new DeadlineContext(2006), China, Events(RelativeEvent.Unnamed, Day(2006, 12, 20)));

        resolution.DueDate.Should().Be(Day(2007, 1, 19));
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_working_day_count_from_an_unknown_year_is_a_coverage_result()
    {
        var resolution = DeadlineResolver.Resolve(Within(3, PeriodUnit.WorkingDays), new DeadlineContext(2006), China, Events(RelativeEvent.Unnamed, Day(2006, 12, 29)));

        resolution.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        resolution.UnknownYear.Should().Be(2006);
    }

    [Fact]
    public void A_count_past_the_year_9999_is_a_result_not_an_exception()
    {
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        var years = DeadlineResolver.Resolve(Within(100, PeriodUnit.Years), new DeadlineContext(2021), China, Events(RelativeEvent.Unnamed, Day(9950, 1, 1)));
        var workingDays = DeadlineResolver.Resolve(Within(100_000, PeriodUnit.WorkingDays), new DeadlineContext(2021), assuming, Events(RelativeEvent.Unnamed, Day(9999, 1, 1)));
        var days = DeadlineResolver.Resolve(Within(10, PeriodUnit.Days), new DeadlineContext(2021), assuming, Events(RelativeEvent.Unnamed, Day(9999, 12, 28)));

        foreach (var resolution in new[] { years, workingDays, days })
        {
            resolution.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
            resolution.UnknownYear.Should().BeNull();
            resolution.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlinePastLastDate);
        }
    }

    private static IReadOnlyDictionary<RelativeEvent, LocalDate> Events(RelativeEvent @event, LocalDate date) =>
        new Dictionary<RelativeEvent, LocalDate> { [@event] = date };
}
