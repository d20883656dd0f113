using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Units;
using Xunit;
using static GovTransparency.Domain.Tests.Compliance.ComplianceFixtures;

namespace GovTransparency.Domain.Tests.Compliance;

public class ComplianceSummaryTests
{
    private static readonly Assignment OfficeLead = new(new Unit("区政府办公室"), UnitRole.Lead);
    private static readonly Assignment FinanceLead = new(new Unit("区财政局"), UnitRole.Lead);
    private static readonly Assignment AllDepartments = new(new Unit("区政府各部门", UnitKind.Collective), UnitRole.Responsible);
    private static readonly Assignment Towns = new(new Unit("各乡镇街", UnitKind.Collective), UnitRole.Responsible);

    [Fact]
    public void A_task_counts_once_for_each_role_a_unit_holds_in_it()
    {
        // 区政府办公室 leads task 1 and is also responsible for it, written twice as lead.
        var task = Task(1, October, "主动公开", OfficeLead, OfficeLead, new Assignment(new Unit("区政府办公室"), UnitRole.Responsible));

        var summary = PlanCompliance.Summarize(Plan(task), ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"));

        summary.ByLeadUnit.Should().ContainSingle().Which.Totals.Tasks.Should().Be(1);
        summary.ByResponsibleUnit.Should().ContainSingle().Which.Totals.Tasks.Should().Be(1);
        summary.ByUnit(UnitRole.Cooperating).Should().BeEmpty();
    }

    [Fact]
    public void Aliases_in_the_unit_directory_are_one_row_named_by_the_canonical_name_and_a_task_naming_both_counts_once()
    {
        var plan = Plan(
            Task(1, October, "甲", new Assignment(new Unit("县市监局"), UnitRole.Lead)),
            Task(2, October, "乙", new Assignment(new Unit("县市场监管局"), UnitRole.Lead)),
            Task(3, October, "丙", new Assignment(new Unit("县市监局"), UnitRole.Lead), new Assignment(new Unit("县市场监管局"), UnitRole.Lead)));
        var settings = new ComplianceSettings { Units = UnitDirectory.Empty.WithUnit("县市场监管局", "县市监局") };

        var rows = PlanCompliance.Summarize(plan, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"), settings).ByLeadUnit;

        rows.Should().ContainSingle();
        rows[0].Unit.Name.Should().Be("县市场监管局");
        rows[0].Role.Should().Be(UnitRole.Lead);
        rows[0].Totals.Tasks.Should().Be(3);
    }

    [Fact]
    public void Unit_rows_follow_the_order_in_which_units_first_appear_and_collectives_are_rows()
    {
        var plan = Plan(
            Task(1, October, "甲", FinanceLead, Towns),
            Task(2, October, "乙", OfficeLead, AllDepartments, Towns));

        var summary = PlanCompliance.Summarize(plan, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"));

        summary.ByLeadUnit.Select(r => r.Unit.Name).Should().Equal("区财政局", "区政府办公室");
        summary.ByResponsibleUnit.Select(r => (r.Unit.Name, r.Unit.Kind, r.Totals.Tasks)).Should().Equal(
            ("各乡镇街", UnitKind.Collective, 2), ("区政府各部门", UnitKind.Collective, 1));
    }

    [Fact]
    public void The_overdue_list_puts_the_most_days_overdue_first_then_plan_order()
    {
        var plan = Plan(Task(5, October), Task(6, June), Task(7, October), Task(8, YearEnd));
        var history = new ProgressHistory(new[] { Report("2021-09-30", (5, "正在进行"), (6, "正在进行"), (7, "暂未开展"), (8, "正在进行")) });

        var summary = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date("2021-11-15"));

        summary.Overdue.Select(t => (t.Number.Value, t.DaysOverdue)).Should().Equal((6, 138), (5, 15), (7, 15));
    }

    [Fact]
    public void The_due_soon_list_puts_the_soonest_first()
    {
        var plan = Plan(Task(1, YearEnd), Task(2, new GovTransparency.Domain.Deadlines.DeadlineRule.ByMonthEnd(GovTransparency.Domain.Deadlines.RuleYear.PlanYear, 11)), Task(3, October));

        var summary = PlanCompliance.Summarize(plan, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-20"), new ComplianceSettings { DueSoonDays = 90 });

        summary.DueSoon.Select(t => (t.Number.Value, t.DaysUntilDue)).Should().Equal((3, 11), (2, 41), (1, 72));
    }

    [Fact]
    public void Sections_count_their_subsections_tasks()
    {
        var plan = new WorkPlan("计划", 2021)
        {
            Sections = new[]
            {
                new Section(new ChineseOrdinal(1), "一") { Tasks = new[] { Task(1, October) } },
                new Section(new ChineseOrdinal(2), "二")
                {
                    Subsections = new[] { new Subsection(new ChineseOrdinal(1), "（一）") { Tasks = new[] { Task(2, October), Task(3, YearEnd) } } },
                },
            },
        };
        var history = new ProgressHistory(new[] { Report("2021-09-30", (1, "已完成"), (2, "已完成"), (3, "暂未开展")) });

        var sections = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date("2021-10-01")).BySection;

        sections.Select(s => (s.Index, s.Number.Value, s.Totals.Tasks, s.Totals.Completed, s.Totals.NotStarted)).Should().Equal(
            (0, 1, 1, 1, 0), (1, 2, 2, 1, 1));
    }

    [Fact]
    public void Rates_have_the_documented_denominators()
    {
        // 1 on time, 1 late, 1 undetermined, 2 overdue, 1 not yet due, 1 continuous.
        var plan = Plan(Task(1, October), Task(2, June), Task(3, June), Task(4, October), Task(5, October), Task(6, YearEnd), Task(7, Continuous));
        var history = new ProgressHistory(new[]
        {
            Report("2021-06-30", (2, "正在进行")),
            Report("2021-09-30", (1, "已完成"), (2, "已完成"), (3, "已完成"), (4, "正在进行"), (6, "正在进行"), (7, "正在进行")),
        });

        var totals = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date("2021-11-01")).Totals;

        (totals.Completed, totals.CompletedOnTime, totals.CompletedLate, totals.CompletedUndetermined).Should().Be((3, 1, 1, 1));
        (totals.Overdue, totals.NotYetDue, totals.Ongoing, totals.Unknown, totals.Unreported).Should().Be((2, 1, 1, 1, 1));
        totals.CompletionRate.Should().BeApproximately(3.0 / 7, 1e-12);
        totals.OnTimeRate.Should().BeApproximately(1.0 / 4, 1e-12); // on time ÷ (on time + late + overdue)
    }

    [Fact]
    public void Rates_are_undefined_without_a_denominator()
    {
        var totals = PlanCompliance.Summarize(new WorkPlan("空", 2021), ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01")).Totals;

        totals.Tasks.Should().Be(0);
        totals.CompletionRate.Should().BeNull();
        totals.OnTimeRate.Should().BeNull();
    }

    [Fact]
    public void Changes_are_reported_against_the_previous_report_and_compare_summaries_of_any_two_dates()
    {
        var plan = Plan(Task(1, October), Task(2, October), Task(3, YearEnd));
        var history = new ProgressHistory(new[]
        {
            Report("2021-09-30", (1, "正在进行"), (2, "正在进行"), (3, "正在进行")),
            Report("2021-10-31", (1, "已完成"), (2, "正在进行"), (3, "正在进行")),
        });

        var november = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date("2021-11-02"));

        november.LatestReportOn.Should().Be(Date("2021-10-31"));
        november.Changes!.Since.Should().Be(Date("2021-09-30"));
        november.Changes.AsOf.Should().Be(Date("2021-11-02"));
        november.Changes.BecameCompleted.Select(t => t.Number.Value).Should().Equal(1);
        november.Changes.SlippedToOverdue.Select(t => t.Number.Value).Should().Equal(2);

        var september = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, Date("2021-10-01"));
        september.Changes.Should().BeNull("there is no report before the September one");
        ComplianceChanges.Between(november, november).IsEmpty.Should().BeTrue();
        ComplianceChanges.Between(september, november).SlippedToOverdue.Select(t => t.Number.Value).Should().Equal(2);
    }

