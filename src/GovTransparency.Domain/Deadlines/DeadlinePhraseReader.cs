using System;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>Why a phrase could not be read, when the reader can say more than "not understood".</summary>
internal enum PhraseFailure
{
    /// <summary>No specific reason.</summary>
    None = 0,

    /// <summary>A date, month, quarter or year that does not exist: 2月30日, 13月, 五季度, 1030日.</summary>
    InvalidDate = 1,

    /// <summary>上旬 / 中旬 / 下旬 with no month to anchor it.</summary>
    TenDayWithoutMonth = 2,
}

/// <summary>
/// Reads the pieces of a Chinese time limit from a normalised phrase (see <see cref="DeadlineTextNormalizer"/>):
/// the year (2020年, 次年, 今年), a period (年底, 10月底, 10月30日, 上半年, 三季度末, 6月上旬), spans (6月至7月,
/// 2021-2025年), the 前 / 之前 / 以前 / 内 markers, recurrences (每月25日前, 按月或按季度), continuous words
/// (持续推进) and relative periods (印发后1个月内, 自收到…之日起3个工作日内). Hand-written recursive descent over a
/// span: no regular expression, no allocation except the rules it returns and the event texts it keeps.
/// </summary>
/// <remarks>
/// Each <c>Try…</c> method reads at a position and, on success, moves the position past what it read; on failure
/// the position is left unchanged. <see cref="Failure"/> remembers the first specific reason met.
/// </remarks>
internal ref struct DeadlinePhraseReader
{
    /// <summary>The longest event text (收到留言咨询) a relative limit may name.</summary>
    public const int MaxEventLength = 40;

    private static readonly string[] ContinuousWords =
    {
        "常态化推进", "常态化开展", "持续推进", "持续开展", "持续进行", "持续实施", "长期坚持", "长期推进", "长期开展",
        "常态化", "长期", "持续", "长效",
    };

    private static readonly string[] PrefixWords =
    {
        "力争在", "力争于", "截止到", "截止至", "不晚于", "应于", "应在", "要于", "要在", "须于", "须在", "需于", "需在",
        "并于", "并在", "将于", "力争", "最迟", "最晚", "截至", "截止", "确保", "务必", "于", "在",
    };

    private const string PrefixFirstCharacters = "力截不应要须需并将最确务于在";

    private static readonly string[] CompletionWords =
    {
        "完成", "全部完成", "基本完成", "完成任务", "完成工作", "到位", "落实到位", "办结", "结束",
    };

    private readonly ReadOnlySpan<char> _s;
    private readonly int _planYear;

    /// <summary>Creates a reader over a normalised phrase.</summary>
    /// <param name="normalized">The normalised text.</param>
    /// <param name="planYear">The plan year, to check dates written without a year (2月29日).</param>
    public DeadlinePhraseReader(ReadOnlySpan<char> normalized, int planYear)
    {
        _s = normalized;
        _planYear = planYear;
        Failure = PhraseFailure.None;
        FailureStart = 0;
        FailureEnd = 0;
    }

    /// <summary>Gets the first specific reason met while reading, if any.</summary>
    public PhraseFailure Failure { get; private set; }

    /// <summary>Gets where the text of <see cref="Failure"/> starts.</summary>
    public int FailureStart { get; private set; }

    /// <summary>Gets where the text of <see cref="Failure"/> ends.</summary>
    public int FailureEnd { get; private set; }

    /// <summary>Gets the length of the text.</summary>
    public readonly int Length => _s.Length;

    /// <summary>Gets the character at <paramref name="index"/>.</summary>
    public readonly char this[int index] => _s[index];

    /// <summary>Whether <paramref name="c"/> separates clauses or list items: , ; 。 、 :.</summary>
    public static bool IsSeparator(char c) => c is ',' or ';' or '。' or '、' or ':' or '!' or '?' or '.';

    /// <summary>Forgets the failure met so far.</summary>
    public void ClearFailure()
    {
        Failure = PhraseFailure.None;
        FailureStart = 0;
        FailureEnd = 0;
    }

    /// <summary>Whether the text at <paramref name="p"/> starts with <paramref name="literal"/>.</summary>
    public readonly bool Is(int p, string literal)
    {
        if (p < 0 || p + literal.Length > _s.Length)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            if (_s[p + i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <paramref name="literal"/> at <paramref name="p"/>.</summary>
    public readonly bool Eat(ref int p, string literal)
    {
        if (!Is(p, literal))
        {
            return false;
        }

        p += literal.Length;
        return true;
    }

    /// <summary>Reads the words that may stand before a time limit: 于, 在, 应于, 要在, 将于, 力争, 截至, 最迟 …</summary>
    public readonly void SkipPrefixWords(ref int p)
    {
        var matched = true;
        while (matched && p < _s.Length && PrefixFirstCharacters.AsSpan().IndexOf(_s[p]) >= 0)
        {
            matched = false;
            foreach (var word in PrefixWords)
            {
                if (Eat(ref p, word))
                {
                    matched = true;
                    break;
                }
            }
        }
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is one completion word (完成, 到位, 办结 …).</summary>
    public readonly bool IsCompletionWord(int start, int end)
    {
        var length = end - start;
        foreach (var word in CompletionWords)
        {
            if (word.Length == length && Is(start, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> may be left out of a rule as plain
    /// words (公开, 更新): it holds no number and no time word (年 月 日 天 周 季 旬 前 内).
    /// </summary>
    public readonly bool IsPlainWords(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = _s[i];
            if (ChineseNumerals.IsNumeralChar(c) || c is '年' or '月' or '日' or '天' or '周' or '季' or '旬' or '前' or '内')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> can be the action of a step (提出方案,
    /// 支持互联网协议第6版) rather than a time limit that was not understood: it does not go on with a time word
    /// (底, 末, 前, 内, 旬 …) and holds no number followed by a time word (9底, 3月, 7日).
    /// </summary>
    public readonly bool IsActionText(int start, int end)
    {
        while (start < end && IsSeparator(_s[start]))
        {
            start++;
        }

        if (start < end && _s[start] is '底' or '末' or '前' or '内' or '旬' or '度' or '份' or '之' or '以' or '止' or '至' or '到' or '-')
        {
            return false;
        }

        for (var i = start; i + 1 < end; i++)
        {
            if (ChineseNumerals.IsNumeralChar(_s[i]) && _s[i + 1] is '年' or '月' or '日' or '天' or '周' or '季' or '旬' or '号' or '底' or '末' or '前' or '内')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads continuous words: 持续推进, 长期坚持, 常态化, 长期 …, several joined by 、 or ,.</summary>
    public readonly bool TryContinuous(ref int p)
    {
        var q = p;
        var count = 0;
        while (q < _s.Length && _s[q] is '常' or '持' or '长')
        {
            var matched = false;
            foreach (var word in ContinuousWords)
            {
                if (Eat(ref q, word))
                {
                    matched = true;
                    count++;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }

            var r = q;
            if (r < _s.Length && _s[r] is '、' or ',' && r + 1 < _s.Length && StartsContinuousWord(r + 1))
            {
                q = r + 1;
            }
        }

        if (count == 0)
        {
            return false;
        }

        p = q;
        return true;
    }

    /// <summary>
    /// Reads a number (12, 十二, 二〇二〇, 两) at <paramref name="p"/>: the longest run of numeral characters, which
    /// must read as one number.
    /// </summary>
    public readonly bool TryNumber(ref int p, out int value, out int length)
    {
        value = 0;
        length = 0;
        var q = p;
        while (q < _s.Length && ChineseNumerals.IsNumeralChar(_s[q]))
        {
            q++;
        }

        if (q == p || !ChineseNumerals.TryParse(_s.Slice(p, q - p), out value))
        {
            return false;
        }

        length = q - p;
        p = q;
        return true;
    }

    /// <summary>
    /// Reads a fixed time limit: an optional year, a period, an optional span, an optional 前 / 之前 / 以前 / 止 / 内.
    /// </summary>
    /// <param name="p">The position.</param>
    /// <param name="defaultYear">The year of a period that writes none (the plan year, or the year of the previous item).</param>
    /// <param name="rule">The rule read.</param>
    /// <param name="marker">
    /// Whether the text carries a deadline marker (底, 末, 内, 前, 止): a bare date or period (10月30日, 上半年, 6月至7月)
    /// has none, and is a deadline only where the whole text is a time limit.
    /// </param>
    /// <returns>Whether a fixed time limit was read.</returns>
    public bool TryFixed(ref int p, RuleYear defaultYear, out DeadlineRule.Fixed rule, out bool marker)
    {
        rule = null!;
        marker = false;
        var q = p;
        var hadYear = TryYearPrefix(ref q, out var year);
        if (!hadYear)
        {
            if (Failure != PhraseFailure.None && FailureStart == p)
            {
                return false;
            }

            year = defaultYear;
        }

        bool bare;
        if (TryNumberRange(ref q, year, hadYear, out var span, out marker, out bare))
        {
            rule = span;
        }
        else
        {
            if (!TryBody(ref q, year, hadYear, out var start, out marker, out bare))
            {
                return false;
            }

            rule = start;
            var r = q;
            if (EatRangeSeparator(ref r))
            {
                var startYear = DeadlineDates.YearOf(start);
                var endHadYear = TryYearPrefix(ref r, out var endYear);
                if (!endHadYear)
                {
                    endYear = startYear;
                }

                if (!TryBody(ref r, endYear, endHadYear, out var end, out var endMarker, out bare))
                {
                    return false;
                }

                rule = new DeadlineRule.Spanning(start, end);
                marker = endMarker;
                q = r;
            }
        }

        if (Eat(ref q, "之前") || Eat(ref q, "以前") || Eat(ref q, "前"))
        {
            if (bare)
            {
                return false; // 10月前, 2021年前: before the month or year starts, or by its end? Not guessed.
            }

            marker = true;
        }
        else if (Eat(ref q, "为止") || Eat(ref q, "止") || Eat(ref q, "之内") || Eat(ref q, "以内") || Eat(ref q, "内"))
        {
            marker = true;
        }

        p = q;
        return true;
    }

    /// <summary>
    /// Reads a recurrence: 每 / 按 and a frequency (日 周 月 季度 半年 年), the day in the period when written
    /// (每月25日前, 每年3月31日前, 每月上旬), and a second frequency after 或 (按月或按季度).
    /// </summary>
    public bool TryRecurring(ref int p, out DeadlineRule.Recurring rule)
    {
        rule = null!;
        var q = p;
        if (!(Eat(ref q, "每") || Eat(ref q, "按")) || !TryFrequency(ref q, out var frequency))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        switch (frequency)
        {
            case RecurrenceFrequency.Monthly:
                if (Eat(ref q, "底") || Eat(ref q, "末"))
                {
                    break;
                }

                if (TryTenDay(ref q, out var part))
                {
                    day = part switch
                    {
                        TenDayPeriod.Early => 10,
                        TenDayPeriod.Middle => 20,
                        _ => null,
                    };
                    break;
                }

                var d0 = q;
                if (TryNumber(ref d0, out var monthDay, out _) && (Eat(ref d0, "日") || Eat(ref d0, "号")))
                {
                    if (monthDay < 1 || monthDay > 31)
                    {
                        Fail(PhraseFailure.InvalidDate, q, d0);
                        return false;
                    }

                    day = monthDay;
                    q = d0;
                }

                break;
            case RecurrenceFrequency.Yearly:
                if (Eat(ref q, "年底") || Eat(ref q, "年末") || Eat(ref q, "底") || Eat(ref q, "末"))
                {
                    break;
                }

                var monthStart = q;
                var m0 = q;
                if (TryNumber(ref m0, out var dueMonth, out _) && Eat(ref m0, "月"))
                {
                    if (dueMonth < 1 || dueMonth > 12)
                    {
                        Fail(PhraseFailure.InvalidDate, monthStart, m0);
                        return false;
                    }

                    month = dueMonth;
                    q = m0;
                    if (Eat(ref q, "底") || Eat(ref q, "末"))
                    {
                        break;
                    }

                    var d1 = q;
                    if (TryNumber(ref d1, out var yearDay, out _) && (Eat(ref d1, "日") || Eat(ref d1, "号")))
                    {
                        if (yearDay < 1 || yearDay > DeadlineRule.MaxDay(dueMonth))
                        {
                            Fail(PhraseFailure.InvalidDate, monthStart, d1);
                            return false;
                        }

                        day = yearDay;
                        q = d1;
                    }
                }

                break;
            case RecurrenceFrequency.Quarterly:
            case RecurrenceFrequency.HalfYearly:
                _ = Eat(ref q, "末") || Eat(ref q, "底");
                break;
        }

        _ = Eat(ref q, "之前") || Eat(ref q, "以前") || Eat(ref q, "前");
        _ = Eat(ref q, "一次");

        RecurrenceFrequency? alternative = null;
        var a = q;
        if (Eat(ref a, "或") && (Eat(ref a, "每") || Eat(ref a, "按")) && TryFrequency(ref a, out var second))
        {
            _ = Eat(ref a, "末") || Eat(ref a, "底");
            _ = Eat(ref a, "之前") || Eat(ref a, "以前") || Eat(ref a, "前");
            _ = Eat(ref a, "一次");
            alternative = second;
            q = a;
        }

        rule = new DeadlineRule.Recurring(frequency, month, day, alternative);
        p = q;
        return true;
    }

    /// <summary>
    /// Reads the period of a relative limit: an amount, a unit and 内 / 之内 / 以内 (3个工作日内, 一个月内, 7日之内,
    /// 2周内). A bare 月 (3月内) is a month of the year, not a length, unless an event was named before it.
    /// </summary>
    public readonly bool TryRelativePeriod(ref int p, bool afterEvent, out int amount, out PeriodUnit unit)
    {
        unit = PeriodUnit.Days;
        var q = p;
        if (!TryNumber(ref q, out amount, out _) || amount < 1 || amount > 100_000)
        {
            return false;
        }

        var counted = Eat(ref q, "个");
        if (Eat(ref q, "工作日"))
        {
            unit = PeriodUnit.WorkingDays;
        }
        else if (Eat(ref q, "自然日") || Eat(ref q, "日") || Eat(ref q, "天"))
        {
            unit = PeriodUnit.Days;
        }
        else if (Eat(ref q, "周") || Eat(ref q, "星期"))
        {
            unit = PeriodUnit.Weeks;
        }
        else if ((counted || afterEvent) && Eat(ref q, "月"))
        {
            unit = PeriodUnit.Months;
        }
        else if (Eat(ref q, "年"))
        {
            unit = PeriodUnit.Years;
        }
        else
        {
            return false;
        }

        if (!(Eat(ref q, "之内") || Eat(ref q, "以内") || Eat(ref q, "内")))
        {
            return false;
        }

        p = q;
        return true;
    }

    /// <summary>
    /// Gets the length of the connector that ends just before <paramref name="p"/> (之日起, 之日后, 之后, 以后, 后, 起),
    /// or 0: the words between an event and the period counted from it.
    /// </summary>
    public readonly int ConnectorBefore(int p)
    {
        if (Is(p - 3, "之日起") || Is(p - 3, "之日后"))
        {
            return 3;
        }

        if (Is(p - 2, "之后") || Is(p - 2, "以后"))
        {
            return 2;
        }

        return Is(p - 1, "后") || Is(p - 1, "起") ? 1 : 0;
    }

    /// <summary>
    /// Reads a whole relative limit: a bare period (7日之内) or [自 / 从] event connector period
    /// (印发后一个月内, 自收到留言咨询之日起3个工作日内, 批复后20日内).
    /// </summary>
    public readonly bool TryRelative(ref int p, out DeadlineRule.Relative rule)
    {
        rule = null!;
        var q = p;
        if (TryRelativePeriod(ref q, false, out var amount, out var unit))
        {
            rule = new DeadlineRule.Relative(RelativeEvent.Unnamed, amount, unit);
            p = q;
            return true;
        }

        var eventStart = p;
        if (Is(eventStart, "自") || Is(eventStart, "从"))
        {
            eventStart++;
        }

        for (var k = eventStart + 1; k < _s.Length && k - eventStart <= MaxEventLength; k++)
        {
            if (IsSeparator(_s[k - 1]))
            {
                return false;
            }

            foreach (var connector in Connectors)
            {
                if (!Is(k, connector))
                {
                    continue;
                }

                var r = k + connector.Length;
                if (TryRelativePeriod(ref r, true, out amount, out unit))
                {
                    rule = RelativeFrom(eventStart, k, amount, unit);
                    p = r;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Builds a relative rule counted from the event written between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public readonly DeadlineRule.Relative RelativeFrom(int start, int end, int amount, PeriodUnit unit)
    {
        if (end <= start)
        {
            return new DeadlineRule.Relative(RelativeEvent.Unnamed, amount, unit);
        }

        var text = _s.Slice(start, end - start);
        if (Contains(text, "印发") || Contains(text, "下发") || Contains(text, "发布"))
        {
            return new DeadlineRule.Relative(RelativeEvent.PlanIssued, amount, unit, IsExactly(text, "印发") ? null : text.ToString());
        }

        if (Contains(text, "收到") || Contains(text, "接到") || Contains(text, "收悉"))
        {
            return new DeadlineRule.Relative(RelativeEvent.Received, amount, unit, IsExactly(text, "收到") ? null : text.ToString());
        }

        if (Contains(text, "批复") || Contains(text, "批准"))
        {
            return new DeadlineRule.Relative(RelativeEvent.Approved, amount, unit, IsExactly(text, "批复") ? null : text.ToString());
        }

        return new DeadlineRule.Relative(RelativeEvent.Other, amount, unit, text.ToString());
    }

    /// <summary>Reads 上旬, 中旬 or 下旬.</summary>
    public readonly bool TryTenDay(ref int p, out TenDayPeriod part)
    {
        part = TenDayPeriod.Early;
        if (p + 1 >= _s.Length || _s[p + 1] != '旬')
        {
            return false;
        }

        switch (_s[p])
        {
            case '上':
                part = TenDayPeriod.Early;
                break;
            case '中':
                part = TenDayPeriod.Middle;
                break;
            case '下':
                part = TenDayPeriod.Late;
                break;
            default:
                return false;
        }

        p += 2;
        return true;
    }

    private static readonly string[] Connectors = { "之日起", "之日后", "之后", "以后", "后", "起" };

    private static bool Contains(ReadOnlySpan<char> text, string word) => text.IndexOf(word.AsSpan()) >= 0;

    private static bool IsExactly(ReadOnlySpan<char> text, string word) => text.SequenceEqual(word.AsSpan());

    private void Fail(PhraseFailure failure, int start, int end)
    {
        if (Failure == PhraseFailure.None)
        {
            Failure = failure;
            FailureStart = start;
            FailureEnd = end;
        }
    }

    private readonly bool StartsContinuousWord(int p)
    {
        foreach (var word in ContinuousWords)
        {
            if (Is(p, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a year: 2020年 (four digits, Arabic or 二〇二〇), 次年 / 明年 / 翌年 / 下一年, 今年 / 本年 / 当年.</summary>
    private bool TryYearPrefix(ref int p, out RuleYear year)
    {
        year = RuleYear.PlanYear;
        var q = p;
        if (TryNumber(ref q, out var value, out var length) && length == 4 && Is(q, "年"))
        {
            q++;
            if (value < 1949 || value > 9999)
            {
                Fail(PhraseFailure.InvalidDate, p, q);
                return false;
            }

            _ = Eat(ref q, "度");
            year = RuleYear.Of(value);
            p = q;
            return true;
        }

        q = p;
        if (Eat(ref q, "次年") || Eat(ref q, "明年") || Eat(ref q, "翌年") || Eat(ref q, "下一年"))
        {
            _ = Eat(ref q, "度");
            year = RuleYear.NextYear;
            p = q;
            return true;
        }

        if (Eat(ref q, "今年") || Eat(ref q, "本年") || Eat(ref q, "当年"))
        {
            _ = Eat(ref q, "度");
            p = q;
            return true;
        }

        return false;
    }

    /// <summary>Reads 至, 到 or a dash between the two ends of a span.</summary>
    private readonly bool EatRangeSeparator(ref int p) => Eat(ref p, "至") || Eat(ref p, "到") || Eat(ref p, "-");

    /// <summary>
    /// Reads a span whose start is a bare number that takes its unit from the end: 2021-2025年 (years),
    /// 11-12月 (months, in the year already read).
    /// </summary>
    private bool TryNumberRange(ref int p, RuleYear year, bool hadYear, out DeadlineRule.Spanning span, out bool marker, out bool bare)
    {
        span = null!;
        marker = false;
        bare = false;
        var q = p;
        if (!TryNumber(ref q, out var first, out var firstLength) || !EatRangeSeparator(ref q))
        {
            return false;
        }

        var e = q;
        if (!TryNumber(ref e, out _, out var secondLength))
        {
            return false;
        }

        DeadlineRule.Fixed start;
        RuleYear endYear;
        bool endHadYear;
        if (Is(e, "年") && !hadYear && firstLength == 4 && secondLength == 4)
        {
            if (first < 1949 || first > 9999)
            {
                Fail(PhraseFailure.InvalidDate, p, q - 1);
                return false;
            }

            start = new DeadlineRule.ByYearEnd(RuleYear.Of(first));
            endHadYear = TryYearPrefix(ref q, out endYear);
            if (!endHadYear)
            {
                return false;
            }
        }
        else if (Is(e, "月"))
        {
            if (first < 1 || first > 12)
            {
                Fail(PhraseFailure.InvalidDate, p, q - 1);
                return false;
            }

            start = new DeadlineRule.ByMonthEnd(year, first);
            endYear = year;
            endHadYear = false;
        }
        else
        {
            return false;
        }

        if (!TryBody(ref q, endYear, endHadYear, out var end, out marker, out bare))
        {
            return false;
        }

        span = new DeadlineRule.Spanning(start, end);
        p = q;
        return true;
    }

    /// <summary>
    /// Reads the period of a fixed limit after its year: 年底 / 年末 / 年内 (or 底 / 末 / 内 after a year), 上半年 /
    /// 下半年, (第)三季度(末), 10月(份)(底 / 末 / 上旬 / 30日), or, after a year, nothing (明年, 2021年).
    /// </summary>
    /// <param name="p">The position.</param>
    /// <param name="year">The year of the period.</param>
    /// <param name="hadYear">Whether a year was written just before.</param>
    /// <param name="rule">The rule read.</param>
    /// <param name="marker">Whether the period itself carries a marker (底, 末, 内).</param>
    /// <param name="bare">Whether the period is a whole month or year without 底 (10月, 2021年), which 前 makes ambiguous.</param>
    private bool TryBody(ref int p, RuleYear year, bool hadYear, out DeadlineRule.Fixed rule, out bool marker, out bool bare)
    {
        rule = null!;
        marker = false;
        bare = false;
        var q = p;

        if (Eat(ref q, "年底") || Eat(ref q, "年末") || Eat(ref q, "年内") || Eat(ref q, "年度内")
            || (hadYear && (Eat(ref q, "底") || Eat(ref q, "末") || Eat(ref q, "内"))))
        {
            rule = new DeadlineRule.ByYearEnd(year);
            marker = true;
            p = q;
            return true;
        }

        YearPeriod? half = Eat(ref q, "上半年") ? YearPeriod.FirstHalf : Eat(ref q, "下半年") ? YearPeriod.SecondHalf : null;
        if (half is { } h)
        {
            marker = Eat(ref q, "末") || Eat(ref q, "底");
            rule = new DeadlineRule.ByPeriodEnd(year, h);
            p = q;
            return true;
        }

        var ordinal = Eat(ref q, "第");
        var n = q;
        if (TryNumber(ref n, out var quarter, out _) && (Eat(ref n, "季度") || Eat(ref n, "季")))
        {
            if (quarter < 1 || quarter > 4)
            {
                Fail(PhraseFailure.InvalidDate, p, n);
                return false;
            }

            marker = Eat(ref n, "末") || Eat(ref n, "底");
            rule = new DeadlineRule.ByPeriodEnd(year, YearPeriod.FirstQuarter + (quarter - 1));
            p = n;
            return true;
        }

        if (ordinal)
        {
            return false;
        }

        q = p;
        if (TryNumber(ref q, out var month, out _))
        {
            if (Eat(ref q, "月"))
            {
                _ = Eat(ref q, "份");
                if (month < 1 || month > 12)
                {
                    Fail(PhraseFailure.InvalidDate, p, q);
                    return false;
                }

                if (Eat(ref q, "底") || Eat(ref q, "末"))
                {
                    rule = new DeadlineRule.ByMonthEnd(year, month);
                    marker = true;
                }
                else if (TryTenDay(ref q, out var part))
                {
                    marker = Eat(ref q, "末") || Eat(ref q, "底");
                    rule = new DeadlineRule.ByTenDayPeriodEnd(year, month, part);
                }
                else
                {
                    var d = q;
                    if (TryNumber(ref d, out var day, out _) && (Eat(ref d, "日") || Eat(ref d, "号")))
                    {
                        if (!DeadlineDates.IsValidDate(year.Resolve(_planYear), month, day))
                        {
                            Fail(PhraseFailure.InvalidDate, p, d);
                            return false;
                        }

                        rule = new DeadlineRule.ByDate(year, month, day);
                        q = d;
                    }
                    else
                    {
                        rule = new DeadlineRule.ByMonthEnd(year, month);
                        bare = true;
                    }
                }

                p = q;
                return true;
            }

            if (month > 31 && (Is(q, "日前") || Is(q, "号前")))
            {
                Fail(PhraseFailure.InvalidDate, p, q + 2); // 1030日前: no such day (a month sign lost?)
            }

            return false;
        }

        var t = p;
        if (TryTenDay(ref t, out _))
        {
            Fail(PhraseFailure.TenDayWithoutMonth, p, t);
            return false;
        }

        if (hadYear)
        {
            rule = new DeadlineRule.ByYearEnd(year);
            bare = true;
            return true;
        }

        return false;
    }

    /// <summary>Reads a frequency after 每 / 按: 日 / 天, 周 / 星期, 月(度), 季度 / 季, 半年(度), 年(度); 个 may come first.</summary>
    private readonly bool TryFrequency(ref int p, out RecurrenceFrequency frequency)
    {
        frequency = RecurrenceFrequency.Monthly;
        var q = p;
        _ = Eat(ref q, "个");
        if (Eat(ref q, "日") || Eat(ref q, "天"))
        {
            frequency = RecurrenceFrequency.Daily;
        }
        else if (Eat(ref q, "周") || Eat(ref q, "星期"))
        {
            frequency = RecurrenceFrequency.Weekly;
        }
        else if (Eat(ref q, "月"))
        {
            _ = Eat(ref q, "度");
            frequency = RecurrenceFrequency.Monthly;
        }
        else if (Eat(ref q, "季度") || Eat(ref q, "季"))
        {
            frequency = RecurrenceFrequency.Quarterly;
        }
        else if (Eat(ref q, "半年"))
        {
            _ = Eat(ref q, "度");
            frequency = RecurrenceFrequency.HalfYearly;
        }
        else if (Eat(ref q, "年"))
        {
            _ = Eat(ref q, "度");
            frequency = RecurrenceFrequency.Yearly;
        }
        else
        {
            return false;
        }

        p = q;
        return true;
    }
}
