using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using NodaTime;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// The FluentValidation validator of one <see cref="WorkTask"/>: its requirement text (GT1101), its units (GT1102,
/// GT1103, and through <see cref="AssignmentValidator"/> GT1106), and its time limit. The time limit is checked by
/// one validator per kind of <see cref="DeadlineRule"/> through <c>SetInheritanceValidator</c>: fixed dates
/// (GT1202, GT1203), milestones (GT1204 and the same), relative periods (GT1206), unrecognised text (GT1201) and
/// no time limit (GT1207); continuous and recurring limits have nothing to check. A deadline written inside the
/// requirement text that falls before the time-limit column is GT1205.
/// </summary>
/// <remarks>
/// Checks that need the plan (its year, its issue date) run only when the task is validated as part of a plan
/// (<see cref="WorkPlanValidator"/> or <see cref="PlanValidator"/>); validated on its own, a task gets the checks
/// that need nothing else.
/// </remarks>
public sealed class WorkTaskValidator : AbstractValidator<WorkTask>
{
    private static readonly char[] DateWords = { '年', '月', '季', '旬' };
    private static readonly char[] DeadlineMarkers = { '底', '末', '内', '內', '前', '止' };

    /// <summary>Creates the validator.</summary>
    /// <param name="settings">The settings; <see cref="ValidationSettings.Default"/> when null.</param>
    public WorkTaskValidator(ValidationSettings? settings = null)
    {
        Settings = settings ?? ValidationSettings.Default;
        var fixedRules = new FixedDeadlineValidator();
        RuleFor(t => t.Requirement).Custom(CheckRequirement);
        RuleFor(t => t.Assignments).Custom(CheckAssignments);
        // Only a lead that is not one specific body fails the assignment rules: the filter spares a child validation
        // per assignment.
        RuleForEach(t => t.Assignments).Where(a => a.Role == UnitRole.Lead && a.Unit.Kind != UnitKind.Specific).SetValidator(new AssignmentValidator());
        RuleFor(t => t.Deadline).SetInheritanceValidator(v =>
        {
            v.Add<DeadlineRule.ByYearEnd>(fixedRules);
            v.Add<DeadlineRule.ByMonthEnd>(fixedRules);
            v.Add<DeadlineRule.ByDate>(fixedRules);
            v.Add<DeadlineRule.ByPeriodEnd>(fixedRules);
            v.Add<DeadlineRule.ByTenDayPeriodEnd>(fixedRules);
            v.Add<DeadlineRule.Spanning>(fixedRules);
            v.Add(new MilestonesDeadlineValidator());
            v.Add(new RelativeDeadlineValidator());
            v.Add(new UnrecognizedDeadlineValidator());
            v.Add(new UnspecifiedDeadlineValidator());
        });
    }

    /// <summary>Gets the settings the validator was built with.</summary>
    public ValidationSettings Settings { get; }

    private static void CheckRequirement(string requirement, ValidationContext<WorkTask> context)
    {
        var task = context.InstanceToValidate;
        if (string.IsNullOrWhiteSpace(requirement))
        {
            context.AddFinding(context.PropertyPath, Messages.RequirementEmpty(!string.IsNullOrWhiteSpace(task.Title)));
            return;
        }

        if (PlanScope.Find(context) is { Deadlines: { } deadlines })
        {
            CheckRequirementDeadlines(requirement, task.Deadline, deadlines, context);
        }
    }

    /// <summary>
    /// GT1205: deadlines inside the requirement text before the time-limit column's due date. Dates that are the
    /// column's own milestones are not reported (the column may have been read from the text).
    /// </summary>
    private static void CheckRequirementDeadlines(string requirement, DeadlineRule column, DeadlineContext deadlines, ValidationContext<WorkTask> context)
    {
        if (!MayHoldFixedDeadline(requirement))
        {
            return;
        }

        LocalDate columnDue;
        IReadOnlyList<Milestone>? steps = null;
        switch (column)
        {
            case DeadlineRule.Fixed f:
                columnDue = f.DueDate(deadlines.PlanYear);
                break;
            case DeadlineRule.Milestones m:
                columnDue = m.Last.Due.DueDate(deadlines.PlanYear);
                steps = m.Steps;
                break;
            default:
                return;
        }

        foreach (var found in DeadlineText.FindInRequirement(requirement, deadlines).Deadlines)
        {
            if (found.Rule is not DeadlineRule.Fixed rule)
            {
                continue;
            }

            var due = rule.DueDate(deadlines.PlanYear);
            if (due < columnDue && !IsStep(due, steps, deadlines.PlanYear))
            {
                context.AddFinding(context.PropertyPath, Messages.RequirementDeadlineEarlier(found.Text, due, columnDue));
            }
        }
    }

    /// <summary>
    /// Whether a requirement text can hold a fixed deadline at all. FindInRequirement reports one only when it names a
    /// year, month, quarter or ten-day period (年底前, 10月底前, 三季度末, 6月上旬前) and carries a marker (底, 末, 内, 前,
    /// 止): a text without both holds none and is not scanned, so most requirement texts cost no allocation.
    /// </summary>
    internal static bool MayHoldFixedDeadline(string requirement) =>
        requirement.IndexOfAny(DateWords) >= 0 && requirement.IndexOfAny(DeadlineMarkers) >= 0;

    private static bool IsStep(LocalDate due, IReadOnlyList<Milestone>? steps, int planYear)
    {
        if (steps is null)
        {
            return false;
        }

        foreach (var step in steps)
        {
            if (step.Due.DueDate(planYear) == due)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckAssignments(IReadOnlyList<Assignment> assignments, ValidationContext<WorkTask> context)
    {
        var leads = 0;
        var responsibles = 0;
        foreach (var assignment in assignments)
        {
            leads += assignment.Role == UnitRole.Lead ? 1 : 0;
            responsibles += assignment.Role == UnitRole.Responsible ? 1 : 0;
        }

        if (leads == 0 && responsibles == 0)
        {
            context.AddFinding(context.PropertyPath, Messages.TaskUnassigned());
            return;
        }

        if (leads == 0 || responsibles == 0)
        {
            return;
        }

        // A unit both lead and responsible: compared by canonical name (through the directory), ignoring width and
        // spaces; without aliases to consult, without allocating.
        var directory = Settings.Units;
        for (var i = 0; i < assignments.Count; i++)
        {
            if (assignments[i].Role != UnitRole.Responsible)
            {
                continue;
            }

            var name = assignments[i].Unit.Name;
            var resolved = directory.Count == 0 ? name : directory.Resolve(name);
            foreach (var lead in assignments)
            {
                if (lead.Role == UnitRole.Lead && UnitNames.SameKey(directory.Count == 0 ? lead.Unit.Name : directory.Resolve(lead.Unit.Name), resolved))
                {
                    context.AddFinding(Paths.Index(context.PropertyPath, i), Messages.UnitBothLeadAndResponsible(name, lead.Unit.Name));
                    break;
                }
            }
        }
    }
}
