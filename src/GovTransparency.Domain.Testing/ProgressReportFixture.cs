using System;
using System.Collections.Generic;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Testing.Internal;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// Builds a <see cref="ProgressReport"/> (进展情况) for a test, one task per line: <see cref="Completed"/>,
/// <see cref="InProgress"/>, <see cref="NotStarted"/>, or <see cref="Text"/> to have the status read from the words as
/// a real report's cell would be. Obtained from <see cref="TestProgress.Report"/> or <see cref="TestProgress.MonthlyReport"/>.
/// </summary>
/// <remarks>
/// Tasks are named by number. The counts a text reports (发布图表图解11篇) are read into
/// <see cref="ProgressEntry.Metrics"/> with <see cref="ProgressText.Parse"/>, which never throws for any text; the
/// status given explicitly wins over the one the text implies.
/// </remarks>
/// <example>
/// <code>
/// var september = TestProgress.MonthlyReport(2021, 9)   // as of 2021-09-30
///     .Completed(1)
///     .InProgress(2, "发布图表图解11篇")
///     .NotStarted(3)
///     .Build();
/// </code>
/// </example>
public sealed class ProgressReportFixture
{
    private readonly LocalDate _asOf;
    private readonly List<ProgressEntry> _entries = new();
    private string? _title;
    private string? _planTitle;

    internal ProgressReportFixture(LocalDate asOf) => _asOf = asOf;

    /// <summary>Sets the report's title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public ProgressReportFixture Title(string title)
    {
        _title = Require.NotNull(title, nameof(title));
        return this;
    }

    /// <summary>Sets the title of the plan the report is on.</summary>
    /// <param name="planTitle">The plan's title.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planTitle"/> is null.</exception>
    public ProgressReportFixture ForPlan(string planTitle)
    {
        _planTitle = Require.NotNull(planTitle, nameof(planTitle));
        return this;
    }

    /// <summary>Reports a task completed (已完成).</summary>
    /// <param name="task">The task number, 1 to 99999.</param>
    /// <param name="text">The progress text; 「已完成」 by default.</param>
    /// <param name="on">The date it was completed, when the report states it; null otherwise.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is outside 1 to 99999.</exception>
    public ProgressReportFixture Completed(int task, string text = "已完成", LocalDate? on = null) =>
        Add(task, ProgressStatus.Completed, text, on);

    /// <summary>Reports a task in progress (正在进行).</summary>
    /// <param name="task">The task number, 1 to 99999.</param>
    /// <param name="text">The progress text; 「正在进行」 by default.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is outside 1 to 99999.</exception>
    public ProgressReportFixture InProgress(int task, string text = "正在进行") =>
        Add(task, ProgressStatus.InProgress, text, null);

    /// <summary>Reports a task not started (暂未开展).</summary>
    /// <param name="task">The task number, 1 to 99999.</param>
    /// <param name="text">The progress text; 「暂未开展」 by default.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is outside 1 to 99999.</exception>
    public ProgressReportFixture NotStarted(int task, string text = "暂未开展") =>
        Add(task, ProgressStatus.NotStarted, text, null);

    /// <summary>
    /// Reports a task with a progress text as written, its status read from the words as the library reads a
    /// report's cell (<see cref="ProgressEntry.FromText"/>); text it does not understand gives
    /// <see cref="ProgressStatus.Unknown"/>, never an exception.
    /// </summary>
    /// <param name="task">The task number, 1 to 99999.</param>
    /// <param name="text">The progress text, for example 「政务新媒体18家，正常维护中」.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is outside 1 to 99999.</exception>
    public ProgressReportFixture Text(int task, string text)
    {
        var number = Numbers.Task(task, nameof(task));
        _entries.Add(ProgressEntry.FromText(number, Require.NotNull(text, nameof(text))));
        return this;
    }

    /// <summary>Adds an entry built elsewhere, as it is.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public ProgressReportFixture Entry(ProgressEntry entry)
    {
        _entries.Add(Require.NotNull(entry, nameof(entry)));
        return this;
    }

    /// <summary>Builds the report; the fixture can go on being used.</summary>
    /// <returns>An immutable report with the entries in the order added.</returns>
    public ProgressReport Build() => new(_asOf)
    {
        Title = _title,
        PlanTitle = _planTitle,
        Entries = _entries.ToArray(),
    };

    private ProgressReportFixture Add(int task, ProgressStatus status, string text, LocalDate? on)
    {
        var number = Numbers.Task(task, nameof(task));
        Require.NotNull(text, nameof(text));
        _entries.Add(new ProgressEntry(number, status, text)
        {
            Metrics = ProgressText.Parse(text).Metrics,
            CompletedOn = on,
        });
        return this;
    }
}
