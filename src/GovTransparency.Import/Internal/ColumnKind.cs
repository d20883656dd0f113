namespace GovTransparency.Import.Internal;

/// <summary>What a column of a task table holds, from its header cell.</summary>
internal enum ColumnKind
{
    /// <summary>序号: the task number.</summary>
    Number,

    /// <summary>工作任务: the task (its number, and in some tables a short title), or the section and subsection headings.</summary>
    Task,

    /// <summary>具体要求 / 工作要求: the requirement.</summary>
    Requirement,

    /// <summary>责任单位 in a table without a 牵头单位 column: the units with their role words (牵头, 负责落实).</summary>
    Units,

    /// <summary>牵头单位: the lead units.</summary>
    Lead,

    /// <summary>责任单位 beside a 牵头单位 column: the responsible units.</summary>
    Responsible,

    /// <summary>配合单位: the cooperating units.</summary>
    Cooperating,

    /// <summary>时限要求: the time limit.</summary>
    TimeLimit,

    /// <summary>进展情况 / 完成情况: the progress text.</summary>
    Progress,

    /// <summary>备注: a remark, which the model has no place for.</summary>
    Remark,
}
