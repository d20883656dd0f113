using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using FluentAssertions;
using FluentValidation.Results;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>The report a consumer gets: filters, counts, text in either language, JSON, and the mapping from FluentValidation.</summary>
public sealed class ValidationReportTests
{
    /// <summary>The clean plan with task 1's requirement emptied and its time limit unreadable: one error, one warning, one info.</summary>
    private static WorkPlan Flawed() => WithFirstTask(t => (t with { Requirement = string.Empty }).Due(new DeadlineRule.Unrecognized("视情况而定")));

    [Fact]
    public void Counts_and_filters_agree_with_the_findings()
    {
        var report = Validate(Flawed());

        report.Count.Should().Be(3);
        (report.ErrorCount, report.WarningCount, report.InfoCount).Should().Be((1, 1, 1));
        report.HasErrors.Should().BeTrue();
        report.WithSeverity(DiagnosticSeverity.Error).Select(f => f.Code).Should().Equal(DiagnosticCodes.RequirementEmpty);
        report.AtLeast(DiagnosticSeverity.Warning).Select(f => f.Code).Should().Equal(DiagnosticCodes.RequirementEmpty, DiagnosticCodes.DeadlineUnrecognized);
        report.AtLeast(DiagnosticSeverity.Info).Should().Equal(report.Findings);
        report.WithCode(DiagnosticCodes.DeadlineUnrecognized).Should().ContainSingle().Which.Subject.Should().Be("视情况而定");
        report.WithCode("GT9999").Should().BeEmpty();
        report.Diagnostics.Should().Equal(report.Findings.Select(f => f.Diagnostic));
        report.Diagnostics[1].Path.Should().Be("Sections[0].Subsections[0].Tasks[0].Requirement");
        Validate(Clean()).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Findings_about_a_task_carry_its_number_as_written()
    {
        var plan = WithFirstTask(t => (t with { Number = new TaskNumber(1, "（1）") }).Due(new DeadlineRule.Unrecognized("视情况而定")));

        var finding = Validate(plan).WithCode(DiagnosticCodes.DeadlineUnrecognized).Single();

        finding.Task.Should().Be(new TaskNumber(1, "（1）"));
        finding.Task!.Value.Text.Should().Be("（1）");
        Validate(plan).WithCode(DiagnosticCodes.TaskNumberingDetected).Single().Task.Should().BeNull();
    }

    [Fact]
    public void The_report_renders_in_english()
    {
        Validate(Flawed()).Render(CultureInfo.GetCultureInfo("en-GB")).Should().Be(
            "GT1008 info Sections: Tasks are numbered through the whole plan (4 tasks).\n"
            + "GT1101 error Sections[0].Subsections[0].Tasks[0].Requirement (task 1): The task's requirement text is empty.\n"
            + "GT1201 warning Sections[0].Subsections[0].Tasks[0].Deadline (task 1): The time limit \"视情况而定\" could not be understood, so the task has no due date.\n"
            + "3 findings: 1 error, 1 warning, 1 info.\n");
    }

    [Fact]
    public void The_report_renders_in_chinese_for_any_chinese_culture()
    {
        var expected =
            "GT1008 提示 Sections：任务编号贯穿全文连续编排（共 4 项任务）。\n"
            + "GT1101 错误 Sections[0].Subsections[0].Tasks[0].Requirement（任务 1）：任务的工作要求为空。\n"
            + "GT1201 警告 Sections[0].Subsections[0].Tasks[0].Deadline（任务 1）：无法识别时限要求「视情况而定」，无法确定完成期限。\n"
            + "共 3 项：错误 1 项，警告 1 项，提示 1 项。\n";

        Validate(Flawed()).Render(CultureInfo.GetCultureInfo("zh-CN")).Should().Be(expected);
        Validate(Flawed()).Render(CultureInfo.GetCultureInfo("zh-Hant-TW")).Should().Be(expected);
    }

    [Fact]
    public void A_report_without_findings_says_so()
    {
        var empty = new ValidationReport(Array.Empty<ValidationFinding>(), TaskNumberingScheme.Unknown);

        empty.Render(CultureInfo.InvariantCulture).Should().Be("No findings.\n");
        empty.Render(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("未发现问题。\n");
        empty.ToString().Should().Be("No findings.");
        Validate(Plan()).Findings.Should().BeEmpty("a plan without tasks has no numbering to describe");
    }

    [Fact]
    public void The_report_is_written_as_json()
    {
        using var json = JsonDocument.Parse(Validate(Flawed()).ToJson());
        var root = json.RootElement;

        root.GetProperty("taskNumbering").GetString().Should().Be("throughPlan");
        (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32(), root.GetProperty("infos").GetInt32()).Should().Be((1, 1, 1));
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        findings.Select(f => f.GetProperty("code").GetString()).Should().Equal("GT1008", "GT1101", "GT1201");
        findings[0].TryGetProperty("task", out _).Should().BeFalse();
        var deadline = findings[2];
        deadline.GetProperty("severity").GetString().Should().Be("warning");
        deadline.GetProperty("path").GetString().Should().Be("Sections[0].Subsections[0].Tasks[0].Deadline");
        deadline.GetProperty("task").GetString().Should().Be("1");
        deadline.GetProperty("subject").GetString().Should().Be("视情况而定");
        deadline.GetProperty("messageZh").GetString().Should().Be("无法识别时限要求「视情况而定」，无法确定完成期限。");
        deadline.GetProperty("messageEn").GetString().Should().Be("The time limit \"视情况而定\" could not be understood, so the task has no due date.");
    }

    [Fact]
    public void Json_keeps_chinese_readable_and_can_be_compact()
    {
        var report = Validate(Flawed());

        report.ToJson().Should().Contain("视情况而定").And.Contain("\n");
        report.ToJson(indented: false).Should().NotContain("\n").And.StartWith("{\"taskNumbering\":\"throughPlan\",\"errors\":1,");
    }

    [Fact]
    public void A_result_of_the_level_validators_maps_to_the_same_report()
    {
        var plan = Flawed();

        var result = new WorkPlanValidator().Validate(plan);

        ValidationReport.FromResult(result, plan).Should().Be(Validate(plan));
        ValidationReport.FromResult(result).TaskNumbering.Should().Be(TaskNumberingScheme.Unknown);
        ValidationReport.FromResult(result).Findings.Select(f => f.Task).Should().OnlyContain(t => t == null, "without the plan no path is resolved to a task");
    }

    [Fact]
    public void A_failure_maps_its_code_severity_path_and_messages()
    {
        var failure = new WorkPlanValidator().Validate(Flawed()).Errors.Single(f => f.ErrorCode == DiagnosticCodes.RequirementEmpty);

        failure.PropertyName.Should().Be("Sections[0].Subsections[0].Tasks[0].Requirement");
        failure.Severity.Should().Be(FluentValidation.Severity.Error);
        failure.ErrorMessage.Should().Be("The task's requirement text is empty.");
        var finding = ValidationFinding.FromFailure(failure, Flawed());
        (finding.Code, finding.Severity, finding.Path, finding.Task).Should().Be(
            (DiagnosticCodes.RequirementEmpty, DiagnosticSeverity.Error, "Sections[0].Subsections[0].Tasks[0].Requirement", new TaskNumber(1)));
        finding.Diagnostic.MessageZh.Should().Be("任务的工作要求为空。");
        finding.ToString().Should().Be("GT1101 error Sections[0].Subsections[0].Tasks[0].Requirement (task 1): The task's requirement text is empty.");
    }

    [Fact]
    public void Failures_of_other_validators_are_refused()
    {
        var foreign = new ValidationFailure("Name", "must not be empty");

        FluentActions.Invoking(() => ValidationFinding.FromFailure(foreign)).Should().Throw<ArgumentException>().WithParameterName("failure");
        FluentActions.Invoking(() => ValidationFinding.FromFailure(null!)).Should().Throw<ArgumentNullException>().WithParameterName("failure");
    }

    [Fact]
    public void Programmer_errors_name_the_parameter()
    {
        FluentActions.Invoking(() => PlanValidator.Default.Validate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => PlanValidator.Default.Validate(Clean(), new ProgressReport[] { null! })).Should().Throw<ArgumentException>().WithParameterName("reports");
        FluentActions.Invoking(() => Validate(Clean()).Render(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
        FluentActions.Invoking(() => Validate(Clean()).WithCode(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
        FluentActions.Invoking(() => new ValidationSettings { Units = null! }).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    [InlineData("fa-IR")]
    public void Results_are_the_same_under_any_current_culture(string name)
    {
        var plan = Yeji2021Plan.Plan();
        var reports = new[] { Yeji2021Plan.September() };
        var expected = PlanValidator.Default.Validate(plan, reports).ToJson();
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            PlanValidator.Default.Validate(plan, reports).ToJson().Should().Be(expected);
            Validate(Flawed()).Render(CultureInfo.InvariantCulture).Should().StartWith("GT1008 info Sections: ");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void One_validator_serves_many_threads_at_once()
    {
        var plans = Enumerable.Range(0, 24).Select(i => i % 3 == 0 ? Flawed() : i % 3 == 1 ? Yeji2021Plan.Plan() : Clean()).ToArray();
        var expected = plans.Select(p => PlanValidator.Default.Validate(p)).ToArray();
        var actual = new ValidationReport[plans.Length];
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = worker; i < plans.Length; i += 4)
            {
                actual[i] = PlanValidator.Default.Validate(plans[i]);
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Settings_are_given_per_validator()
    {
        var quiet = new PlanValidator(new ValidationSettings { DetectSimilarUnitNames = false });

        quiet.Settings.DetectSimilarUnitNames.Should().BeFalse();
        PlanValidator.Default.Settings.Should().Be(ValidationSettings.Default);
        new WorkPlanValidator().Settings.Should().BeSameAs(ValidationSettings.Default);
    }
}
