using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Testing.TestPlans;

namespace GovTransparency.Domain.Testing.Tests;

public class PlanFixtureTests
{
    [Fact]
    public void A_plan_from_rows_has_one_section_and_one_subsection_holding_the_tasks_in_order()
    {
        var plan = Plan(2021,
            Task(1, "公开财政预决算", "10月底前", "区财政局"),
            Task(2, "做好政策解读", "持续推进", "区政府办公室"));

        plan.Year.Should().Be(2021);
        plan.Title.Should().Be("2021年政务公开工作要点（测试）");
        plan.IssuedOn.Should().BeNull();
        plan.Sections.Should().ContainSingle();
        var section = plan.Sections[0];
        section.Number.Should().Be(new ChineseOrdinal(1));
        section.Title.Should().Be("测试工作");
        section.Tasks.Should().BeEmpty();
        section.Subsections.Should().ContainSingle();
        section.Subsections[0].Number.Should().Be(new ChineseOrdinal(1));
        section.Subsections[0].Title.Should().Be("测试任务");
        section.Subsections[0].Tasks.Select(t => t.Number).Should().Equal(new TaskNumber(1), new TaskNumber(2));

        var first = section.Subsections[0].Tasks[0];
        first.Requirement.Should().Be("公开财政预决算");
        first.TimeLimitText.Should().Be("10月底前");
        first.Assignments.Should().Equal(new Assignment(new Unit("区财政局"), UnitRole.Lead));
    }

    [Fact]
    public void A_plan_from_rows_passes_the_library_validation_without_errors()
    {
        var plan = ForYear(2021)
            .IssuedOn(new LocalDate(2021, 6, 9))
            .Task(1, "公开财政预决算", "10月底前", "区财政局")
            .Task(2, "做好政策解读", "持续推进", "区政府办公室", t => t.Responsible("区政府各部门"))
            .Section("加强平台建设")
            .Task(3, "优化政府网站", "年底前", "区数据资源局")
            .Build();

        PlanValidator.Default.Validate(plan).HasErrors.Should().BeFalse();
    }

    // Due dates worked out by hand from DOMAIN.md's table, for a 2021 plan issued on Wednesday 9 June 2021.
    [Theory]
    [InlineData("年底前", "2021-12-31")]
    [InlineData("10月底前", "2021-10-31")]
    [InlineData("2021年9月底前", "2021-09-30")]
    [InlineData("10月30日前", "2021-10-30")]
    [InlineData("上半年", "2021-06-30")]
    [InlineData("三季度末前", "2021-09-30")]
    [InlineData("印发后一个月内", "2021-07-09")]
    [InlineData("印发后5个工作日内", "2021-06-16")]
    [InlineData("7月底前提出方案，10月底前完成", "2021-10-31")]
    [InlineData("", "2021-12-31")]
    public void Time_limits_are_read_as_written_against_the_plan_year_and_issue_date(string timeLimit, string due)
    {
        var plan = ForYear(2021).IssuedOn(new LocalDate(2021, 6, 9)).Task(1, "任务", timeLimit, "区财政局").Build();
        var task = plan.EnumerateTasks().Single().Task;

        var resolution = DeadlineResolver.Resolve(task.Deadline, new DeadlineContext(2021, plan.IssuedOn), TestCalendars.WeekendsOnly);

        resolution.DueDate.Should().Be(LocalDatePattern(due));
        task.TimeLimitText.Should().Be(timeLimit);
    }

