using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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

/// <summary>
/// Programmer errors in the compliance API: every null argument and out-of-range value throws, naming its parameter,
/// before any work is done (so that with several bad arguments the first one is named); and the one-line descriptions.
/// </summary>
public class ComplianceArgumentTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly WorkPlan OneTask = Plan(Task(1, October));

    /// <summary>A plan without tasks: nothing in it would touch the history or the calendar, so only the guards can throw.</summary>
    private static readonly WorkPlan NoTasks = new("空计划", 2021);

    private static readonly ComplianceSummary Summary = PlanCompliance.Summarize(OneTask, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"));

    public static IEnumerable<object[]> NullArguments() => new (string Parameter, Action Call)[]
    {
        ("before", () => ComplianceChanges.Between(null!, Summary)),
        ("after", () => ComplianceChanges.Between(Summary, null!)),
        ("summary", () => ComplianceRenderer.ToMarkdown(null!, English)),
        ("summary", () => ComplianceRenderer.ToCsv(null!, English)),
        ("summary", () => ComplianceRenderer.ToCsv(null!, null!)),
        ("culture", () => ComplianceRenderer.ToCsv(Summary, null!)),
        ("summary", () => ComplianceRenderer.WriteCsv(null!, new MemoryStream(), English)),
        ("summary", () => ComplianceRenderer.WriteCsv(null!, null!, null!)),
        ("stream", () => ComplianceRenderer.WriteCsv(Summary, null!, English)),
        ("stream", () => ComplianceRenderer.WriteCsv(Summary, null!, null!)),
        ("culture", () => ComplianceRenderer.WriteCsv(Summary, new MemoryStream(), null!)),
        ("summary", () => ComplianceRenderer.ToJson(null!)),
        ("summary", () => ComplianceRenderer.ToJson(null!, indented: false)),
        ("plan", () => PlanCompliance.StandingsAt(null!, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"))),
        ("history", () => PlanCompliance.StandingsAt(OneTask, null!, ChinaCalendar.Default, Date("2021-10-01"))),
        ("calendar", () => PlanCompliance.StandingsAt(NoTasks, ProgressHistory.Empty, null!, Date("2021-10-01"))),
        ("plan", () => PlanCompliance.Summarize(null!, ProgressHistory.Empty, ChinaCalendar.Default, Date("2021-10-01"))),
        ("history", () => PlanCompliance.Summarize(OneTask, (ProgressHistory)null!, ChinaCalendar.Default, Date("2021-10-01"))),
        ("calendar", () => PlanCompliance.Summarize(NoTasks, ProgressHistory.Empty, null!, Date("2021-10-01"))),
        ("plan", () => PlanCompliance.Summarize(null!, new ProgressReport(Date("2021-09-30")), ChinaCalendar.Default, Date("2021-10-01"))),
        ("report", () => PlanCompliance.Summarize(OneTask, (ProgressReport)null!, ChinaCalendar.Default, Date("2021-10-01"))),
        ("calendar", () => PlanCompliance.Summarize(NoTasks, new ProgressReport(Date("2021-09-30")), null!, Date("2021-10-01"))),
    }.Select((c, i) => new object[] { i, c.Parameter, c.Call });

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_null_argument_throws_naming_the_first_null_parameter(int row, string parameter, Action call)
    {
        FluentActions.Invoking(call).Should().Throw<ArgumentNullException>("row {0}", row).WithParameterName(parameter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void An_excerpt_shorter_than_one_character_is_out_of_range(int maxLength)
    {
        var task = Summary.Tasks[0];

        FluentActions.Invoking(() => task.Excerpt(maxLength))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxLength");
    }

    [Fact]
    public void An_excerpt_of_one_character_is_that_character_and_an_ellipsis()
    {
        Summary.Tasks[0].Excerpt(1).Should().Be("主…");
    }

    [Fact]
    public void An_undefined_unit_role_is_out_of_range()
    {
        FluentActions.Invoking(() => Summary.ByUnit((UnitRole)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role")
            .WithMessage("Unknown unit role.*");
    }

    [Fact]
    public void A_summary_describes_itself_in_one_English_line()
    {
        ComplianceSample.Summary().ToString().Should().Be("2021-10-15: 11 tasks, 4 completed, 3 overdue, 1 due soon");
    }

    [Theory]
    [InlineData(0, "1: CompletedOnTime (due 2021-10-31)")]
    [InlineData(5, "6: Overdue (due 2021-09-30)")]
    [InlineData(6, "7: Ongoing")]
    [InlineData(8, "9: NotYetDue (due 2021-12-31)")]
    [InlineData(9, "10: NoDueDate")]
    public void A_task_describes_its_standing_and_due_date_in_one_line(int index, string expected)
    {
        ComplianceSample.Summary().Tasks[index].ToString().Should().Be(expected);
    }

    [Fact]
    public void Only_a_task_completed_late_has_days_late()
    {
        var tasks = ComplianceSample.Summary().Tasks;

        tasks.Select(t => t.DaysLate).Should().Equal(null, 63, null, null, null, null, null, null, null, null, null);
    }

    [Fact]
    public void A_task_no_report_mentions_has_no_report_date()
    {
        var tasks = ComplianceSample.Summary().Tasks;

        tasks.Where(t => !t.IsReported).Select(t => (t.Number.Value, t.ReportedOn)).Should().Equal((6, (NodaTime.LocalDate?)null), (8, null));
    }
}
