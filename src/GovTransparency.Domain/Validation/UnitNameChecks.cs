using System;
using System.Collections.Generic;
using FluentValidation;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Finds unit names of one plan that differ but name one body: known aliases in the unit directory (GT1105), and
/// names that look like variants of each other (GT1104).
/// </summary>
/// <remarks>
/// <para>
/// The heuristic of GT1104 flags two names when all of these hold: both denote one specific body (not a collective
/// such as 区政府各部门 nor an open-ended set such as 有关部门); both start with the same administrative level (the
/// first character is one of 省 市 县 区 州 旗 盟 镇 乡 村, or neither starts with one); both end with the same
/// character (the kind of body: 局, 委, 会, 室, 心 …); and the shorter is the longer with characters left out,
/// keeping order (县开发区管委会 is 县经济开发区管委会 without 经济; 县市监局 is 县市场监管局 without 场 and 管). So
/// 区政府 and 区政府办公室 (different last characters) and 区政府各部门 and 区政府办公室 (a collective) are not
/// flagged. When the unit directory knows both names it decides: one canonical name is an alias finding, two are
/// different bodies.
/// </para>
/// <para>
/// Cost: one pass over the assignments collects the distinct names; names are bucketed by (level, last
/// character), and within a bucket a name is compared only with the longer names that contain its rarest
/// character, so the check stays near-linear in the number of distinct names rather than comparing all pairs.
/// </para>
/// </remarks>
internal static class UnitNameChecks
{
    public static void Check(ValidationContext<WorkPlan> context, string sectionsPath, WorkPlan plan, ValidationSettings settings)
    {
        var names = DistinctNames(plan);
        if (names.Count < 2)
        {
            return;
        }

        var directory = settings.Units;
        foreach (var name in names)
        {
            name.Canonical = directory.TryResolve(name.Name, out var canonical) ? canonical : null;
        }

        ReportAliases(context, sectionsPath, names);
        if (settings.DetectSimilarUnitNames)
        {
            ReportSimilar(context, sectionsPath, names);
        }
    }

    /// <summary>The names used in the plan, one per comparison key, in order of first use, with their use counts.</summary>
    private static List<NameUse> DistinctNames(WorkPlan plan)
    {
        var byWritten = new Dictionary<string, NameUse>(StringComparer.Ordinal);
        var written = new List<NameUse>();
        foreach (var location in plan.EnumerateTasks())
        {
            var assignments = location.Task.Assignments;
            for (var a = 0; a < assignments.Count; a++)
            {
                var unit = assignments[a].Unit;
                if (!byWritten.TryGetValue(unit.Name, out var use))
                {
                    use = new NameUse(unit.Name, unit.Kind, location, a);
                    byWritten.Add(unit.Name, use);
                    written.Add(use);
                }

                use.Count++;
            }
        }

        var byKey = new Dictionary<string, NameUse>(StringComparer.Ordinal);
        var names = new List<NameUse>();
        foreach (var use in written)
        {
            var key = UnitDirectory.ComparisonKey(use.Name);
            if (byKey.TryGetValue(key, out var same))
            {
                same.Count += use.Count;
            }
            else
            {
                use.Key = key;
                byKey.Add(key, use);
                names.Add(use);
            }
        }

        return names;
    }

    private static void ReportAliases(ValidationContext<WorkPlan> context, string sectionsPath, List<NameUse> names)
    {
        var groups = new Dictionary<string, List<NameUse>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var name in names)
        {
            if (name.Canonical is not { } canonical)
            {
                continue;
            }

            if (!groups.TryGetValue(canonical, out var group))
            {
                group = new List<NameUse>();
                groups.Add(canonical, group);
                order.Add(canonical);
            }

            group.Add(name);
        }