    [Fact]
    public void Without_any_report_every_task_is_unknown_and_unreported()
    {
        var summary = PlanCompliance.Summarize(Plan(Task(1, October), Task(2, Continuous)), ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"));

        summary.LatestReportOn.Should().BeNull();
        (summary.Totals.Unknown, summary.Totals.Unreported, summary.Totals.Silent).Should().Be((2, 2, 1));
        summary.Silent.Select(t => t.Number.Value).Should().Equal(2);
    }

    [Fact]
    public void The_excerpt_prefers_the_title_and_cuts_long_requirements_with_an_ellipsis()
    {
        var plain = PlanCompliance.StandingsAt(Plan(Task(1, October, "完成全年基层政务公开示范区和示范点创建工作，\n同步申报省级优秀示范区。")), ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01")).Single();
        plain.Excerpt(10).Should().Be("完成全年基层政务公开…");
        plain.Excerpt(100).Should().Be("完成全年基层政务公开示范区和示范点创建工作， 同步申报省级优秀示范区。");

        var titled = Task(1, October, "要求") with { Title = "公开目录" };
        PlanCompliance.StandingsAt(Plan(titled), ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01")).Single().Excerpt().Should().Be("公开目录");
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void Extreme_years_and_dates_never_throw(int year)
    {
        var rules = new[] { YearEnd, October, June, Continuous, Unspecified, MonthAfterIssue, Monthly, Unrecognized };
        var plan = new WorkPlan("计划", year)
        {
            Sections = new[] { new Section(new ChineseOrdinal(1), "一") { Tasks = rules.Select((r, i) => Task(i + 1, r)).ToList() } },
        };
        var history = new ProgressHistory(new[]
        {
            new ProgressReport(NodaTime.LocalDate.MinIsoValue) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(1), "已完成") } },
            new ProgressReport(NodaTime.LocalDate.MaxIsoValue) { Entries = rules.Select((_, i) => ProgressEntry.FromText(new TaskNumber(i + 1), i % 2 == 0 ? "已完成" : "正在进行")).ToList() },
        });

        foreach (var asOf in new[] { NodaTime.LocalDate.MinIsoValue, new NodaTime.LocalDate(year, 6, 30), NodaTime.LocalDate.MaxIsoValue })
        {
            var summary = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, asOf);
            summary.Totals.Tasks.Should().Be(rules.Length);
            ComplianceRenderer.ToJson(summary).Should().NotBeEmpty();
        }
    }
}
