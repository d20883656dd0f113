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
    /// <remarks>
    /// The numbers seen so far are kept in a bit set (at most 12.5 KB for numbers up to 99,999), so a plan of tens of
    /// thousands of tasks allocates no large object; the earlier task of a repeated number is looked up only when a
    /// repeat is found.
    /// </remarks>
    public static void Check(ValidationContext<WorkPlan> context, string sectionsPath, WorkPlan plan, TaskNumberingScheme scheme)
    {
        if (scheme == TaskNumberingScheme.Unknown)
        {
            return;
        }

        var perSection = scheme == TaskNumberingScheme.RestartingPerSection;
        context.AddFinding(sectionsPath, Messages.TaskNumberingDetected(scheme, plan.TaskCount));
        var seen = new ulong[(TaskNumber.MaxValue / 64) + 1];
        var firstByTitle = new Dictionary<string, TaskNumber>(StringComparer.Ordinal);
        var previous = 0;
        var section = -1;
        foreach (var location in plan.EnumerateTasks())
        {
            if (perSection && location.SectionIndex != section)
            {
                Array.Clear(seen, 0, seen.Length);
                firstByTitle.Clear();
                previous = 0;
            }

            section = location.SectionIndex;
            var task = location.Task;
            var number = task.Number;
            var bit = 1UL << (number.Value % 64);
            if ((seen[number.Value / 64] & bit) != 0)
            {
                var first = FirstNumbered(plan, number.Value, perSection ? section : -1);
                context.AddFinding(Paths.Member(Paths.Task(sectionsPath, location), "Number"), Messages.TaskNumberRepeated(number, first, perSection));
            }
            else
            {
                if (number.Value != previous + 1)
                {
                    context.AddFinding(Paths.Member(Paths.Task(sectionsPath, location), "Number"), Messages.TaskNumberOutOfSequence(number, previous + 1));
                }

                seen[number.Value / 64] |= bit;
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

    /// <summary>The first task numbered <paramref name="value"/>, in the whole plan or in section <paramref name="section"/>.</summary>
    private static TaskNumber FirstNumbered(WorkPlan plan, int value, int section)
    {
        foreach (var location in plan.EnumerateTasks())
        {
            if ((section < 0 || location.SectionIndex == section) && location.Task.Number.Value == value)
            {
                return location.Task.Number;
            }
        }

        throw new InvalidOperationException("A repeated task number has a first task."); // cannot happen
    }
}
