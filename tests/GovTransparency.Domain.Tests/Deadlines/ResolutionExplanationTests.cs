using System;
using System.Collections.Generic;
using System.Globalization;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>Explanations of resolutions for display: the rule, the anchor, the Civil Code step, the days skipped and why.</summary>
public class ResolutionExplanationTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Plan2021 = new(2021);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void A_fixed_date_names_the_plan_year_and_says_it_is_not_moved()
    {
        var resolution = DeadlineResolver.Resolve(MonthEnd(10), Plan2021, China);

        resolution.Explain(English).Should().Be(
            "Time limit: 10月底前 (by 31 October of the plan year).\n"
            + "Plan year 2021: due 2021-10-31.\n"
            + "A fixed date is kept as written, even on a weekend or holiday (Civil Code art. 203 moves only the end of a period).");
        resolution.Explain(Chinese).Should().Be(
            "时限要求：10月底前。\n"
            + "计划年度 2021 年：截止日期 2021-10-31。\n"
            + "固定日期按原文执行，落在周末或节假日也不顺延（《民法典》第二百零三条只顺延期间的最后一日）。");
    }

    [Fact]
    public void A_fixed_date_with_its_year_written_out_does_not_name_the_plan_year()
    {
        DeadlineResolver.Resolve(MonthEnd(9, Year(2020)), Plan2021, China).Explain(English).Should().Be(
            "Time limit: 2020年9月底前 (by 30 September 2020).\n"
            + "Due 2020-09-30.\n"
            + "A fixed date is kept as written, even on a weekend or holiday (Civil Code art. 203 moves only the end of a period).");
    }

    [Fact]
    public void A_period_moved_off_National_Day_lists_the_holiday_it_skipped()
    {
        var resolution = DeadlineResolver.Resolve(
            Within(30, PeriodUnit.Days, RelativeEvent.Approved), Plan2021, China, Events(RelativeEvent.Approved, Day(2021, 9, 1)));

        resolution.Explain(English).Should().Be(
            "Time limit: 批复后30日内 (within 30 days from approval).\n"
            + "Counted from approval (批复) on 2021-09-01; that day is not counted (Civil Code art. 201).\n"
            + "30 days after 2021-09-01: the period's last day is 2021-10-01.\n"
            + "2021-10-01 is a statutory holiday (国庆节), so the period ends on the first working day after it, 2021-10-08 (art. 203):\n"
            + "  2021-10-01 to 2021-10-07  skipped 7 days: holiday 国庆节\n"
            + "Due 2021-10-08.");
        resolution.Explain(Chinese).Should().Be(
            "时限要求：批复后30日内。\n"
            + "自批复之日 2021-09-01 起算，当日不计入（《民法典》第二百零一条）。\n"
            + "2021-09-01 后 30 日，期间的最后一日为 2021-10-01。\n"
            + "2021-10-01 是法定节假日（国庆节），以其后第一个工作日 2021-10-08 为期间的最后一日（第二百零三条）：\n"
            + "  2021-10-01 至 2021-10-07  跳过 7 天：放假（国庆节）\n"
            + "截止日期 2021-10-08。");
    }

    [Fact]
    public void A_month_counted_from_the_issue_date_names_the_corresponding_day()
    {
        var context = new DeadlineContext(2021, Day(2021, 6, 9));

        DeadlineResolver.Resolve(Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), context, China).Explain(Chinese).Should().Be(
            "时限要求：印发后1个月内。\n"
            + "自印发之日 2021-06-09（计划印发日期）起算，当日不计入（《民法典》第二百零一条）。\n"
            + "2021-06-09 后 1 个月，以到期月的对应日 2021-07-09 为期间的最后一日（第二百零二条）。\n"
            + "2021-07-09 是工作日，不顺延（第二百零三条只顺延落在休息日的最后一日）。\n"
            + "截止日期 2021-07-09。");
    }

    [Fact]
    public void A_month_without_a_corresponding_day_ends_on_its_last_day_and_a_weekend_moves_it()
    {
        var context = new DeadlineContext(2021, Day(2021, 1, 31));

        DeadlineResolver.Resolve(Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued), context, China).Explain(English).Should().Be(
            "Time limit: 印发后1个月内 (within 1 month after the plan is issued).\n"
            + "Counted from the plan's issue (印发) on 2021-01-31 (the plan's issue date); that day is not counted (Civil Code art. 201).\n"
            + "1 month after 2021-01-31: the last month has no corresponding day, so the period ends on that month's last day, 2021-02-28 (art. 202).\n"
            + "2021-02-28 is a weekend rest day, so the period ends on the first working day after it, 2021-03-01 (art. 203):\n"
            + "  2021-02-28  skipped 1 day: weekend\n"
            + "Due 2021-03-01.");
    }

    [Fact]
    public void A_working_day_count_reuses_the_calendars_explanation()
    {
        var rule = Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询");

        DeadlineResolver.Resolve(rule, Plan2021, China, Events(RelativeEvent.Received, Day(2024, 9, 27))).Explain(English).Should().Be(
            "Time limit: 自收到留言咨询之日起3个工作日内 (within 3 working days from receipt (收到留言咨询)).\n"
            + "Counted from receipt (收到留言咨询) on 2024-09-27; that day is not counted (Civil Code art. 201).\n"
            + "2024-09-27 + 3 working days = 2024-10-08 (the start day is not counted).\n"
            + "  2024-09-28  skipped 1 day: weekend\n"
            + "  2024-09-29  counted 1 working day: weekend working day for 国庆节 (调休)\n"
            + "  2024-09-30  counted 1 working day\n"
            + "  2024-10-01 to 2024-10-07  skipped 7 days: holiday 国庆节\n"
            + "  2024-10-08  counted 1 working day\n"
            + "Due 2024-10-08.");
    }

    [Fact]
    public void Assumed_days_are_noted()
    {
        var assuming = China.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);

        DeadlineResolver.Resolve(Within(30, PeriodUnit.Days), Plan2021, assuming, Events(RelativeEvent.Unnamed, Day(2026, 12, 15)))
            .Explain(English).Should().EndWith(
                "2027-01-14 is a working day, so it stays (art. 203 moves only a last day that is a rest day).\n"
                + "Note: no official holiday schedule is known for 2027; plain Monday-to-Friday weeks were assumed for those days.\n"
                + "Due 2027-01-14.");
    }

    [Fact]
    public void The_default_due_date_is_explained_as_a_default()
    {
        DeadlineResolver.Resolve(Unspecified, Plan2021, China).Explain(English).Should().Be(
            "Time limit: none written.\n"
            + "The plan's default applies, the end of plan year 2021: due 2021-12-31 (a default, not a date the plan states).");
    }

    [Fact]
    public void Milestones_list_each_step()
    {
        DeadlineResolver.Resolve(Steps((MonthEnd(7), "提出方案"), (MonthEnd(10), "完成")), Plan2021, China).Explain(English).Should().Be(
            "Time limit: 7月底前提出方案，10月底前完成 (2 steps: by 31 July of the plan year, 提出方案; by 31 October of the plan year, 完成; "
            + "the last step's date is the task's due date).\n"
            + "Plan year 2021: 2 steps; the last step's date is the task's due date.\n"
            + "  1. 提出方案: 2021-07-31\n"
            + "  2. 完成: 2021-10-31\n"
            + "Due 2021-10-31.");
    }

    [Fact]
    public void A_series_lists_its_occurrences()
    {
        DeadlineResolver.Resolve(Every(RecurrenceFrequency.Quarterly), Plan2021, China).Explain(Chinese).Should().Be(
            "时限要求：每季度。\n"
            + "按季度：2021-01-01 至 2021-12-31 间共 4 次，各次截止日期按原文执行：\n"
            + "  2021-01-01 至 2021-03-31：截止 2021-03-31\n"
            + "  2021-04-01 至 2021-06-30：截止 2021-06-30\n"
            + "  2021-07-01 至 2021-09-30：截止 2021-09-30\n"
            + "  2021-10-01 至 2021-12-31：截止 2021-12-31");
    }

    [Fact]
    public void Missing_event_dates_unrecognised_text_and_coverage_say_why_there_is_no_due_date()
    {
        DeadlineResolver.Resolve(Within(20, PeriodUnit.Days, RelativeEvent.Approved), Plan2021, China).Explain(English).Should().Be(
            "Time limit: 批复后20日内 (within 20 days from approval).\n"
            + "Counted from approval (批复), whose date is not known: no due date until it is given.");
        DeadlineResolver.Resolve(Unrecognized("视情况而定"), Plan2021, China).Explain(Chinese).Should().Be(
            "时限要求：“视情况而定”。\n"
            + "无法识别为时限要求，原文已保留；没有截止日期。");
        DeadlineResolver.Resolve(Within(20, PeriodUnit.WorkingDays, RelativeEvent.Approved), Plan2021, China, Events(RelativeEvent.Approved, Day(2026, 12, 15)))
            .Explain(English).Should().StartWith(
                "Time limit: 批复后20个工作日内 (within 20 working days from approval).\n"
                + "Counted from approval (批复) on 2026-12-15; that day is not counted (Civil Code art. 201).\n"
                + "No due date. The working-day calendar has no official holiday schedule for 2027");
    }

    [Fact]
    public void Explaining_needs_a_culture()
    {
        FluentActions.Invoking(() => DeadlineResolver.Resolve(YearEnd(), Plan2021, China).Explain(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("culture");
    }

    private static IReadOnlyDictionary<RelativeEvent, LocalDate> Events(RelativeEvent @event, LocalDate date) =>
        new Dictionary<RelativeEvent, LocalDate> { [@event] = date };
}