        foreach (var canonical in order)
        {
            var group = groups[canonical];
            if (group.Count < 2)
            {
                continue;
            }

            var reference = group[0];
            foreach (var name in group)
            {
                if (name.Count > reference.Count)
                {
                    reference = name;
                }
            }

            foreach (var name in group)
            {
                if (!ReferenceEquals(name, reference))
                {
                    Report(context, sectionsPath, name, Messages.UnitNamesAreAliases(name.Name, name.Count, reference.Name, reference.Count, canonical));
                }
            }
        }
    }

    private static void ReportSimilar(ValidationContext<WorkPlan> context, string sectionsPath, List<NameUse> names)
    {
        var buckets = new Dictionary<(char Level, char Last), List<NameUse>>();
        var order = new List<(char, char)>();
        foreach (var name in names)
        {
            if (name.Kind != UnitKind.Specific || name.Key.Length < 3)
            {
                continue;
            }

            var bucketKey = (Level(name.Key), name.Key[name.Key.Length - 1]);
            if (!buckets.TryGetValue(bucketKey, out var bucket))
            {
                bucket = new List<NameUse>();
                buckets.Add(bucketKey, bucket);
                order.Add(bucketKey);
            }

            bucket.Add(name);
        }

        foreach (var bucketKey in order)
        {
            var bucket = buckets[bucketKey];
            if (bucket.Count >= 2)
            {
                ReportSimilarIn(context, sectionsPath, bucket);
            }
        }
    }

    private static void ReportSimilarIn(ValidationContext<WorkPlan> context, string sectionsPath, List<NameUse> bucket)
    {
        // Postings: for each character between the level and the last character, the names holding it.
        var postings = new Dictionary<char, List<int>>();
        for (var i = 0; i < bucket.Count; i++)
        {
            var key = bucket[i].Key;
            for (var k = MiddleStart(key); k < key.Length - 1; k++)
            {
                if (!postings.TryGetValue(key[k], out var list))
                {
                    list = new List<int>();
                    postings.Add(key[k], list);
                }

                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            var shorter = bucket[i];
            var key = shorter.Key;
            List<int>? rarest = null;
            for (var k = MiddleStart(key); k < key.Length - 1; k++)
            {
                var list = postings[key[k]];
                if (rarest is null || list.Count < rarest.Count)
                {
                    rarest = list;
                }
            }

            if (rarest is null)
            {
                continue;
            }

            foreach (var j in rarest)
            {
                var longer = bucket[j];
                if (longer.Key.Length <= key.Length || !IsSubsequence(key, longer.Key) || (shorter.Canonical is not null && longer.Canonical is not null))
                {
                    continue;
                }

                var (variant, reference) = longer.Count < shorter.Count ? (longer, shorter) : (shorter, longer);
                Report(context, sectionsPath, variant, Messages.UnitNamesSimilar(variant.Name, variant.Count, reference.Name, reference.Count));
            }
        }
    }

    private static void Report(ValidationContext<WorkPlan> context, string sectionsPath, NameUse name, Diagnostic diagnostic) =>
        context.AddFinding(Paths.Index(Paths.Task(sectionsPath, name.Location) + ".Assignments", name.Assignment), diagnostic, name.Location.Task.Number);

    private static char Level(string key) => IsLevel(key[0]) ? key[0] : '\0';

    private static int MiddleStart(string key) => IsLevel(key[0]) ? 1 : 0;

    /// <summary>Whether a name's first character names an administrative level: 省 市 县 区 州 旗 盟 镇 乡 村.</summary>
    private static bool IsLevel(char c) => c is '省' or '市' or '县' or '区' or '州' or '旗' or '盟' or '镇' or '乡' or '村';

    /// <summary>Whether <paramref name="shorter"/> is <paramref name="longer"/> with characters left out, in order.</summary>
    private static bool IsSubsequence(string shorter, string longer)
    {
        var i = 0;
        for (var j = 0; j < longer.Length && i < shorter.Length; j++)
        {
            if (longer[j] == shorter[i])
            {
                i++;
            }
        }

        return i == shorter.Length;
    }

    /// <summary>One distinct name: where it is first used, how often, and what the directory makes of it.</summary>
    private sealed class NameUse
    {
        public NameUse(string name, UnitKind kind, TaskLocation location, int assignment)
        {
            Name = name;
            Kind = kind;
            Location = location;
            Assignment = assignment;
            Key = name;
        }

        public string Name { get; }

        public UnitKind Kind { get; }

        public TaskLocation Location { get; }

        public int Assignment { get; }

        public string Key { get; set; }

        public int Count { get; set; }

        public string? Canonical { get; set; }
    }
}