    [Fact]
    public void Continuous_and_unrecognised_time_limits_have_no_due_date_and_keep_their_text()
    {
        var plan = Plan(2021, Task(1, "任务", "持续推进", "区财政局"), Task(2, "任务", "视情况而定", "区财政局"));
        var tasks = plan.EnumerateTasks().Select(l => l.Task).ToList();

        tasks[0].Deadline.Should().BeOfType<DeadlineRule.Continuous>();
        tasks[1].Deadline.Should().BeOfType<DeadlineRule.Unrecognized>();
        tasks[1].TimeLimitText.Should().Be("视情况而定");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_lead_means_a_task_without_a_lead(string lead)
    {
        var plan = Plan(2021, Task(1, "任务", "年底前", lead));

        plan.EnumerateTasks().Single().Task.Assignments.Should().BeEmpty();
    }

    [Fact]
    public void Configure_sets_anything_else_on_a_task()
    {
        var plan = ForYear(2021)
            .Task(1, "任务", "年底前", "区发改委", t => t.Responsible("区市场监管局").Cooperating("各乡镇街").Title("标题"))
            .Build();
        var task = plan.EnumerateTasks().Single().Task;

        task.LeadUnits.Select(u => u.Name).Should().Equal("区发改委");
        task.ResponsibleUnits.Select(u => u.Name).Should().Equal("区市场监管局");
        task.CooperatingUnits.Select(u => u.Name).Should().Equal("各乡镇街");
        task.Title.Should().Be("标题");
    }

    [Fact]
    public void Tasks_without_a_number_follow_the_previous_one()
    {
        var plan = ForYear(2021)
            .Task("甲", "年底前", "区财政局")
            .Task(5, "乙", "年底前", "区财政局")
            .Task("丙", "年底前", "区财政局")
            .Build();

        plan.EnumerateTasks().Select(l => l.Task.Number.Value).Should().Equal(1, 5, 6);
    }

    [Fact]
    public void Sections_and_subsections_are_numbered_in_order_and_tasks_go_into_the_current_one()
    {
        var plan = ForYear(2021)
            .Task(1, "甲", "年底前", "区财政局")
            .Section("加强政策解读")
            .Task(2, "乙", "年底前", "区财政局")
            .Subsection("做好回应关切")
            .Task(3, "丙", "年底前", "区财政局")
            .Build();

        plan.Sections.Select(s => s.Title).Should().Equal("测试工作", "加强政策解读");
        plan.Sections.Select(s => s.Number).Should().Equal(new ChineseOrdinal(1), new ChineseOrdinal(2));
        plan.Sections[1].Subsections.Select(s => s.Title).Should().Equal("测试任务", "做好回应关切");
        plan.Sections[1].Subsections.Select(s => s.Number).Should().Equal(new ChineseOrdinal(1), new ChineseOrdinal(2));
        plan.EnumerateTasks().Select(l => (l.SectionIndex, l.SubsectionIndex, l.Task.Number.Value))
            .Should().Equal((0, 0, 1), (1, 0, 2), (1, 1, 3));
    }

    [Fact]
    public void A_section_or_subsection_named_before_any_task_replaces_the_default()
    {
        var plan = ForYear(2021).Section("一节").Subsection("一小节").Task(1, "甲", "年底前", "区财政局").Build();

        plan.Sections.Should().ContainSingle().Which.Title.Should().Be("一节");
        plan.Sections[0].Subsections.Should().ContainSingle().Which.Title.Should().Be("一小节");
    }

    [Fact]
    public void A_plan_without_tasks_still_has_its_section_and_subsection()
    {
        var plan = ForYear(2021).Build();

        plan.TaskCount.Should().Be(0);
        plan.Sections.Should().ContainSingle().Which.Subsections.Should().ContainSingle();
    }

    [Fact]
    public void Title_issue_date_and_the_library_builder_can_be_set()
    {
        var plan = ForYear(2020)
            .Title("泗县2020年政务公开重点工作任务分工")
            .IssuedOn(new LocalDate(2020, 9, 27))
            .Configure(p => p.IssuedBy("泗县人民政府办公室").WithDocumentNumber(new DocumentNumber("泗政办秘", 2020, 49)))
            .Build();

        plan.Title.Should().Be("泗县2020年政务公开重点工作任务分工");
        plan.IssuedOn.Should().Be(new LocalDate(2020, 9, 27));
        plan.IssuingAuthority.Should().Be("泗县人民政府办公室");
        plan.DocumentNumber.Should().Be(new DocumentNumber("泗政办秘", 2020, 49));
    }

    [Fact]
    public void The_fixture_can_build_again_and_gives_an_equal_plan()
    {
        var fixture = ForYear(2021).Task(1, "甲", "10月底前", "区财政局");

        fixture.Build().Should().Be(fixture.Build());
    }

    [Fact]
    public void Programmer_errors_throw_naming_the_parameter()
    {
        FluentActions.Invoking(() => Task(1, null!, "年底前", "区财政局")).Should().Throw<ArgumentNullException>().WithParameterName("requirement");
        FluentActions.Invoking(() => Task(1, "甲", null!, "区财政局")).Should().Throw<ArgumentNullException>().WithParameterName("timeLimit");
        FluentActions.Invoking(() => Task(1, "甲", "年底前", null!)).Should().Throw<ArgumentNullException>().WithParameterName("lead");
        FluentActions.Invoking(() => Task(0, "甲", "年底前", "区财政局")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        FluentActions.Invoking(() => Task(100_000, "甲", "年底前", "区财政局")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        FluentActions.Invoking(() => Plan(2021, null!)).Should().Throw<ArgumentNullException>().WithParameterName("tasks");
        FluentActions.Invoking(() => Plan(2021, new TaskFixture[] { null! })).Should().Throw<ArgumentException>().WithParameterName("tasks");
        FluentActions.Invoking(() => ForYear(1948)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => ForYear(9999)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => ForYear(2021).Title(null!)).Should().Throw<ArgumentNullException>().WithParameterName("title");
        FluentActions.Invoking(() => ForYear(2021).Section(null!)).Should().Throw<ArgumentNullException>().WithParameterName("title");
        FluentActions.Invoking(() => ForYear(2021).Subsection(null!)).Should().Throw<ArgumentNullException>().WithParameterName("title");
        FluentActions.Invoking(() => ForYear(2021).Configure(null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
        FluentActions.Invoking(() => ForYear(2021).Task((TaskFixture)null!)).Should().Throw<ArgumentNullException>().WithParameterName("task");
    }

    [Fact]
    public void Any_text_in_a_row_builds_a_plan()
    {
        var texts = ArbMap.Default.ArbFor<string>().Filter(s => s is not null);
        Properties.Check(Prop.ForAll(texts, texts, texts, (requirement, timeLimit, lead) =>
        {
            var plan = ForYear(2021).IssuedOn(new LocalDate(2021, 6, 9)).Task(1, requirement, timeLimit, lead).Build();
            var task = plan.EnumerateTasks().Single().Task;
            return task.Requirement == requirement && task.TimeLimitText == timeLimit
                && task.LeadUnits.Select(u => u.Name).SequenceEqual(string.IsNullOrWhiteSpace(lead) ? Array.Empty<string>() : new[] { lead });
        }), maxTest: 300);
    }

    private static LocalDate LocalDatePattern(string iso) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
