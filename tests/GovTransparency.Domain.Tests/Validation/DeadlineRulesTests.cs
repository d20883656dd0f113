using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FluentValidation;
using FluentValidation.TestHelper;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT12xx: time limits checked against the plan they belong to (a 2021 plan issued on 2021-04-25).</summary>
public sealed class DeadlineRulesTests
{
    private const string Deadline = FirstTask + ".Deadline";
    private static readonly WorkPlanValidator Validator = new();

    private static TestValidationResult<WorkPlan> ValidateFirst(Func<WorkTask, WorkTask> change) =>
        Validator.TestValidate(WithFirstTask(change));

    [Fact]
    public void An_unrecognised_time_limit_is_a_warning_quoting_it()
    {
        var result = ValidateFirst(t => t.Due(new DeadlineRule.Unrecognized("视情况而定")));

        var failure = result.ShouldHaveValidationErrorFor(Deadline)
            .WithErrorCode(DiagnosticCodes.DeadlineUnrecognized).WithSeverity(Severity.Warning)
            .WithErrorMessage("The time limit \"视情况而定\" could not be understood, so the task has no due date.").Single();
        ((FindingState)failure.CustomState).Diagnostic.Subject.Should().Be("视情况而定");
        result.Others().Should().ContainSingle();
    }

    [Theory]
    [InlineData(3, 31)] // 3月底前 in a plan issued in April
    [InlineData(4, 24)]
    public void A_due_date_before_the_issue_date_is_a_warning(int month, int day)
    {
        var result = ValidateFirst(t => t.Due(new DeadlineRule.ByDate(RuleYear.PlanYear, month, day)));

        result.ShouldHaveValidationErrorFor(Deadline)
            .WithErrorCode(DiagnosticCodes.DeadlineBeforeIssue).WithSeverity(Severity.Warning);
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void The_warning_gives_both_dates_in_either_language()
    {
        var report = Validate(WithFirstTask(t => t.Due(MonthEnd(3))));

        var finding = report.WithCode(DiagnosticCodes.DeadlineBeforeIssue).Single();
        finding.MessageEn().Should().Be("The due date 2021-03-31 is before the plan's issue date 2021-04-25: the task was already late when the plan was issued.");
        finding.Diagnostic.MessageZh.Should().Be("完成期限 2021年3月31日 早于计划印发日期 2021年4月25日：印发时已经逾期。");
        finding.Task.Should().Be(new TaskNumber(1));
    }

    [Theory]
    [InlineData(4, 25)] // due on the day of issue
    [InlineData(4, 30)]
    public void A_due_date_on_or_after_the_issue_date_passes(int month, int day)
    {
        ValidateFirst(t => t.Due(new DeadlineRule.ByDate(RuleYear.PlanYear, month, day))).Others().Should().BeEmpty();
    }

    [Fact]
    public void Seed_002s_deadline_days_after_its_issue_is_not_past()
    {
        // 泗县 2020: issued 2020-09-27, task due 2020年9月底前.
        var plan = new WorkPlanBuilder("2020年政务公开重点工作任务分工", 2020)
            .IssuedOn(new LocalDate(2020, 9, 27))
            .AddSection("围绕贯彻落实党的十九届四中全会精神加强用权公开", s => s
                .AddSubsection("加强权力配置信息公开。", u => u
                    .AddTask("各行政机关依法公开工作职能、机构设置、办公地址等信息。", t => t.Responsible("县政府各部门")
                        .Deadline(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 9), "2020年\n9月\n底前"))))
            .Build();

        Validate(plan).Findings.Select(f => f.Code).Should().Equal(DiagnosticCodes.TaskNumberingDetected);
    }

    [Fact]
    public void Without_an_issue_date_nothing_is_past()
    {
        var plan = WithFirstTask(t => t.Due(MonthEnd(1))) with { IssuedOn = null };

        Validate(plan).WithCode(DiagnosticCodes.DeadlineBeforeIssue).Should().BeEmpty();
    }

