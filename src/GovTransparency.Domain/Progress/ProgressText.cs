using System;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Progress;

/// <summary>
/// Reads a progress text (进展情况) into a status and the counts it reports, never dropping the text and never
/// throwing.
/// </summary>
/// <remarks>
/// <para>The text is read clause by clause (clauses end at ，,。；;：:! and line breaks).</para>
/// <list type="bullet">
/// <item><b>Completed</b> only when a clause says the task itself is done: it ends in 完成, 办结 or 完结 with nothing
/// after it (已完成, 已全部完成, 该项工作已按时完成). 3季度完成规范性文件解读13篇 completes a count, not the task.</item>
/// <item><b>Not started</b>: 暂未开展, 未开展, 尚未开展, 尚未启动, 未启动, 暂未启动.</item>
/// <item><b>In progress</b>: 正在…, …中 (推进中, 维护中, 建设中), 持续推进, and any sentence that reports activity
/// without saying the task is done: counts (发布图表图解11篇), 已 + a verb (已全部公开, 已纳入), or a working verb
/// (开展, 发布, 建立, 公开, 办理, 报送 …).</item>
/// <item><b>Unknown</b>: anything else, with an info diagnostic; the text is kept.</item>
/// </list>
/// <para>A text that says both completed and in progress or not started is taken as in progress (the safe reading
/// for a supervisor), with a warning.</para>
/// <para>Counts are Arabic numbers (ASCII or full-width) followed by a measure word (篇 件 家 期 次 个 条 项 份 场 批 本 人
/// 人次) or ending their clause (scraped pages often lose the measure word: 发布图表图解11). Numbers that are
/// dates or ordinals (2021年, 9月, 3季度, 第3批, 50%) are not counts.</para>
/// </remarks>
public static class ProgressText
{
    private const int MaxLength = 10_000;

    private static readonly string[] NotStartedMarkers = { "暂未开展", "未开展", "尚未开展", "尚未启动", "未启动", "暂未启动", "未实施" };

    private static readonly string[] InProgressMarkers =
    {
        "正在", "推进中", "进行中", "维护中", "建设中", "完善中", "办理中", "开展中", "实施中", "持续推进", "稳步推进", "有序推进", "常态化",
    };

    private static readonly string[] ActivityWords =
    {
        "已", "开展", "发布", "建立", "建设", "公开", "办理", "报送", "推进", "维护", "更新", "制定", "召开", "组织", "印发",
        "编制", "梳理", "纳入", "上线", "开设", "设立", "落实", "解读", "回应", "完成", "举办", "培训", "录入", "调整",
    };

    private static readonly string[] CompletionWords = { "完成", "办结", "完结" };

    private static readonly string[] Negations = { "未", "没有", "尚未", "暂未" };

    private static readonly string[] MeasureWords = { "人次", "篇", "件", "家", "期", "次", "个", "条", "项", "份", "场", "批", "本", "人" };

    /// <summary>Reads one progress text.</summary>
    /// <param name="text">The text as written, for example 政务新媒体18家，正常维护中.</param>
    /// <returns>The status, the counts and any diagnostics; the text itself is kept in the result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ProgressReading Parse(string text)
    {
        Guard.Against.Null(text);
        var diagnostics = new List<Diagnostic>();
        var readable = text;
        if (readable.Length > MaxLength)
        {
            diagnostics.Add(Messages.TextTooLong("progress text", "进展情况", MaxLength));
            readable = readable.Substring(0, MaxLength);
        }

        if (readable.Trim().Length == 0)
        {
            diagnostics.Add(Messages.ProgressTextEmpty());
            return new ProgressReading(text, ProgressStatus.Unknown, ValueList<ProgressMetric>.Empty, ValueList<Diagnostic>.From(diagnostics));
        }

        var metrics = new List<ProgressMetric>();
        var completed = false;
        var notStarted = false;
        var inProgress = false;
        var activity = false;
        var start = 0;
        for (var i = 0; i <= readable.Length; i++)
        {
            if (i < readable.Length && !IsClauseBreak(readable[i]))
            {
                continue;
            }

            var (clauseStart, clauseLength) = Trim(readable, start, i - start);
            if (clauseLength > 0)
            {
                var clause = readable.Substring(clauseStart, clauseLength);
                completed |= SaysCompleted(clause);
                notStarted |= ContainsAny(clause, NotStartedMarkers);
                inProgress |= ContainsAny(clause, InProgressMarkers);
                activity |= ContainsAny(clause, ActivityWords);
                ReadMetrics(readable, clauseStart, clauseLength, metrics);
            }

            start = i + 1;
        }

        ProgressStatus status;
        if (completed && (inProgress || notStarted))
        {
            diagnostics.Add(Messages.ProgressStatusContradictory(text));
            status = ProgressStatus.InProgress;
        }
        else if (completed)
        {
            status = ProgressStatus.Completed;
        }
        else if (notStarted)
        {
            status = ProgressStatus.NotStarted;
        }
        else if (inProgress || activity || metrics.Count > 0)
        {
            status = ProgressStatus.InProgress;
        }
        else
        {
            diagnostics.Add(Messages.ProgressStatusNotUnderstood(text));
            status = ProgressStatus.Unknown;
        }

        return new ProgressReading(text, status, ValueList<ProgressMetric>.From(metrics), ValueList<Diagnostic>.From(diagnostics));
    }

    private static bool SaysCompleted(string clause)
    {
        foreach (var word in CompletionWords)
        {
            if (!clause.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var before = clause.Substring(0, clause.Length - word.Length);
            foreach (var negation in Negations)
            {
                if (before.EndsWith(negation, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static void ReadMetrics(string text, int start, int length, List<ProgressMetric> metrics)
    {
        var end = start + length;
        var subjectStart = start;
        var i = start;
        while (i < end)
        {
            if (!ChineseNumerals.IsArabicDigit(text[i]))
            {
                i++;
                continue;
            }

            var numberStart = i;
            long value = 0;
            while (i < end && ChineseNumerals.IsArabicDigit(text[i]))
            {
                value = Math.Min((value * 10) + ChineseNumerals.DigitValue(text[i]), int.MaxValue);
                i++;
            }

            var after = i;
            if (after < end && (text[after] == '余' || text[after] == '多'))
            {
                after++;
            }

            var measure = MeasureAt(text, after, end);
            var endsClause = after >= end;
            var isOrdinal = numberStart > start && text[numberStart - 1] == '第';
            if (isOrdinal || (measure is null && !endsClause))
            {
                continue; // a date, an ordinal or a number inside a name: 2021年, 9月, 3季度, 第3批
            }

            var subject = text.Substring(subjectStart, numberStart - subjectStart).Trim();
            var metricEnd = after + (measure?.Length ?? 0);
            metrics.Add(new ProgressMetric(subject, (int)value, measure));
            i = metricEnd;
            subjectStart = metricEnd;
        }
    }

    private static string? MeasureAt(string text, int index, int end)
    {
        foreach (var word in MeasureWords)
        {
            if (index + word.Length <= end && string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    private static bool ContainsAny(string clause, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (clause.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '！' or '!' or '\n' or '\r';

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '　' or '.' or '．';
}
