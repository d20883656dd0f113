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
/// What each resolution holds and leaves empty, series at their edges, milestones in and out of order, and standings
/// compared member by member; every date counted by hand (issue 9: the resolver's surviving mutants).
/// </summary>
public class DeadlineResolutionMutationTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Plan2021 = new(2021);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void A_fixed_resolution_holds_its_due_date_and_nothing_else()
    {
        var resolution = DeadlineResolver.Resolve(Date(10, 30), Plan2021, China);

        resolution.Kind.Should().Be(DeadlineResolutionKind.DueDate);
        resolution.Rule.Should().Be(Date(10, 30));
        resolution.PlanYear.Should().Be(2021);
        resolution.DueDate.Should().Be(Day(2021, 10, 30));
        resolution.IsDefault.Should().BeFalse();
        resolution.Event.Should().BeNull();
        resolution.EventDate.Should().BeNull();
        resolution.UnadjustedDueDate.Should().BeNull();
        resolution.SkippedDays.Should().BeEmpty();
        resolution.WorkingDays.Should().BeNull();
        resolution.Milestones.Should().BeEmpty();
        resolution.Occurrences.Should().BeEmpty();
        resolution.Window.Should().BeNull();
        resolution.Frequency.Should().BeNull();
        resolution.UnknownYear.Should().BeNull();
        resolution.AssumedYears.Should().BeEmpty();
        resolution.UsesAssumedDays.Should().BeFalse();
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("持续推进", DeadlineResolutionKind.Continuous)]
    [InlineData("每月", DeadlineResolutionKind.Series)]
    [InlineData("批复后20日内", DeadlineResolutionKind.NeedsEventDate)]
    [InlineData("视情况而定", DeadlineResolutionKind.Unrecognized)]
    public void Kinds_without_a_due_date_give_none(string phrase, DeadlineResolutionKind kind)
    {
        var resolution = DeadlineResolver.Resolve(DeadlineText.Parse(phrase, Plan2021).Rule, Plan2021, China);

        resolution.Kind.Should().Be(kind);
        resolution.HasDueDate.Should().BeFalse();
        resolution.DueDate.Should().BeNull();
        resolution.TryGetDueDate(out var due).Should().BeFalse();
        due.Should().Be(default(LocalDate));
        resolution.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void A_count_past_the_calendar_has_no_due_date()
    {
        var resolution = DeadlineResolver.Resolve(
            Within(20, PeriodUnit.WorkingDays, RelativeEvent.Approved), Plan2021, China, Events(RelativeEvent.Approved, Day(2026, 12, 15)));

        resolution.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        resolution.HasDueDate.Should().BeFalse();
        resolution.TryGetDueDate(out _).Should().BeFalse();
        resolution.Event.Should().Be(RelativeEvent.Approved);
    }

    [Fact]
    public void Milestones_have_a_due_date_and_steps_of_other_years_keep_their_year()
    {
        var resolution = DeadlineResolver.Resolve(Steps((MonthEnd(7, Year(2020)), "起草"), (YearEnd(), "印发")), Plan2021, China);

        resolution.HasDueDate.Should().BeTrue();
        resolution.TryGetDueDate(out var due).Should().BeTrue();
        due.Should().Be(Day(2021, 12, 31));
        resolution.Milestones.Select(m => m.DueDate).Should().Equal(Day(2020, 7, 31), Day(2021, 12, 31));
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void An_earlier_step_on_the_same_day_as_the_last_is_in_order()
    {
        var resolution = DeadlineResolver.Resolve(Steps((Date(7, 31), "提交"), (MonthEnd(7), "审核")), Plan2021, China);

        resolution.DueDate.Should().Be(Day(2021, 7, 31));
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Milestones_out_of_order_name_the_first_later_step()
    {
        var resolution = DeadlineResolver.Resolve(Steps((MonthEnd(11), "完成"), (MonthEnd(9), "验收"), (MonthEnd(7), "总结")), Plan2021, China);

        resolution.DueDate.Should().Be(Day(2021, 7, 31));
        resolution.Diagnostics.Should().ContainSingle().Which.MessageEn.Should().Be(
            "An earlier step falls due on 2021-11-30, after the last step's date 2021-07-31, which is the task's due date; check the order of the steps.");
    }

    [Fact]
    public void The_issue_date_is_used_when_the_event_dates_hold_only_other_events()
    {
        var context = new DeadlineContext(2021, Day(2021, 6, 9));

        var resolution = DeadlineResolver.Resolve(
            Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), context, China, Events(RelativeEvent.Approved, Day(2021, 1, 4)));

        resolution.DueDate.Should().Be(Day(2021, 7, 9));
        resolution.EventDate.Should().Be(Day(2021, 6, 9));
        resolution.Explain(English).Split('\n')[1].Should().Be(
            "Counted from the plan's issue (印发) on 2021-06-09 (the plan's issue date); that day is not counted (Civil Code art. 201).");
    }

    [Fact]
    public void A_given_issue_date_wins_and_is_not_called_the_plans_issue_date()
    {
        var context = new DeadlineContext(2021, Day(2021, 6, 9));

        // 2021-06-08 + 1 month = Thursday 2021-07-08, a working day.
        var resolution = DeadlineResolver.Resolve(
            Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), context, China, Events(RelativeEvent.PlanIssued, Day(2021, 6, 8)));

        resolution.DueDate.Should().Be(Day(2021, 7, 8));
        resolution.EventDate.Should().Be(Day(2021, 6, 8));
        resolution.Explain(English).Split('\n')[1].Should().Be(
            "Counted from the plan's issue (印发) on 2021-06-08; that day is not counted (Civil Code art. 201).");
    }

    [Fact]
    public void Event_dates_for_other_events_leave_a_rule_waiting_for_its_own()
    {
        var resolution = DeadlineResolver.Resolve(
            Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received), new DeadlineContext(2021, Day(2021, 6, 9)), China,
            Events(RelativeEvent.PlanIssued, Day(2021, 6, 9)));

        resolution.Kind.Should().Be(DeadlineResolutionKind.NeedsEventDate);
        resolution.Event.Should().Be(RelativeEvent.Received);
        resolution.EventDate.Should().BeNull();
        resolution.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineEventDateUnknown);
    }

    [Fact]
    public void A_period_of_years_counts_twelve_months_a_year()
    {
        // 2019-06-10 + 2 years = Thursday 2021-06-10, a working day.
        var resolution = DeadlineResolver.Resolve(Within(2, PeriodUnit.Years), Plan2021, China, Events(RelativeEvent.Unnamed, Day(2019, 6, 10)));

        resolution.UnadjustedDueDate.Should().Be(Day(2021, 6, 10));
        resolution.DueDate.Should().Be(Day(2021, 6, 10));
    }

    [Fact]
    public void A_period_of_one_week_counts_seven_days()
    {
        // 2021-06-09 + 7 days = Wednesday 2021-06-16.
        DeadlineResolver.Resolve(Within(1, PeriodUnit.Weeks), Plan2021, China, Events(RelativeEvent.Unnamed, Day(2021, 6, 9)))
            .DueDate.Should().Be(Day(2021, 6, 16));
    }

    [Fact]
    public void A_working_day_last_day_in_an_assumed_year_is_flagged_but_not_moved()
    {
        // 2026-12-15 + 30 days = 2027-01-14, a Thursday of a year whose schedule is not known.
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        var resolution = DeadlineResolver.Resolve(Within(30, PeriodUnit.Days), Plan2021, assuming, Events(RelativeEvent.Unnamed, Day(2026, 12, 15)));

        resolution.DueDate.Should().Be(Day(2027, 1, 14));
        resolution.UnadjustedDueDate.Should().Be(Day(2027, 1, 14));
        resolution.SkippedDays.Should().BeEmpty();
        resolution.AssumedYears.Should().Equal(2027);
        resolution.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.DeadlineAssumedDays);
    }

    [Fact]
    public void A_rest_day_last_day_in_an_assumed_year_is_moved_and_flagged()
    {
        // 2026-12-15 + 32 days = Saturday 2027-01-16; assumed weekends, so the period ends on Monday 2027-01-18.
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        var resolution = DeadlineResolver.Resolve(Within(32, PeriodUnit.Days), Plan2021, assuming, Events(RelativeEvent.Unnamed, Day(2026, 12, 15)));

        resolution.UnadjustedDueDate.Should().Be(Day(2027, 1, 16));
        resolution.DueDate.Should().Be(Day(2027, 1, 18));
        resolution.SkippedDays.Select(d => (d.Date, d.Kind)).Should().Equal((Day(2027, 1, 16), DayKind.Weekend), (Day(2027, 1, 17), DayKind.Weekend));
        resolution.AssumedYears.Should().Equal(2027);
        resolution.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.DeadlinePeriodEndMoved, DiagnosticCodes.DeadlineAssumedDays);
    }

    [Fact]
    public void A_period_may_end_on_the_last_supported_day_but_not_after_it()
    {
        // 9999-12-31 is a Friday (the last day .NET can represent, famously a Friday); 9999-12-30 a Thursday.
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        Count(assuming, 10, PeriodUnit.Days, Day(9999, 12, 21)).DueDate.Should().Be(Day(9999, 12, 31));
        Count(assuming, 10, PeriodUnit.Days, Day(9999, 12, 22)).Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        Count(assuming, 1, PeriodUnit.Weeks, Day(9999, 12, 24)).DueDate.Should().Be(Day(9999, 12, 31));
        Count(assuming, 1, PeriodUnit.Weeks, Day(9999, 12, 25)).Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        Count(assuming, 1, PeriodUnit.Months, Day(9999, 11, 30)).DueDate.Should().Be(Day(9999, 12, 30));
        Count(assuming, 1, PeriodUnit.Months, Day(9999, 12, 1)).Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        Count(assuming, 1, PeriodUnit.Years, Day(9998, 12, 30)).DueDate.Should().Be(Day(9999, 12, 30));
        Count(assuming, 1, PeriodUnit.Years, Day(9999, 1, 1)).Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
    }

    [Fact]
    public void Working_days_in_a_known_year_assume_nothing()
    {
        var resolution = DeadlineResolver.Resolve(Within(1, PeriodUnit.WorkingDays), Plan2021, China, Events(RelativeEvent.Unnamed, Day(2021, 6, 8)));

        resolution.DueDate.Should().Be(Day(2021, 6, 9));
        resolution.AssumedYears.Should().BeEmpty();
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_monthly_rule_with_a_day_keeps_its_day_when_its_alternative_is_less_frequent()
    {
        var resolution = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Monthly, day: 25, alternative: RecurrenceFrequency.Quarterly), Plan2021, China);

        resolution.Frequency.Should().Be(RecurrenceFrequency.Monthly);
        resolution.Occurrences.Select(o => o.DueDate).Should().Equal(Enumerable.Range(1, 12).Select(m => Day(2021, m, 25)));
        resolution.Diagnostics.Should().ContainSingle().Which.MessageEn.Should().Be(
            "The time limit \"每月25日前或按季度\" allows two frequencies; the stricter, more frequent one is followed: monthly.");
    }

    [Fact]
    public void A_day_written_for_the_less_frequent_rule_does_not_carry_over_to_its_alternative()
    {
        var rule = new DeadlineRule.Recurring(RecurrenceFrequency.Quarterly, dueDay: 15, alternative: RecurrenceFrequency.Monthly);

        var resolution = DeadlineResolver.Resolve(rule, Plan2021, China);

        resolution.Frequency.Should().Be(RecurrenceFrequency.Monthly);
        resolution.Occurrences.Select(o => o.DueDate).Should().Equal(
            Day(2021, 1, 31), Day(2021, 2, 28), Day(2021, 3, 31), Day(2021, 4, 30), Day(2021, 5, 31), Day(2021, 6, 30),
            Day(2021, 7, 31), Day(2021, 8, 31), Day(2021, 9, 30), Day(2021, 10, 31), Day(2021, 11, 30), Day(2021, 12, 31));
        resolution.Diagnostics.Should().ContainSingle().Which.MessageEn.Should().Be(
            "The time limit \"每季度15日前或按月\" allows two frequencies; the stricter, more frequent one is followed: monthly.");
    }

    [Fact]
    public void A_named_month_falls_due_in_the_same_position_within_each_period()
    {
        // September is the third month of the second half, so the first half falls due in its third month, March.
        DeadlineResolver.Resolve(new DeadlineRule.Recurring(RecurrenceFrequency.HalfYearly, 9, 15), Plan2021, China).Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 1, 1), Day(2021, 6, 30), Day(2021, 3, 15)),
            new DeadlineOccurrence(Day(2021, 7, 1), Day(2021, 12, 31), Day(2021, 9, 15)));

        // February is the second month of the first quarter: the second month of each quarter.
        DeadlineResolver.Resolve(new DeadlineRule.Recurring(RecurrenceFrequency.Quarterly, 2, 10), Plan2021, China).Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 1, 1), Day(2021, 3, 31), Day(2021, 2, 10)),
            new DeadlineOccurrence(Day(2021, 4, 1), Day(2021, 6, 30), Day(2021, 5, 10)),
            new DeadlineOccurrence(Day(2021, 7, 1), Day(2021, 9, 30), Day(2021, 8, 10)),
            new DeadlineOccurrence(Day(2021, 10, 1), Day(2021, 12, 31), Day(2021, 11, 10)));
    }

    [Fact]
    public void The_29th_of_February_each_year_falls_on_the_28th_in_common_years()
    {
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Yearly, month: 2, day: 29), Plan2021, China, window: new DateInterval(Day(2023, 1, 1), Day(2024, 12, 31)))
            .Occurrences.Should().Equal(
                new DeadlineOccurrence(Day(2023, 1, 1), Day(2023, 12, 31), Day(2023, 2, 28)),
                new DeadlineOccurrence(Day(2024, 1, 1), Day(2024, 12, 31), Day(2024, 2, 29)));
    }

    [Fact]
    public void Occurrences_due_on_the_first_or_last_day_of_the_window_are_listed()
    {
        Monthly(Day(2021, 1, 31), Day(2021, 2, 28)).Should().Equal(Day(2021, 1, 31), Day(2021, 2, 28));
        Monthly(Day(2021, 1, 31), Day(2021, 1, 31)).Should().Equal(Day(2021, 1, 31));
        Monthly(Day(2021, 2, 1), Day(2021, 2, 27)).Should().BeEmpty();
    }

    [Fact]
    public void A_window_of_one_month_lists_its_occurrence_with_the_months_period()
    {
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Monthly), Plan2021, China, window: new DateInterval(Day(2021, 2, 1), Day(2021, 2, 28)))
            .Occurrences.Should().Equal(new DeadlineOccurrence(Day(2021, 2, 1), Day(2021, 2, 28), Day(2021, 2, 28)));
    }

    [Fact]
    public void A_window_starting_mid_week_lists_the_whole_week_it_is_in()
    {
        // Wednesday 2021-12-29: its week runs Monday 12-27 to Sunday 2022-01-02.
        Weekly(Day(2021, 12, 29), Day(2022, 1, 9)).Should().Equal(
            new DeadlineOccurrence(Day(2021, 12, 27), Day(2022, 1, 2), Day(2022, 1, 2)),
            new DeadlineOccurrence(Day(2022, 1, 3), Day(2022, 1, 9), Day(2022, 1, 9)));
        Weekly(Day(2022, 1, 2), Day(2022, 1, 2)).Should().Equal(new DeadlineOccurrence(Day(2021, 12, 27), Day(2022, 1, 2), Day(2022, 1, 2)));
        Weekly(Day(2022, 1, 3), Day(2022, 1, 8)).Should().BeEmpty();
    }

    [Fact]
    public void Exactly_ten_thousand_daily_occurrences_are_not_cut_short()
    {
        // 2000-01-01 + 9,999 days: 24 years to 2024-01-01 (8,766 days), 2024-2026 (1,096), then 137 days into 2027: 18 May.
        var full = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Daily), Plan2021, China, window: new DateInterval(Day(2000, 1, 1), Day(2027, 5, 18)));
        full.Occurrences.Should().HaveCount(10_000);
        full.Occurrences[9_999].DueDate.Should().Be(Day(2027, 5, 18));
        full.Diagnostics.Should().BeEmpty();

        var cut = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Daily), Plan2021, China, window: new DateInterval(Day(2000, 1, 1), Day(2027, 5, 19)));
        cut.Occurrences.Should().HaveCount(10_000);
        cut.Diagnostics.Should().ContainSingle().Which.MessageEn.Should().Be(
            "The window holds too many occurrences; only the first 10000 are listed (up to 2027-05-18).");
    }

    [Fact]
    public void Weekly_and_monthly_series_are_cut_short_at_ten_thousand_too()
    {
        var weekly = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Weekly), Plan2021, China, window: new DateInterval(Day(2000, 1, 1), Day(2400, 1, 1)));
        weekly.Occurrences.Should().HaveCount(10_000);
        weekly.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineSeriesTruncated);

        // 10,000 months from January 2000 end with April 2833.
        var monthly = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Monthly), Plan2021, China, window: new DateInterval(Day(2000, 1, 1), Day(3000, 1, 1)));
        monthly.Occurrences.Should().HaveCount(10_000);
        monthly.Occurrences[9_999].DueDate.Should().Be(Day(2833, 4, 30));
        monthly.Diagnostics.Should().ContainSingle().Which.MessageEn.Should().Be(
            "The window holds too many occurrences; only the first 10000 are listed (up to 2833-04-30).");
    }

    [Fact]
    public void A_series_reaches_the_last_supported_year()
    {
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Yearly), Plan2021, China, window: new DateInterval(Day(9998, 1, 1), Day(9999, 12, 31)))
            .Occurrences.Should().Equal(
                new DeadlineOccurrence(Day(9998, 1, 1), Day(9998, 12, 31), Day(9998, 12, 31)),
                new DeadlineOccurrence(Day(9999, 1, 1), Day(9999, 12, 31), Day(9999, 12, 31)));
        Monthly(Day(9999, 11, 1), Day(9999, 12, 31)).Should().Equal(Day(9999, 11, 30), Day(9999, 12, 31));
    }

    [Fact]
    public void Each_occurrence_carries_only_the_number_of_its_own_standing()
    {
        // As of 2021-09-15: Q1 (3-31) 30 + 31 + 30 + 31 + 31 + 15 = 168 days overdue; Q2 (6-30) 31 + 31 + 15 = 77;
        // Q3 (9-30) due in 15 days, inside the 30-day window; Q4 (12-31) 15 + 31 + 30 + 31 = 107 days away.
        var standing = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Quarterly), Plan2021, China).StandingAt(Day(2021, 9, 15));

        standing.Occurrences.Select(o => (o.Kind, o.DaysUntilDue, o.DaysOverdue, o.DaysLate)).Should().Equal(
            (StandingKind.Overdue, (int?)null, (int?)168, (int?)null),
            (StandingKind.Overdue, null, 77, null),
            (StandingKind.DueSoon, 15, null, null),
            (StandingKind.NotYetDue, 107, null, null));
        (standing.DaysUntilDue, standing.DaysOverdue, standing.DaysLate).Should().Be(((int?)null, (int?)null, (int?)null));
        standing.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void A_late_occurrence_carries_only_its_days_late()
    {
        var standing = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Quarterly), Plan2021, China)
            .StandingAt(Day(2021, 7, 15), o => o.DueDate == Day(2021, 3, 31) ? Day(2021, 4, 3) : null);

        standing.Occurrences[0].Should().Be(new OccurrenceStanding(
            new DeadlineOccurrence(Day(2021, 1, 1), Day(2021, 3, 31), Day(2021, 3, 31)), StandingKind.CompletedLate, Day(2021, 4, 3), null, null, 3));
        standing.CompletedOn.Should().BeNull();
    }

    [Fact]
    public void A_completion_after_the_as_of_date_is_not_yet_a_completion()
    {
        var standing = DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China).StandingAt(Day(2021, 10, 1), Day(2021, 10, 2));

        standing.IsCompleted.Should().BeFalse();
        standing.CompletedOn.Should().BeNull();
        standing.Kind.Should().Be(StandingKind.DueSoon);
        standing.DaysUntilDue.Should().Be(30);
    }

    [Fact]
    public void A_one_date_task_judged_with_a_function_uses_the_date_it_gives()
    {
        var onTime = DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China).StandingAt(Day(2021, 11, 30), _ => Day(2021, 10, 31));
        onTime.Kind.Should().Be(StandingKind.CompletedOnTime);
        onTime.CompletedOn.Should().Be(Day(2021, 10, 31));

        var notYet = DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China).StandingAt(Day(2021, 11, 30), _ => null);
        notYet.Kind.Should().Be(StandingKind.Overdue);
        notYet.DaysOverdue.Should().Be(30);
    }

    [Fact]
    public void Standings_differ_when_any_one_part_differs()
    {
        var resolution = DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China);
        resolution.StandingAt(Day(2021, 9, 1), dueSoonDays: 30).Should().NotBe(resolution.StandingAt(Day(2021, 9, 1), dueSoonDays: 31));
        (resolution.StandingAt(Day(2021, 9, 1)) == resolution.StandingAt(Day(2021, 9, 1))).Should().BeTrue();
        (resolution.StandingAt(Day(2021, 9, 1)) != resolution.StandingAt(Day(2021, 9, 1))).Should().BeFalse();
        (resolution.StandingAt(Day(2021, 9, 1)) != resolution.StandingAt(Day(2021, 9, 2))).Should().BeTrue();
        resolution.StandingAt(Day(2021, 9, 1)).GetHashCode().Should().Be(resolution.StandingAt(Day(2021, 9, 1)).GetHashCode());
        resolution.StandingAt(Day(2021, 9, 1)).Equals((object)resolution.StandingAt(Day(2021, 9, 1))).Should().BeTrue();
        resolution.StandingAt(Day(2021, 9, 1)).Equals((object)resolution).Should().BeFalse();

        var continuous = DeadlineResolver.Resolve(Continuous, Plan2021, China);
        continuous.StandingAt(Day(2021, 9, 1), Day(2021, 6, 1)).Should().NotBe(continuous.StandingAt(Day(2021, 9, 1), Day(2021, 6, 2)));

        var series = DeadlineResolver.Resolve(Every(RecurrenceFrequency.Quarterly), Plan2021, China);
        series.StandingAt(Day(2021, 7, 15), _ => Day(2021, 7, 1)).Should().NotBe(series.StandingAt(Day(2021, 7, 15), _ => Day(2021, 7, 2)));
        series.StandingAt(Day(2021, 7, 15), _ => Day(2021, 7, 1)).Should().Be(series.StandingAt(Day(2021, 7, 15), _ => Day(2021, 7, 1)));
    }

    [Fact]
    public void Resolutions_differ_when_any_one_part_differs()
    {
        var rule = YearEnd(Year(2020));
        var in2021 = DeadlineResolver.Resolve(rule, Plan2021, China);

        in2021.Should().Be(DeadlineResolver.Resolve(rule, new DeadlineContext(2021), China));
        in2021.Should().NotBe(DeadlineResolver.Resolve(rule, new DeadlineContext(2022), China));
        (in2021 != DeadlineResolver.Resolve(rule, new DeadlineContext(2022), China)).Should().BeTrue();
        (in2021 != DeadlineResolver.Resolve(rule, new DeadlineContext(2021), China)).Should().BeFalse();
        in2021.Equals((object)DeadlineResolver.Resolve(rule, new DeadlineContext(2021), China)).Should().BeTrue();
        in2021.Equals((object)rule).Should().BeFalse();
        in2021.Should().NotBe(DeadlineResolver.Resolve(YearEnd(Year(2019)), Plan2021, China));
        DeadlineResolver.Resolve(Unspecified, Plan2021, China).Should().NotBe(DeadlineResolver.Resolve(YearEnd(), Plan2021, China));

        var monthly = Every(RecurrenceFrequency.Monthly);
        DeadlineResolver.Resolve(monthly, Plan2021, China).Should().NotBe(
            DeadlineResolver.Resolve(monthly, Plan2021, China, window: new DateInterval(Day(2021, 1, 1), Day(2021, 6, 30))));
        DeadlineResolver.Resolve(monthly, Plan2021, China).GetHashCode().Should().Be(DeadlineResolver.Resolve(monthly, Plan2021, China).GetHashCode());

        var approved = Within(30, PeriodUnit.Days, RelativeEvent.Approved);
        DeadlineResolver.Resolve(approved, Plan2021, China, Events(RelativeEvent.Approved, Day(2021, 6, 1)))
            .Should().NotBe(DeadlineResolver.Resolve(approved, Plan2021, China, Events(RelativeEvent.Approved, Day(2021, 6, 2))));
    }

    [Fact]
    public void An_occurrence_gives_its_period_as_an_interval()
    {
        var occurrence = new DeadlineOccurrence(Day(2021, 4, 1), Day(2021, 6, 30), Day(2021, 6, 25));

        (occurrence.Period.Start, occurrence.Period.End).Should().Be((Day(2021, 4, 1), Day(2021, 6, 30)));
    }

    [Fact]
    public void A_search_result_makes_milestones_of_its_fixed_deadlines_only()
    {
        var result = DeadlineText.FindInRequirement("7月底前提出方案，收到后3日内答复，10月底前完成。", Plan2021);

        result.Deadlines.Select(d => d.Rule).Should().Equal(MonthEnd(7), Within(3, PeriodUnit.Days, RelativeEvent.Received), MonthEnd(10));
        result.ToMilestones().Should().Be(Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")));
        DeadlineText.FindInRequirement("收到后3日内答复。", Plan2021).ToMilestones().Should().BeNull();
    }

    private static IEnumerable<LocalDate> Monthly(LocalDate start, LocalDate end) =>
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Monthly), Plan2021, China, window: new DateInterval(start, end)).Occurrences.Select(o => o.DueDate);

    private static IReadOnlyList<DeadlineOccurrence> Weekly(LocalDate start, LocalDate end) =>
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Weekly), Plan2021, China, window: new DateInterval(start, end)).Occurrences;

    private static DeadlineResolution Count(IWorkingDayCalendar calendar, int amount, PeriodUnit unit, LocalDate eventDay) =>
        DeadlineResolver.Resolve(Within(amount, unit), Plan2021, calendar, Events(RelativeEvent.Unnamed, eventDay));

    private static IReadOnlyDictionary<RelativeEvent, LocalDate> Events(RelativeEvent @event, LocalDate date) =>
        new Dictionary<RelativeEvent, LocalDate> { [@event] = date };
}
