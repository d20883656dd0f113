using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>The seeds' real mistakes are found, and nothing they do right is an error.</summary>
public sealed class SeedValidationTests
{
    [Fact]
    public void The_hand_built_seed_000_has_its_52_tasks_in_the_documents_order()
    {
        var plan = Yeji2021Plan.Plan();

        plan.TaskCount.Should().Be(52);
        plan.EnumerateTasks().Select(l => l.Task.Number.Value).Should().Equal(Enumerable.Range(1, 52));
        plan.Sections.Select(s => s.Subsections.Count).Should().Equal(5, 5, 2, 3, 3, 4);
    }

    [Fact]
    public void Seed_000s_only_error_is_the_second_subsection_two_of_section_two()
    {
        var report = PlanValidator.Default.Validate(Yeji2021Plan.Plan(), new[] { Yeji2021Plan.September() });

        report.WithSeverity(DiagnosticSeverity.Error).Select(f => (f.Code, f.Path)).Should().Equal(
            (DiagnosticCodes.OrdinalRepeatedWithDifferentTitle, "Sections[1].Subsections[2].Number"));
        var error = report.WithSeverity(DiagnosticSeverity.Error)[0];
        error.MessageEn().Should().Be(
            "The subsection number （二） (2) is used twice with different titles: \"持续加强重大政策发布解读。\" and \"不断提升政策解读质量效果。\".");
        error.Diagnostic.MessageZh.Should().Be("小节序号「（二）」重复使用，标题不同：「持续加强重大政策发布解读。」与「不断提升政策解读质量效果。」。");
        report.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Seed_000s_repeated_titles_are_warnings_and_nothing_else_is()
    {
        var report = PlanValidator.Default.Validate(Yeji2021Plan.Plan(), new[] { Yeji2021Plan.September() });

        // 一 (三) and (四) are both 做好财政信息公开; 二 (一) and the first (二) are both 持续加强重大政策发布解读.
        report.WithSeverity(DiagnosticSeverity.Warning).Select(f => (f.Code, f.Path, f.Subject)).Should().Equal(
            (DiagnosticCodes.TitleRepeated, "Sections[0].Subsections[3].Title", "做好财政信息公开。"),
            (DiagnosticCodes.TitleRepeated, "Sections[1].Subsections[1].Title", "持续加强重大政策发布解读。"));
        report.WithSeverity(DiagnosticSeverity.Warning)[0].MessageEn().Should().Be(
            "The subsections （三） and （四） have the same title: \"做好财政信息公开。\".");
    }

    [Fact]
    public void Seed_000_is_numbered_through_the_plan_and_its_september_report_is_understood()
    {
        var report = PlanValidator.Default.Validate(Yeji2021Plan.Plan(), new[] { Yeji2021Plan.September() });

        report.TaskNumbering.Should().Be(TaskNumberingScheme.ThroughPlan);
        report.WithSeverity(DiagnosticSeverity.Info).Select(f => (f.Code, f.Path)).Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, "Sections"));
        report.WithSeverity(DiagnosticSeverity.Info)[0].MessageEn().Should().Be("Tasks are numbered through the whole plan (52 tasks).");
    }

    /// <summary>Seed 002, 泗县 2020: section 一 with tasks 1–8 as written; task 7 alone names 县开发区管委会.</summary>
    private static WorkPlan Sixian2020Excerpt()
    {
        const string Usual = "县政府各部门、各乡镇人民政府、县经济开发区管委会";
        var context = new DeadlineContext(2020, new LocalDate(2020, 9, 27));
        WorkTask Task(int number, string requirement, string cell, string timeLimit) => new(new TaskNumber(number), requirement)
        {
            Assignments = AssignmentText.Parse(cell).Assignments,
            Deadline = DeadlineText.Parse(timeLimit, context).Rule,
            TimeLimitText = timeLimit,
        };

        return new WorkPlan("2020年政务公开重点工作任务分工", 2020)
        {
            IssuingAuthority = "泗县人民政府办公室",
            DocumentNumber = new DocumentNumber("泗政办秘", 2020, 49),
            Level = PlanLevel.County,
            IssuedOn = new LocalDate(2020, 9, 27),
            Sections = new[]
            {
                new Section(new ChineseOrdinal(1), "围绕贯彻落实党的十九届四中全会精神加强用权公开")
                {
                    Subsections = new[]
                    {
                        new Subsection(new ChineseOrdinal(1), "加强权力配置信息公开。")
                        {
                            Tasks = new[]
                            {
                                Task(1, "对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责。", Usual, "2020年\n底前"),
                                Task(2, "各行政机关依法公开工作职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息。", Usual, "2020年\n10月\n底前"),
                                Task(3, "各级政府信息公开工作机构组织编写本单位行政机关机构职能目录并向社会公开。", Usual, "2020年\n底前"),
                            },
                        },
                        new Subsection(new ChineseOrdinal(2), "加强权力运行过程信息公开。")
                        {
                            Tasks = new[]
                            {
                                Task(4, "深入贯彻落实《重大行政决策程序暂行条例》，抓紧构建和完善重大行政决策预公开机制。", Usual, "持续推进"),
                                Task(5, "按月或按季度公开2020年政府重点工作任务的执行和落实情况。", Usual, "持续推进"),
                            },
                        },
                        new Subsection(new ChineseOrdinal(3), "加强政务信息管理。")
                        {
                            Tasks = new[]
                            {
                                Task(6, "系统梳理本级政府及部门制发的规范性文件。2020年底前初步解决底数不清、体系不完善等问题。", "县司法局、县政府办、各乡镇人民政府、县经济开发区管委会", "2020年\n底前"),
                                Task(7, "提升规范性文件公开质量，列明文号、成文日期、发布时间、有效性等信息。", "县政府各部门、各乡镇人民政府、县开发区管委会", "2020年\n底前"),
                                Task(8, "逐步整理形成本级政府和本系统制度文件汇编并集中统一对外公开。", Usual, "2020年\n底前"),
                            },
                        },
                    },
                },
            },
        };
    }

    [Fact]
    public void Seed_002_names_the_development_zone_committee_two_ways()
    {
        var report = PlanValidator.Default.Validate(Sixian2020Excerpt());

        report.Triples().Should().Equal(
            (DiagnosticCodes.TaskNumberingDetected, DiagnosticSeverity.Info, "Sections"),
            (DiagnosticCodes.UnitNamesSimilar, DiagnosticSeverity.Warning, "Sections[0].Subsections[2].Tasks[1].Assignments[2]"));
        var finding = report.WithCode(DiagnosticCodes.UnitNamesSimilar)[0];
        finding.Task.Should().Be(new TaskNumber(7));
        finding.Subject.Should().Be("县开发区管委会");
        finding.MessageEn().Should().Be(
            "The unit names \"县开发区管委会\" (once) and \"县经济开发区管委会\" (7 times) probably mean the same body; use one name, or record one as an alias in the unit directory.");
    }

    [Fact]
    public void Recording_the_alias_turns_the_guess_into_a_known_alias()
    {
        var settings = new ValidationSettings { Units = UnitDirectory.Empty.WithUnit("县经济开发区管委会", "县开发区管委会") };

        var report = new PlanValidator(settings).Validate(Sixian2020Excerpt());

        report.Findings.Select(f => f.Code).Should().Equal(DiagnosticCodes.TaskNumberingDetected, DiagnosticCodes.UnitNamesAreAliases);
    }

    [Fact]
    public void The_seed_excerpts_used_elsewhere_have_no_errors()
    {
        PlanValidator.Default.Validate(SeedExcerpts.Sixian2020()).HasErrors.Should().BeFalse();
        PlanValidator.Default.Validate(SeedExcerpts.Fuzhou2021()).HasErrors.Should().BeFalse();
        PlanValidator.Default.Validate(SeedExcerpts.Yeji2021()).HasErrors.Should().BeFalse();
    }
}
