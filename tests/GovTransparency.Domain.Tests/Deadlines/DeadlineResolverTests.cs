using System;
using System.Collections.Generic;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>What each kind of time limit resolves to: one due date, a default, milestones, none, and why not.</summary>
public class DeadlineResolverTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Plan2021 = new(2021);

    public static TheoryData<string, LocalDate> FixedPhrases => new()
    {
        { "年底前", Day(2021, 12, 31) },
        { "10月底前", Day(2021, 10, 31) },
        { "2020年9月底前", Day(2020, 9, 30) },
        { "10月30日前", Day(2021, 10, 30) },
        { "三季度末前", Day(2021, 9, 30) },
        { "上半年", Day(2021, 6, 30) },
        { "6月上旬前", Day(2021, 6, 10) },
        { "6月至7月", Day(2021, 7, 31) },
        { "2021—2025年", Day(2025, 12, 31) },
        { "次年1月31日前", Day(2022, 1, 31) },
        { "11月底前完成", Day(2021, 11, 30) },
    };

    [Theory]
    [MemberData(nameof(FixedPhrases))]
    public void A_fixed_time_limit_resolves_to_one_due_date_with_no_diagnostics(string phrase, LocalDate due)
    {
        var resolution = Resolve(phrase);

        resolution.Kind.Should().Be(DeadlineResolutionKind.DueDate);
        resolution.DueDate.Should().Be(due);
        resolution.HasDueDate.Should().BeTrue();
        resolution.TryGetDueDate(out var date).Should().BeTrue();
        date.Should().Be(due);
        resolution.IsDefault.Should().BeFalse();
        resolution.Diagnostics.Should().BeEmpty();
        resolution.PlanYear.Should().Be(2021);
    }

    [Fact]
    public void An_empty_time_limit_takes_the_plans_default_year_end_and_says_it_is_a_default()
    {
        var resolution = Resolve(string.Empty);

        resolution.Kind.Should().Be(DeadlineResolutionKind.DefaultDueDate);
        resolution.DueDate.Should().Be(Day(2021, 12, 31));
        resolution.IsDefault.Should().BeTrue();
        var diagnostic = resolution.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineDefaultDueDate);
        diagnostic.Code.Should().Be("GT0420");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.MessageZh.Should().Be("未写明时限要求，截止日期 2021-12-31 为计划默认时限（当年年底），并非计划原文所写。");
    }

    [Fact]
    public void Milestones_give_each_steps_date_and_the_last_step_is_the_tasks_due_date()
    {
        var resolution = Resolve("7月底前提出方案，10月底前完成");

        resolution.Kind.Should().Be(DeadlineResolutionKind.Milestones);
        resolution.Milestones.Should().Equal(
            new MilestoneDueDate(new Milestone(MonthEnd(7), "提出方案"), Day(2021, 7, 31)),
            new MilestoneDueDate(new Milestone(MonthEnd(10), "完成"), Day(2021, 10, 31)));
        resolution.DueDate.Should().Be(Day(2021, 10, 31));
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Milestones_whose_last_step_is_not_the_latest_keep_the_last_step_and_warn()
    {
        var rule = Steps((MonthEnd(11), "完成"), (MonthEnd(7), "总结"));

        var resolution = DeadlineResolver.Resolve(rule, Plan2021, China);

        resolution.DueDate.Should().Be(Day(2021, 7, 31));
        var diagnostic = resolution.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineMilestonesOutOfOrder);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_continuous_time_limit_has_no_due_date()
    {
        var resolution = Resolve("持续推进");

        resolution.Kind.Should().Be(DeadlineResolutionKind.Continuous);
        resolution.DueDate.Should().BeNull();
        resolution.TryGetDueDate(out _).Should().BeFalse();
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Unrecognised_text_has_no_due_date_and_keeps_the_text()
    {
        var resolution = Resolve("视情况而定");

        resolution.Kind.Should().Be(DeadlineResolutionKind.Unrecognized);
        resolution.DueDate.Should().BeNull();
        resolution.Rule.Should().Be(Unrecognized("视情况而定"));
        var diagnostic = resolution.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineNoDueDate);
        diagnostic.Subject.Should().Be("视情况而定");
    }

    [Fact]
    public void A_relative_time_limit_without_its_event_date_names_the_event_it_needs()
    {
        var resolution = Resolve("批复后20日内");

        resolution.Kind.Should().Be(DeadlineResolutionKind.NeedsEventDate);
        resolution.Event.Should().Be(RelativeEvent.Approved);
        resolution.EventDate.Should().BeNull();
        resolution.DueDate.Should().BeNull();
        resolution.Diagnostics.Should().ContainSingle().Which.MessageZh.Should().Be(
            "时限要求“批复后20日内”自批复之日起算，该日期未知；给出该日期后才能确定截止日期。");
    }

    [Fact]
    public void Resolving_is_a_pure_function_equal_results_for_equal_arguments()
    {
        var events = new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Approved] = Day(2021, 9, 1) };
        var rule = Within(30, PeriodUnit.Days, RelativeEvent.Approved);

        var first = DeadlineResolver.Resolve(rule, Plan2021, China, events);
        var second = DeadlineResolver.Resolve(rule, new DeadlineContext(2021), ChinaCalendar.Default, new Dictionary<RelativeEvent, LocalDate>(events));

        second.Should().Be(first);
        (second == first).Should().BeTrue();
        second.GetHashCode().Should().Be(first.GetHashCode());
        Resolve("年底前").Should().NotBe(Resolve("10月底前"));
    }

    [Fact]
    public void Dates_of_other_calendar_systems_are_read_as_the_same_days()
    {
        var julian = Day(2021, 9, 1).WithCalendar(CalendarSystem.Julian);
        var events = new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Approved] = julian };

        var resolution = DeadlineResolver.Resolve(Within(30, PeriodUnit.Days, RelativeEvent.Approved), Plan2021, China, events);

        resolution.DueDate.Should().Be(Day(2021, 10, 8));
        resolution.StandingAt(Day(2021, 10, 9).WithCalendar(CalendarSystem.Julian)).DaysOverdue.Should().Be(1);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors_naming_the_parameter()
    {
        FluentActions.Invoking(() => DeadlineResolver.Resolve(null!, Plan2021, China)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
        FluentActions.Invoking(() => DeadlineResolver.Resolve(YearEnd(), null!, China)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => DeadlineResolver.Resolve(YearEnd(), Plan2021, null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    [Fact]
    public void The_default_value_is_not_a_resolution()
    {
        var none = default(DeadlineResolution);

        none.Kind.Should().Be((DeadlineResolutionKind)0);
        none.DueDate.Should().BeNull();
        FluentActions.Invoking(() => none.Rule).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => none.StandingAt(Day(2021, 1, 1))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_context_names_the_plans_default_due_date_and_its_year()
    {
        Plan2021.DefaultDueDate.Should().Be(Day(2021, 12, 31));
        (Plan2021.PlanYearDates.Start, Plan2021.PlanYearDates.End).Should().Be((Day(2021, 1, 1), Day(2021, 12, 31)));
    }

    [Theory]
    [InlineData("年底前", true)]
    [InlineData("次年1月31日前", true)]
    [InlineData("2022年11—12月", false)]
    [InlineData("6月至7月", true)]
    [InlineData("2020年底前", false)]
    [InlineData("2021年6月底前完成初稿，年底前定稿", false)]
    [InlineData("7月底前提出方案，10月底前完成", true)]
    [InlineData("每月", true)]
    [InlineData("", true)]
    [InlineData("印发后一个月内", false)]
    [InlineData("持续推进", false)]
    [InlineData("视情况而定", false)]
    public void A_rule_says_whether_resolving_it_needs_the_plan_year(string phrase, bool uses)
    {
        DeadlineText.Parse(phrase, Plan2021).Rule.UsesPlanYear.Should().Be(uses);
    }

    [Fact]
    public void Only_the_end_of_a_span_decides_whether_it_needs_the_plan_year()
    {
        Span(MonthEnd(6), MonthEnd(7, Year(2022))).UsesPlanYear.Should().BeFalse();
        Span(MonthEnd(6, Year(2022)), MonthEnd(7)).UsesPlanYear.Should().BeTrue();
    }

    private static DeadlineResolution Resolve(string phrase) =>
        DeadlineResolver.Resolve(DeadlineText.Parse(phrase, Plan2021).Rule, Plan2021, China);
}
