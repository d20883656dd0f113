namespace GovTransparency.Domain.Progress;

/// <summary>The state of a task as a progress report (进展情况) states it.</summary>
public enum ProgressStatus
{
    /// <summary>The text could not be understood; it is kept verbatim.</summary>
    Unknown = 0,

    /// <summary>暂未开展 / 未开展 / 尚未启动: not started.</summary>
    NotStarted = 1,

    /// <summary>
    /// 正在进行 / 正在推进 / 推进中 / 持续推进 / 正常维护中, or a sentence that reports activity without saying
    /// the task is done (发布图表图解11篇; 9月开展政务公开培训): in progress.
    /// </summary>
    InProgress = 2,

    /// <summary>已完成 / 完成 / 已全部完成 of the task itself: completed.</summary>
    Completed = 3,
}
