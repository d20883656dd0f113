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

/// <summary>The standing of a task at a date: every kind, the inclusive boundaries, the numbers counted by hand.</summary>
public class TaskStandingTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Plan2021 = new(2021);

    /// <summary>10月底前 in 2021 is due on Sunday 2021-10-31: as-of, completion (or null), window, kind, days.</summary>
    public static TheoryData<LocalDate, LocalDate?, int, StandingKind, int?> OctoberEnd => new()
    {
        { Day(2021, 9, 30), null, 30, StandingKind.NotYetDue, 31 },      // one day outside the window
        { Day(2021, 10, 1), null, 30, StandingKind.DueSoon, 30 },        // as-of + 30 = due: inside, inclusive
        { Day(2021, 10, 31), null, 30, StandingKind.DueSoon, 0 },        // due today: due soon, not overdue
        { Day(2021, 11, 1), null, 30, StandingKind.Overdue, 1 },
        { Day(2021, 12, 31), null, 30, StandingKind.Overdue, 61 },       // 30 (Nov) + 31 (Dec)
        { Day(2021, 11, 30), Day(2021, 10, 31), 30, StandingKind.CompletedOnTime, null }, // done on the due day
        { Day(2021, 11, 30), Day(2021, 3, 1), 30, StandingKind.CompletedOnTime, null },
        { Day(2021, 11, 30), Day(2021, 11, 1), 30, StandingKind.CompletedLate, 1 },
        { Day(2021, 11, 30), Day(2021, 11, 5), 30, StandingKind.CompletedLate, 5 },
        { Day(2021, 11, 1), Day(2021, 11, 5), 30, StandingKind.Overdue, 1 },   // completed after the as-of date: not yet
        { Day(2021, 10, 10), Day(2021, 10, 20), 30, StandingKind.DueSoon, 21 },
        { Day(2021, 10, 31), Day(2021, 10, 31), 30, StandingKind.CompletedOnTime, null }, // completed on the as-of date counts
        { Day(2021, 10, 30), null, 0, StandingKind.NotYetDue, 1 },
        { Day(2021, 10, 31), null, 0, StandingKind.DueSoon, 0 },
        { Day(2021, 9, 30), null, 31, StandingKind.DueSoon, 31 },
    };

    [Theory]
    [MemberData(nameof(OctoberEnd))]
    public void A_task_with_one_due_date_stands_by_the_inclusive_rules(LocalDate asOf, LocalDate? completedOn, int window, StandingKind kind, int? days)
    {
        var standing = DeadlineResolver.StandingAt(MonthEnd(10), Plan2021, China, asOf, completedOn, dueSoonDays: window);

        standing.Kind.Should().Be(kind);
        standing.AsOf.Should().Be(asOf);
        standing.DueDate.Should().Be(Day(2021, 10, 31));
        standing.DueSoonDays.Should().Be(window);
        var numbers = (standing.DaysUntilDue, standing.DaysOverdue, standing.DaysLate);
        numbers.Should().Be(kind switch
        {
            StandingKind.NotYetDue or StandingKind.DueSoon => (days, (int?)null, (int?)null),
            StandingKind.Overdue => (null, days, null),
            StandingKind.CompletedLate => (null, null, days),
            _ => (null, null, null),
        });
        standing.IsCompleted.Should().Be(kind is StandingKind.CompletedOnTime or StandingKind.CompletedLate);
    }

    [Fact]
    public void The_default_window_is_thirty_days()
    {
        TaskStanding.DefaultDueSoonDays.Should().Be(30);
        Resolve("10月底前").StandingAt(Day(2021, 10, 1)).DueSoonDays.Should().Be(30);
    }

    [Fact]
    public void A_continuous_task_is_ongoing_with_or_without_a_completion_date()
    {
        var resolution = Resolve("持续推进");

        resolution.StandingAt(Day(2021, 9, 30)).Kind.Should().Be(StandingKind.Ongoing);
        var done = resolution.StandingAt(Day(2021, 9, 30), Day(2021, 6, 1));
        done.Kind.Should().Be(StandingKind.Ongoing);
        done.CompletedOn.Should().Be(Day(2021, 6, 1));
        done.DueDate.Should().BeNull();
    }

    [Fact]
    public void A_task_without_a_time_limit_is_judged_against_the_default_and_says_so()
    {
        var standing = Resolve(string.Empty).StandingAt(Day(2021, 12, 1));

        standing.Kind.Should().Be(StandingKind.DueSoon);
        standing.DaysUntilDue.Should().Be(30);
        standing.IsDefaultDueDate.Should().BeTrue();
        standing.ToText(CultureInfo.InvariantCulture).Should().Be(
            "Due soon: due 2021-12-31, in 30 days (as of 2021-12-01). The due date is the plan's default: no time limit is written.");
    }

    [Theory]
    [InlineData("自收到留言咨询之日起3个工作日内", DeadlineResolutionKind.NeedsEventDate)]
    [InlineData("印发后一个月内", DeadlineResolutionKind.NeedsEventDate)]
    [InlineData("视情况而定", DeadlineResolutionKind.Unrecognized)]
    public void Without_a_due_date_the_standing_is_undetermined_and_says_why(string phrase, DeadlineResolutionKind why)
    {
        var standing = Resolve(phrase).StandingAt(Day(2021, 9, 30), Day(2021, 9, 1));

        standing.Kind.Should().Be(StandingKind.Undetermined);
        standing.Resolution.Kind.Should().Be(why);
        standing.DueDate.Should().BeNull();
        standing.DaysOverdue.Should().BeNull();
        standing.CompletedOn.Should().Be(Day(2021, 9, 1));
    }

    [Fact]
    public void A_count_the_calendar_does_not_cover_is_undetermined()
    {
        var events = new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Approved] = Day(2026, 12, 15) };

        var standing = DeadlineResolver.StandingAt(Within(20, PeriodUnit.WorkingDays, RelativeEvent.Approved), Plan2021, China, Day(2027, 3, 1), eventDates: events);

        standing.Kind.Should().Be(StandingKind.Undetermined);
        standing.Resolution.Kind.Should().Be(DeadlineResolutionKind.OutsideCalendar);
        standing.ToText(CultureInfo.InvariantCulture).Should().Be(
            "Undetermined: there is no due date to judge against (the calendar does not cover the count; as of 2027-03-01).");
    }

    [Fact]
    public void Milestones_are_judged_by_the_last_steps_date()
    {
        // 8-15 → 10-31: 16 + 30 + 31 = 77 days
        var standing = Resolve("7月底前提出方案，10月底前完成").StandingAt(Day(2021, 8, 15));

        standing.Kind.Should().Be(StandingKind.NotYetDue);
        standing.DaysUntilDue.Should().Be(77);
    }

    [Fact]
    public void Each_occurrence_of_a_recurring_task_has_its_own_standing()
    {
        // As of 2021-07-15: Q1 (3-31) 30 + 31 + 30 + 15 = 106 days overdue; Q2 (6-30) 15; Q3 (9-30) 16 + 31 + 30 = 77
        // days away; Q4 (12-31) 77 + 31 + 30 + 31 = 169.
        var standing = Resolve("每季度").StandingAt(Day(2021, 7, 15));

        standing.Kind.Should().Be(StandingKind.Recurring);
        standing.DueDate.Should().BeNull();
        standing.Occurrences.Select(o => (o.Occurrence.DueDate, o.Kind, o.DaysOverdue ?? o.DaysUntilDue)).Should().Equal(
            (Day(2021, 3, 31), StandingKind.Overdue, 106),
            (Day(2021, 6, 30), StandingKind.Overdue, 15),
            (Day(2021, 9, 30), StandingKind.NotYetDue, 77),
            (Day(2021, 12, 31), StandingKind.NotYetDue, 169));
    }

    [Fact]
    public void Occurrences_can_each_have_a_completion_date()
    {
        var completions = new Dictionary<LocalDate, LocalDate>
        {
            [Day(2021, 3, 31)] = Day(2021, 3, 25),
            [Day(2021, 6, 30)] = Day(2021, 7, 2),
            [Day(2021, 9, 30)] = Day(2021, 8, 1), // after the as-of date: not yet
        };

        var standing = Resolve("每季度").StandingAt(Day(2021, 7, 15), o => completions.TryGetValue(o.DueDate, out var d) ? d : null);

        standing.Occurrences.Select(o => (o.Kind, o.CompletedOn, o.DaysLate)).Should().Equal(
            (StandingKind.CompletedOnTime, Day(2021, 3, 25), (int?)null),
            (StandingKind.CompletedLate, Day(2021, 7, 2), 2),
            (StandingKind.NotYetDue, (LocalDate?)null, (int?)null),
            (StandingKind.NotYetDue, (LocalDate?)null, (int?)null));
        standing.ToText(CultureInfo.InvariantCulture).Should().Be(
            "Recurring: 4 occurrences as of 2021-07-15: 2 not yet due, 1 completed on time, 1 completed late.\n"
            + "  2021-01-01 to 2021-03-31: due 2021-03-31, completed on time on 2021-03-25\n"
            + "  2021-04-01 to 2021-06-30: due 2021-06-30, completed 2 days late on 2021-07-02\n"
            + "  2021-07-01 to 2021-09-30: due 2021-09-30, not yet due, in 77 days\n"
            + "  2021-10-01 to 2021-12-31: due 2021-12-31, not yet due, in 169 days");
    }

    [Fact]
    public void One_completion_date_for_a_recurring_task_completes_every_occurrence_on_that_date()
    {
        // Done on 2021-06-30: Q1 (3-31) 30 + 31 + 30 = 91 days late; Q2 on its due day; Q3 and Q4 before theirs.
        var standing = Resolve("每季度").StandingAt(Day(2021, 7, 15), Day(2021, 6, 30));

        standing.Occurrences.Select(o => (o.Kind, o.DaysLate)).Should().Equal(
            (StandingKind.CompletedLate, 91),
            (StandingKind.CompletedOnTime, (int?)null),
            (StandingKind.CompletedOnTime, null),
            (StandingKind.CompletedOnTime, null));
    }

    [Fact]
    public void For_a_task_with_one_due_date_the_function_is_asked_once_about_that_date()
    {
        var asked = new List<DeadlineOccurrence>();

        var standing = Resolve("10月底前").StandingAt(Day(2021, 11, 30), o =>
        {
            asked.Add(o);
            return Day(2021, 11, 2);
        });

        asked.Should().Equal(new DeadlineOccurrence(Day(2021, 10, 31), Day(2021, 10, 31), Day(2021, 10, 31)));
        standing.DaysLate.Should().Be(2);
    }

    [Fact]
    public void Standings_read_in_Chinese_and_English()
    {
        var overdue = Resolve("6月底前").StandingAt(Day(2021, 9, 30));
        overdue.ToText(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("已逾期 92 天：截止日期 2021-06-30（截至 2021-09-30）。");
        overdue.ToText(CultureInfo.InvariantCulture).Should().Be("Overdue by 92 days: due 2021-06-30 (as of 2021-09-30).");
        overdue.ToString().Should().Be("Overdue by 92 days: due 2021-06-30 (as of 2021-09-30).");

        var late = Resolve("6月底前").StandingAt(Day(2021, 9, 30), Day(2021, 7, 1));
        late.ToText(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("逾期完成：2021-07-01 完成，超期 1 天，截止日期 2021-06-30（截至 2021-09-30）。");
        late.ToText(CultureInfo.GetCultureInfo("en-GB")).Should().Be("Completed 1 day late on 2021-07-01: due 2021-06-30 (as of 2021-09-30).");

        var today = Resolve("6月底前").StandingAt(Day(2021, 6, 30));
        today.ToText(CultureInfo.InvariantCulture).Should().Be("Due soon: due today, 2021-06-30 (as of 2021-06-30).");
        today.ToText(CultureInfo.GetCultureInfo("zh-TW")).Should().Be("即将到期：截止日期 2021-06-30，即今天（截至 2021-06-30）。");
    }

    [Fact]
    public void A_named_null_completion_picks_the_single_date_overload_and_a_null_function_is_a_programmer_error()
    {
        Resolve("年底前").StandingAt(Day(2021, 12, 31), completedOn: null).Kind.Should().Be(StandingKind.DueSoon);
        FluentActions.Invoking(() => Resolve("年底前").StandingAt(Day(2021, 1, 1), occurrenceCompletedOn: null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("occurrenceCompletedOn");
    }

    [Fact]
    public void A_negative_window_is_a_programmer_error()
    {
        FluentActions.Invoking(() => Resolve("年底前").StandingAt(Day(2021, 1, 1), dueSoonDays: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonDays");
        FluentActions.Invoking(() => DeadlineResolver.StandingAt(YearEnd(), Plan2021, China, Day(2021, 1, 1), dueSoonDays: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonDays");
    }

    [Fact]
    public void Equal_inputs_give_equal_standings()
    {
        Resolve("每季度").StandingAt(Day(2021, 7, 15)).Should().Be(Resolve("每季度").StandingAt(Day(2021, 7, 15)));
        Resolve("年底前").StandingAt(Day(2021, 7, 15)).Should().NotBe(Resolve("年底前").StandingAt(Day(2021, 7, 16)));
    }

    private static DeadlineResolution Resolve(string phrase) =>
        DeadlineResolver.Resolve(DeadlineText.Parse(phrase, Plan2021).Rule, Plan2021, China);
}
