using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The entry point of validation: checks a plan and, optionally, its progress reports, and returns a
/// <see cref="ValidationReport"/> of findings with stable codes (GT1001–GT1999, see <see cref="DiagnosticCodes"/>),
/// severities, paths, task numbers and messages in Chinese and English.
/// </summary>
/// <example>
/// <code>
/// var report = PlanValidator.Default.Validate(plan, new[] { septemberReport });
/// if (report.HasErrors) { Console.Write(report.Render(CultureInfo.GetCultureInfo("zh-CN"))); }
/// var aliases = report.WithCode(DiagnosticCodes.UnitNamesSimilar);
/// </code>
/// </example>
/// <remarks>
/// Built on FluentValidation: one validator per level of the model (<see cref="WorkPlanValidator"/> →
/// <see cref="SectionValidator"/> → <see cref="SubsectionValidator"/> → <see cref="WorkTaskValidator"/> →
/// <see cref="AssignmentValidator"/>, the deadline kinds through an inheritance validator, and
/// <see cref="ProgressReportValidator"/> → <see cref="ProgressEntryValidator"/>). A validator is built once, holds
/// only its settings and is safe to share between threads; FluentValidation's global options are never changed.
/// </remarks>
public sealed class PlanValidator
{
    private readonly WorkPlanValidator _plan;
    private readonly ReportsAsGivenValidator _reports;

    /// <summary>Creates a validator.</summary>
    /// <param name="settings">The settings (a unit directory of aliases, and which checks run); the defaults when null.</param>
    public PlanValidator(ValidationSettings? settings = null)
    {
        Settings = settings ?? ValidationSettings.Default;
        _plan = new WorkPlanValidator(Settings);
        _reports = new ReportsAsGivenValidator();
    }

    /// <summary>Gets a validator with the default settings, built once.</summary>
    public static PlanValidator Default { get; } = new();

    /// <summary>Gets the settings the validator was built with.</summary>
    public ValidationSettings Settings { get; }

    /// <summary>Validates a plan and, optionally, progress reports on it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reports">
    /// Progress reports on the plan, in any order (they are compared by their as-of dates; finding paths index them in
    /// the order given, <c>Reports[0]</c> being the first); null for none.
    /// </param>
    /// <returns>The report of findings.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="reports"/> holds a null report.</exception>
    public ValidationReport Validate(WorkPlan plan, IEnumerable<ProgressReport>? reports = null)
    {
        Guard.Against.Null(plan);
        var given = reports is null ? new List<ProgressReport>() : reports.ToList();
        Guard.Against.NullOrContainsNull(given, nameof(reports));
        var scope = new PlanScope(plan);

        var planContext = new ValidationContext<WorkPlan>(plan);
        planContext.RootContextData[PlanScope.Key] = scope;
        var failures = _plan.Validate(planContext).Errors;

        if (given.Count > 0)
        {
            var reportsContext = new ValidationContext<ReportsAsGiven>(new ReportsAsGiven(given));
            reportsContext.RootContextData[PlanScope.Key] = scope;
            failures.AddRange(_reports.Validate(reportsContext).Errors);
        }

        return ValidationReport.Create(failures, plan, scope.Numbering);
    }
}
