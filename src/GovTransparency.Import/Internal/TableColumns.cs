using System.Collections.Generic;

namespace GovTransparency.Import.Internal;

/// <summary>The columns of a task table, read from its header cells (工作任务 / 具体要求 / 责任单位 / 时限要求 / 进展情况 …).</summary>
internal sealed class TableColumns
{
    private static readonly Dictionary<string, ColumnKind> Names = new()
    {
        ["序号"] = ColumnKind.Number,
        ["编号"] = ColumnKind.Number,
        ["工作任务"] = ColumnKind.Task,
        ["重点任务"] = ColumnKind.Task,
        ["主要任务"] = ColumnKind.Task,
        ["重点工作"] = ColumnKind.Task,
        ["任务名称"] = ColumnKind.Task,
        ["工作事项"] = ColumnKind.Task,
        ["任务"] = ColumnKind.Task,
        ["具体要求"] = ColumnKind.Requirement,
        ["工作要求"] = ColumnKind.Requirement,
        ["任务要求"] = ColumnKind.Requirement,
        ["工作内容"] = ColumnKind.Requirement,
        ["具体内容"] = ColumnKind.Requirement,
        ["主要内容"] = ColumnKind.Requirement,
        ["工作措施"] = ColumnKind.Requirement,
        ["具体措施"] = ColumnKind.Requirement,
        ["具体任务"] = ColumnKind.Requirement,
        ["责任单位"] = ColumnKind.Units,
        ["责任部门"] = ColumnKind.Units,
        ["责任主体"] = ColumnKind.Units,
        ["牵头单位"] = ColumnKind.Lead,
        ["牵头部门"] = ColumnKind.Lead,
        ["配合单位"] = ColumnKind.Cooperating,
        ["配合部门"] = ColumnKind.Cooperating,
        ["时限要求"] = ColumnKind.TimeLimit,
        ["完成时限"] = ColumnKind.TimeLimit,
        ["完成时间"] = ColumnKind.TimeLimit,
        ["完成期限"] = ColumnKind.TimeLimit,
        ["时间节点"] = ColumnKind.TimeLimit,
        ["办结时限"] = ColumnKind.TimeLimit,
        ["时限"] = ColumnKind.TimeLimit,
        ["进展情况"] = ColumnKind.Progress,
        ["完成情况"] = ColumnKind.Progress,
        ["落实情况"] = ColumnKind.Progress,
        ["推进情况"] = ColumnKind.Progress,
        ["进度情况"] = ColumnKind.Progress,
        ["工作进展"] = ColumnKind.Progress,
        ["备注"] = ColumnKind.Remark,
    };

    private TableColumns(List<ColumnKind> all)
    {
        All = all;
        var values = new List<ColumnKind>();
        var hasLead = all.Contains(ColumnKind.Lead);
        foreach (var kind in all)
        {
            if (kind is ColumnKind.Number or ColumnKind.Task)
            {
                continue;
            }

            values.Add(kind == ColumnKind.Units && hasLead ? ColumnKind.Responsible : kind);
        }

        Values = values;
    }

    /// <summary>Gets every column, in the order of the header.</summary>
    public IReadOnlyList<ColumnKind> All { get; }

    /// <summary>
    /// Gets the columns whose cells follow a task's number (or numbered title) in a row: all but the number and task
    /// columns, with 责任单位 read as the responsible column when a 牵头单位 column exists.
    /// </summary>
    public IReadOnlyList<ColumnKind> Values { get; }

    public bool Has(ColumnKind kind)
    {
        foreach (var value in Values)
        {
            if (value == kind)
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryGetKind(string compactText, out ColumnKind kind) => Names.TryGetValue(compactText, out kind);

    /// <summary>Creates the columns when the header cells name at least one requirement or unit column; null otherwise.</summary>
    public static TableColumns? TryCreate(List<ColumnKind> kinds)
    {
        var useful = false;
        foreach (var kind in kinds)
        {
            useful |= kind is ColumnKind.Requirement or ColumnKind.Units or ColumnKind.Lead;
        }

        return useful && kinds.Count >= 2 ? new TableColumns(kinds) : null;
    }
}