    [Fact]
    public void Milestones_are_past_when_their_last_step_is()
    {
        var result = ValidateFirst(t => t.Due(Steps(MonthEnd(2), MonthEnd(3))));

        result.ShouldHaveValidationErrorFor(Deadline + ".Steps[1]").WithErrorCode(DiagnosticCodes.DeadlineBeforeIssue);
        result.Others().Should().ContainSingle();
        ValidateFirst(t => t.Due(Steps(MonthEnd(3), MonthEnd(7)))).Others().Should().BeEmpty("the task is late only when its last step is");
    }

    [Fact]
    public void A_year_earlier_than_the_plan_year_is_a_warning_and_not_also_past()
    {
        // 2011年底前 in a 2021 plan.
        var result = ValidateFirst(t => t.Due(new DeadlineRule.ByYearEnd(RuleYear.Of(2011))));

        result.ShouldHaveValidationErrorFor(Deadline)
            .WithErrorCode(DiagnosticCodes.DeadlineYearDiffers).WithSeverity(Severity.Warning)
            .WithErrorMessage("The time limit names the year 2011, earlier than the plan year 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void A_year_later_than_the_plan_year_is_worth_knowing()
    {
        var result = ValidateFirst(t => t.Due(new DeadlineRule.ByMonthEnd(RuleYear.Of(2022), 3)));

        result.ShouldHaveValidationErrorFor(Deadline)
            .WithErrorCode(DiagnosticCodes.DeadlineYearDiffers).WithSeverity(Severity.Info)
            .WithErrorMessage("The time limit names the year 2022, not the plan year 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Each_year_of_a_span_is_checked()
    {
        // 2021年11月至2022年1月
        var span = new DeadlineRule.Spanning(MonthEnd(11, 2021), MonthEnd(1, 2022));

        var result = ValidateFirst(t => t.Due(span));

        result.ShouldHaveValidationErrorFor(Deadline).WithErrorCode(DiagnosticCodes.DeadlineYearDiffers).WithSeverity(Severity.Info)
            .WithErrorMessage("The time limit names the year 2022, not the plan year 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void The_plan_year_written_out_and_the_next_year_unwritten_pass()
    {
        ValidateFirst(t => t.Due(new DeadlineRule.ByYearEnd(RuleYear.Of(2021)))).Others().Should().BeEmpty();
        ValidateFirst(t => t.Due(new DeadlineRule.ByDate(RuleYear.NextYear, 1, 31))).Others().Should().BeEmpty("次年1月31日前 writes no year");
    }

    [Fact]
    public void Milestones_out_of_order_are_an_error_at_the_step_that_goes_back()
    {
        var result = ValidateFirst(t => t.Due(Steps(MonthEnd(7), MonthEnd(10), MonthEnd(9))));

        result.ShouldHaveValidationErrorFor(Deadline + ".Steps[2]")
            .WithErrorCode(DiagnosticCodes.MilestonesOutOfOrder).WithSeverity(Severity.Error)
            .WithErrorMessage("Step 3 falls due on 2021-09-30, before the step written before it (2021-10-31).");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Milestones_in_order_or_on_one_date_pass()
    {
        ValidateFirst(t => t.Due(Steps(MonthEnd(7), MonthEnd(10)))).Others().Should().BeEmpty();
        ValidateFirst(t => t.Due(Steps(MonthEnd(10), new DeadlineRule.ByDate(RuleYear.PlanYear, 10, 31)))).Others().Should().BeEmpty();
    }

    [Fact]
    public void A_deadline_in_the_requirement_earlier_than_the_time_limit_column_is_a_warning()
    {
        var result = ValidateFirst(t => t with { Requirement = "2021年9月底前，区政府门户网站全部支持互联网协议第6版。" });

        result.ShouldHaveValidationErrorFor(FirstTask + ".Requirement")
            .WithErrorCode(DiagnosticCodes.RequirementDeadlineEarlier).WithSeverity(Severity.Warning)
            .WithErrorMessage("The requirement text sets the deadline \"2021年9月底前\" (2021-09-30), earlier than the time-limit column's due date 2021-12-31.");
        result.Others().Should().ContainSingle();
    }

    [Theory]
    [InlineData("2021年底前，区政府门户网站全部支持互联网协议第6版。")] // seed 000, task 23: the same date as 年底前
    [InlineData("区政府要在年内完成本级政务公开专区建设，有条件的乡镇、街道年底前可以先行建设政务公开专区。")] // task 33
    [InlineData("要于重点任务分工印发后一个月内梳理形成工作台账。")] // relative: not compared
    [InlineData("全面落实2020年政务公开重点工作任务。")] // a year, not a deadline
    public void Requirement_deadlines_no_earlier_than_the_column_pass(string requirement)
    {
        ValidateFirst(t => t with { Requirement = requirement }).Others().Should().BeEmpty();
    }

    [Fact]
    public void Requirement_deadlines_that_are_the_columns_own_milestones_pass()
    {
        // Seed 004: the deadlines live inside the text, and the time limit was read from it.
        var requirement = "7月底前提出市政府网站栏目设置优化提升方案，10月底前完成提升工作。";

        ValidateFirst(t => t.Due(Steps(MonthEnd(7), MonthEnd(10))) with { Requirement = requirement }).Others().Should().BeEmpty();
        ValidateFirst(t => (t with { Requirement = requirement }).Due(new DeadlineRule.Continuous())).Others().Should().BeEmpty("a continuous task has no date to compare");
        ValidateFirst(t => (t with { Requirement = requirement }).Due(MonthEnd(9))).ShouldHaveValidationErrorFor(FirstTask + ".Requirement")
            .WithErrorCode(DiagnosticCodes.RequirementDeadlineEarlier).When(f => f.ErrorMessage.Contains("\"7月底前\""));
    }

    [Fact]
    public void A_relative_limit_counted_from_an_issue_date_the_plan_gives_passes()
    {
        var rule = new DeadlineRule.Relative(RelativeEvent.PlanIssued, 1, PeriodUnit.Months);

        ValidateFirst(t => t.Due(rule)).Others().Should().BeEmpty();
    }

    [Fact]
    public void A_relative_limit_counted_from_an_event_the_plan_does_not_date_is_worth_knowing()
    {
        var issued = new DeadlineRule.Relative(RelativeEvent.PlanIssued, 1, PeriodUnit.Months);
        var received = new DeadlineRule.Relative(RelativeEvent.Received, 3, PeriodUnit.WorkingDays, "收到留言咨询");

        var noIssueDate = Validator.TestValidate(WithFirstTask(t => t.Due(issued)) with { IssuedOn = null });
        var otherEvent = ValidateFirst(t => t.Due(received));

        noIssueDate.ShouldHaveValidationErrorFor(Deadline).WithErrorCode(DiagnosticCodes.RelativeEventUnknown).WithSeverity(Severity.Info)
            .WithErrorMessage("The time limit \"印发后1个月内\" counts from an event whose date the plan does not give (the issue date is unknown), so the plan alone gives no due date.");
        otherEvent.ShouldHaveValidationErrorFor(Deadline).WithErrorCode(DiagnosticCodes.RelativeEventUnknown)
            .WithErrorMessage("The time limit \"自收到留言咨询之日起3个工作日内\" counts from an event whose date the plan does not give, so the plan alone gives no due date.");
    }

    [Fact]
    public void A_task_without_a_time_limit_gets_the_year_end_default_and_says_so()
    {
        var result = ValidateFirst(t => t with { Deadline = new DeadlineRule.Unspecified(), TimeLimitText = null });

        result.ShouldHaveValidationErrorFor(Deadline).WithErrorCode(DiagnosticCodes.DeadlineUnspecified).WithSeverity(Severity.Info)
            .WithErrorMessage("The task has no time limit; the plan's default applies: by the end of 2021.");
        result.Others().Should().ContainSingle();
    }

    [Fact]
    public void Continuous_and_recurring_limits_have_nothing_to_check()
    {
        ValidateFirst(t => t.Due(new DeadlineRule.Continuous())).Others().Should().BeEmpty();
        ValidateFirst(t => t.Due(new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, dueDay: 25))).Others().Should().BeEmpty();
    }

    /// <summary>
    /// Every kind of deadline, and what validation says about it in a 2021 plan issued 2021-04-25 when the kind is
    /// misused. A new kind fails this test until it is added here (and, if it has something to check, to
    /// <see cref="WorkTaskValidator"/>'s inheritance validator).
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, (DeadlineRule Rule, string? Code)> EveryKind = new Dictionary<Type, (DeadlineRule, string?)>
    {
        [typeof(DeadlineRule.ByYearEnd)] = (new DeadlineRule.ByYearEnd(RuleYear.Of(2011)), DiagnosticCodes.DeadlineYearDiffers),
        [typeof(DeadlineRule.ByMonthEnd)] = (MonthEnd(3), DiagnosticCodes.DeadlineBeforeIssue),
        [typeof(DeadlineRule.ByDate)] = (new DeadlineRule.ByDate(RuleYear.PlanYear, 4, 1), DiagnosticCodes.DeadlineBeforeIssue),
        [typeof(DeadlineRule.ByPeriodEnd)] = (new DeadlineRule.ByPeriodEnd(RuleYear.PlanYear, YearPeriod.FirstQuarter), DiagnosticCodes.DeadlineBeforeIssue),
        [typeof(DeadlineRule.ByTenDayPeriodEnd)] = (new DeadlineRule.ByTenDayPeriodEnd(RuleYear.PlanYear, 4, TenDayPeriod.Middle), DiagnosticCodes.DeadlineBeforeIssue),
        [typeof(DeadlineRule.Spanning)] = (new DeadlineRule.Spanning(MonthEnd(2), MonthEnd(3)), DiagnosticCodes.DeadlineBeforeIssue),
        [typeof(DeadlineRule.Continuous)] = (new DeadlineRule.Continuous(), null),
        [typeof(DeadlineRule.Recurring)] = (new DeadlineRule.Recurring(RecurrenceFrequency.Quarterly), null),
        [typeof(DeadlineRule.Relative)] = (new DeadlineRule.Relative(RelativeEvent.Approved, 20, PeriodUnit.Days), DiagnosticCodes.RelativeEventUnknown),
        [typeof(DeadlineRule.Milestones)] = (Steps(MonthEnd(10), MonthEnd(7)), DiagnosticCodes.MilestonesOutOfOrder),
        [typeof(DeadlineRule.Unspecified)] = (new DeadlineRule.Unspecified(), DiagnosticCodes.DeadlineUnspecified),
        [typeof(DeadlineRule.Unrecognized)] = (new DeadlineRule.Unrecognized("另行通知"), DiagnosticCodes.DeadlineUnrecognized),
    };

    [Fact]
    public void Every_kind_of_deadline_is_checked_through_the_inheritance_validator()
    {
        var kinds = typeof(DeadlineRule).GetNestedTypes().Where(t => !t.IsAbstract && typeof(DeadlineRule).IsAssignableFrom(t));
        EveryKind.Keys.Should().BeEquivalentTo(kinds);

        foreach (var (type, (rule, code)) in EveryKind)
        {
            var codes = Validate(WithFirstTask(t => t.Due(rule))).Findings.Select(f => f.Code).Where(c => c != DiagnosticCodes.TaskNumberingDetected);
            codes.Should().Equal(code is null ? Array.Empty<string>() : new[] { code }, type.Name);
        }
    }

    [Fact]
    public void Texts_skipped_without_a_scan_hold_no_fixed_deadline()
    {
        // The validator scans a requirement only when it names a date word and a marker; any text in which
        // FindInRequirement finds a fixed deadline must pass that filter.
        var fragments = Gen.Elements(
            "2021年底前", "年底前", "年内", "10月底前", "10月30日前", "于10月30日前", "三季度末", "第三季度末前", "上半年",
            "下半年底前", "6月上旬前", "5月29日、12月10日前", "6月至7月", "次年1月31日前", "2020年9月底前", "二〇二一年底前",
            "１０月底前", "印发后一个月内", "在1个工作日内", "每月", "按季度", "2021年4月9日", "十四五", "，", "。", "完成", "公开",
            "区政府", "各部门", "第", "季度", "月", "年", "内", "前", "末", "底", "止");
        var texts = Gen.ArrayOf(fragments).Select(parts => string.Concat(parts.Take(8)));
        Properties.Check(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var found = DeadlineText.FindInRequirement(text, new DeadlineContext(2021)).Deadlines.Any(d => d.Rule is DeadlineRule.Fixed);
            if (found)
            {
                WorkTaskValidator.MayHoldFixedDeadline(text).Should().BeTrue(text);
            }
        }), maxTest: 2000);
    }
}
