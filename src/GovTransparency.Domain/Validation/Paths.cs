using System.Globalization;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Model paths as FluentValidation writes them (<c>Sections[1].Subsections[0].Tasks[2].Deadline</c>), for findings a
/// plan-wide rule reports on an element deeper in the plan, and the way back from a path to its task.
/// </summary>
internal static class Paths
{
    /// <summary><paramref name="parent"/>.<paramref name="member"/>, or the member alone at the root.</summary>
    public static string Member(string parent, string member) => parent.Length == 0 ? member : parent + "." + member;

    /// <summary><paramref name="list"/>[<paramref name="index"/>].</summary>
    public static string Index(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of a task, given the path of the plan's <c>Sections</c> list.</summary>
    public static string Task(string sections, TaskLocation location)
    {
        var section = Index(sections, location.SectionIndex);
        var owner = location.SubsectionIndex < 0 ? section : Index(section + ".Subsections", location.SubsectionIndex);
        return Index(owner + ".Tasks", location.TaskIndex);
    }

    /// <summary>
    /// Finds the task a path starting with <c>Sections[i].Tasks[k]</c> or <c>Sections[i].Subsections[j].Tasks[k]</c>
    /// points into; null for any other path or an index outside the plan.
    /// </summary>
    public static TaskNumber? FindTask(WorkPlan plan, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var p = 0;
        if (!TryIndex(path, ref p, "Sections[", out var s) || s >= plan.Sections.Count)
        {
            return null;
        }

        var section = plan.Sections[s];
        if (TryIndex(path, ref p, ".Subsections[", out var u))
        {
            if (u >= section.Subsections.Count)
            {
                return null;
            }

            var tasks = section.Subsections[u].Tasks;
            return TryIndex(path, ref p, ".Tasks[", out var t) && t < tasks.Count ? tasks[t].Number : null;
        }

        return TryIndex(path, ref p, ".Tasks[", out var k) && k < section.Tasks.Count ? section.Tasks[k].Number : null;
    }

    private static bool TryIndex(string path, ref int p, string prefix, out int index)
    {
        index = 0;
        if (string.CompareOrdinal(path, p, prefix, 0, prefix.Length) != 0)
        {
            return false;
        }

        var q = p + prefix.Length;
        var digits = 0;
        while (q < path.Length && path[q] is >= '0' and <= '9' && digits < 9)
        {
            index = (index * 10) + (path[q] - '0');
            q++;
            digits++;
        }

        if (digits == 0 || q >= path.Length || path[q] != ']')
        {
            return false;
        }

        p = q + 1;
        return true;
    }
}
