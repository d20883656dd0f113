using System;
using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Detects how a plan numbers its tasks and checks the numbers against that scheme: without gaps or repeats, and
/// without two titled tasks of one title. Linear in the number of tasks.
/// </summary>
internal static class TaskNumbering
{
    /// <summary>
    /// Counts the breaks of each scheme (a task whose number is not the previous one plus one) and picks the scheme
    /// with fewer; a tie goes to numbering through the plan, which is what every seed does.
    /// </summary>
    public static TaskNumberingScheme Detect(WorkPlan plan)
    {
        var count = 0;
        var breaksThrough = 0;
        var breaksPerSection = 0;
        var previousThrough = 0;
        var previousInSection = 0;
        var section = -1;
        foreach (var location in plan.EnumerateTasks())
        {
            var value = location.Task.Number.Value;
            if (location.SectionIndex != section)
            {
                section = location.SectionIndex;
                previousInSection = 0;
            }

            breaksThrough += value == previousThrough + 1 ? 0 : 1;
            breaksPerSection += value == previousInSection + 1 ? 0 : 1;
            previousThrough = value;
            previousInSection = value;
            count++;
        }

        if (count == 0)
        {
            return TaskNumberingScheme.Unknown;
        }

        return breaksPerSection < breaksThrough ? TaskNumberingScheme.RestartingPerSection : TaskNumberingScheme.ThroughPlan;
    }

    /// <summary>Reports the scheme (info), then each gap, step back, repeat and repeated title under it.</summary>
    public static void Check(ValidationContext<WorkPlan> context, string sectionsPath, WorkPlan plan, TaskNumberingScheme scheme)
    {
        if (scheme == TaskNumberingScheme.Unknown)
        {
            return;
        }

        var perSection = scheme == TaskNumberingScheme.RestartingPerSection;
        context.AddFinding(sectionsPath, Messages.TaskNumberingDetected(scheme, plan.TaskCount));
        var firstByValue = new Dictionary<int, TaskNumber>();
        var firstByTitle = new Dictionary<string, TaskNumber>(StringComparer.Ordinal);
        var previous = 0;
        var section = -1;
        foreach (var location in plan.EnumerateTasks())
        {
            if (perSection && location.SectionIndex != section)
            {
                firstByValue.Clear();
                firstByTitle.Clear();
                previous = 0;
            }

            section = location.SectionIndex;
            var task = location.Task;
            var number = task.Number;
            if (firstByValue.TryGetValue(number.Value, out var first))
            {
                context.AddFinding(Paths.Member(Paths.Task(sectionsPath, location), "Number"), Messages.TaskNumberRepeated(number, first, perSection));
            }
            else
            {
                if (number.Value != previous + 1)
                {
                    context.AddFinding(Paths.Member(Paths.Task(sectionsPath, location), "Number"), Messages.TaskNumberOutOfSequence(number, previous + 1));
                }

                firstByValue.Add(number.Value, number);
            }

            if (task.Title is { Length: > 0 } title)
            {
                var key = TitleKey.Of(title);
                if (key.Length > 0)
                {
                    if (firstByTitle.TryGetValue(key, out var titled))
                    {
                        if (titled.Value != number.Value)
                        {
                            context.AddFinding(Paths.Member(Paths.Task(sectionsPath, location), "Title"), Messages.TaskTitleRepeated(number, titled, title));
                        }
                    }
                    else
                    {
                        firstByTitle.Add(key, number);
                    }
                }
            }

            previous = number.Value;
        }
    }
}
