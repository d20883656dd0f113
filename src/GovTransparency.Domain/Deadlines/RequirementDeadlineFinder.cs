using System;
using System.Buffers;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Finds the deadlines inside a requirement text (<see cref="DeadlineText.FindInRequirement"/>): a left-to-right scan
/// of the normalised text that tries the phrase reader at each place a deadline can start.
/// </summary>
/// <remarks>
/// Prose is full of dates and numbers that are not deadlines (2021年4月9日, 第十四个五年规划, 8.5天, 每年), so the scan
/// is stricter than a time-limit cell: a fixed deadline must carry a marker (底, 末, 内, 前 / 之前 / 以前, 止), except
/// inside a list whose last item has one (5月29日、12月10日前); a relative one must end in 内; recurrences (每月, 按季度)
/// are skipped. A year that is not written is the year of the previous deadline in the same sentence, else the plan
/// year.
/// </remarks>
internal static class RequirementDeadlineFinder
{
    private const string YearModifiers = "上下去前往该同隔后近每全今本当次明翌历多几半整周逐数";

    private static readonly string[] TrailingWords = { "并于", "并在", "要于", "要在", "将于", "应于", "应在", "须于", "须在", "于", "在", "并", "和", "及", "与" };

    public static DeadlineSearchResult Find(string text, DeadlineContext context)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var mapBuffer = ArrayPool<int>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var n = DeadlineTextNormalizer.Normalize(text.AsSpan(), buffer, mapBuffer);
            var s = new ReadOnlySpan<char>(buffer, 0, n);
            var map = new ReadOnlySpan<int>(mapBuffer, 0, n);
            var found = new List<Found>();
            List<Diagnostic>? diagnostics = null;
            Scan(s, map, text, context, found, ref diagnostics);

            var deadlines = new RequirementDeadline[found.Count];
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                var span = new TextSpan(map[f.Start], map[f.End - 1] + 1 - map[f.Start]);
                var limit = i + 1 < found.Count ? found[i + 1].Start : n;
                deadlines[i] = new RequirementDeadline(f.Rule, span, span.Of(text), Action(s, map, text, f.End, limit));
            }

            return new DeadlineSearchResult(deadlines, diagnostics);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(mapBuffer);
        }
    }

    private static void Scan(ReadOnlySpan<char> s, ReadOnlySpan<int> map, string text, DeadlineContext context, List<Found> found, ref List<Diagnostic>? diagnostics)
    {
        var reader = new DeadlinePhraseReader(s, context.PlanYear);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is '每' or '按')
            {
                var r = i;
                if (reader.TryRecurring(ref r, out _))
                {
                    i = r;
                    continue;
                }
            }

            // After an event's connector (后, 之后, 起 …) a number is a period from the event: 印发后3月内 is "within
            // three months of issue", as DeadlineText.Parse reads it, not "by the end of March".
            var number = CanStartNumber(s, i);
            var connector = number ? reader.ConnectorBefore(i) : 0;
            int end;
            if (connector > 0 && TryRelative(ref reader, s, found, i, connector, out end))
            {
                i = end;
                continue;
            }

            if (CanStartFixed(s, i))
            {
                var q = i;
                reader.ClearFailure();
                var year = DefaultYear(s, found, i);
                if (reader.TryFixed(ref q, year, out var rule, out var marker))
                {
                    if (marker)
                    {
                        found.Add(new Found(i, q, rule));
                        i = q;
                        continue;
                    }

                    var listEnd = TryList(ref reader, found, i, q, rule);
                    if (listEnd > 0)
                    {
                        i = listEnd;
                        continue;
                    }
                }
                else if (reader.Failure == PhraseFailure.InvalidDate && reader.FailureStart == i
                    && (s[reader.FailureEnd - 1] == '前' || FollowedByMarker(ref reader, reader.FailureEnd)))
                {
                    var failureEnd = reader.FailureEnd;
                    var phraseEnd = failureEnd;
                    _ = reader.Eat(ref phraseEnd, "之前") || reader.Eat(ref phraseEnd, "以前") || reader.Eat(ref phraseEnd, "前");
                    var span = new TextSpan(map[i], map[phraseEnd - 1] + 1 - map[i]);
                    var date = DeadlineText.WrittenText(text.AsSpan(), map, i, s[failureEnd - 1] == '前' ? failureEnd - 1 : failureEnd);
                    var phrase = DeadlineText.WrittenText(text.AsSpan(), map, i, phraseEnd);
                    (diagnostics ??= new List<Diagnostic>()).Add(Messages.DeadlineInvalidDate(phrase, date, span));
                    i = failureEnd;
                    continue;
                }
            }

            if (number && connector == 0 && TryRelative(ref reader, s, found, i, 0, out end))
            {
                i = end;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// Reads a period (3日内, 5个工作日内) starting at <paramref name="i"/> and adds it; when <paramref name="connector"/>
    /// (the length of the 后, 之后, 起 … right before it) is positive, the period runs from the event written before the
    /// connector. Returns false, adding nothing, when no period starts there.
    /// </summary>
    private static bool TryRelative(ref DeadlinePhraseReader reader, ReadOnlySpan<char> s, List<Found> found, int i, int connector, out int end)
    {
        var q = i;
        if (!reader.TryRelativePeriod(ref q, connector > 0, out var amount, out var unit))
        {
            end = i;
            return false;
        }

        var start = i;
        DeadlineRule.Relative rule;
        if (connector > 0)
        {
            var eventEnd = i - connector;
            var lower = found.Count > 0 ? found[found.Count - 1].End : 0;
            var eventStart = eventEnd;
            while (eventStart > lower && eventEnd - eventStart < DeadlinePhraseReader.MaxEventLength && !IsEventStop(s[eventStart - 1]))
            {
                eventStart--;
            }

            var received = ReceivedAt(s, eventStart, eventEnd);
            if (received > eventStart)
            {
                eventStart = received;
            }
            else if (eventStart > lower && s[eventStart - 1] is '自' or '从')
            {
                start = eventStart - 1;
            }

            if (eventStart < eventEnd && start == i)
            {
                start = eventStart;
            }

            rule = reader.RelativeFrom(eventStart, eventEnd, amount, unit);
        }
        else
        {
            rule = new DeadlineRule.Relative(RelativeEvent.Unnamed, amount, unit);
        }

        found.Add(new Found(start, q, rule));
        end = q;
        return true;
    }

    /// <summary>
    /// Reads a list of periods joined by 、 和 及 与 whose last item carries a marker (5月29日、12月10日前), adding every
    /// item; returns the end of the list, or 0 when it is not such a list.
    /// </summary>
    private static int TryList(ref DeadlinePhraseReader reader, List<Found> found, int start, int end, DeadlineRule.Fixed first)
    {
        var items = new List<Found> { new(start, end, first) };
        var last = first;
        var q = end;
        while (q < reader.Length && reader[q] is '、' or '和' or '及' or '与')
        {
            var itemStart = q + 1;
            var r = itemStart;
            if (!reader.TryFixed(ref r, DeadlineDates.YearOf(last), out var item, out var marker))
            {
                return 0;
            }

            items.Add(new Found(itemStart, r, item));
            last = item;
            q = r;
            if (marker)
            {
                found.AddRange(items);
                return q;
            }
        }

        return 0;
    }

    /// <summary>The year of a period that writes none: that of the previous deadline in the same sentence, else the plan year.</summary>
    private static RuleYear DefaultYear(ReadOnlySpan<char> s, List<Found> found, int position)
    {
        if (found.Count == 0 || found[found.Count - 1].Rule is not DeadlineRule.Fixed previous)
        {
            return RuleYear.PlanYear;
        }

        for (var k = found[found.Count - 1].End; k < position; k++)
        {
            if (s[k] is '。' or ';' or '!' or '?')
            {
                return RuleYear.PlanYear;
            }
        }

        return DeadlineDates.YearOf(previous);
    }

    /// <summary>
    /// What is due by a deadline ending at <paramref name="end"/>: the rest of its clause, or, when the deadline ends
    /// its clause (2020年底前，…), the rest of the sentence; never past the next deadline.
    /// </summary>
    private static string? Action(ReadOnlySpan<char> s, ReadOnlySpan<int> map, string text, int end, int limit)
    {
        int start;
        int stop;
        if (end < s.Length && s[end] == ',')
        {
            start = end + 1;
            stop = IndexOfAny(s, start, "。;!?");
        }
        else
        {
            start = end;
            stop = IndexOfAny(s, start, ",。;!?");
        }

        stop = Math.Min(stop, limit);
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            while (start < stop && (DeadlinePhraseReader.IsSeparator(s[start]) || s[start] is '"' or '“' or '”'))
            {
                start++;
            }

            while (stop > start && (DeadlinePhraseReader.IsSeparator(s[stop - 1]) || s[stop - 1] is '"' or '“' or '”'))
            {
                stop--;
                trimmed = true;
            }

            foreach (var word in TrailingWords)
            {
                if (stop - start >= word.Length && s.Slice(stop - word.Length, word.Length).SequenceEqual(word.AsSpan()))
                {
                    stop -= word.Length;
                    trimmed = true;
                    break;
                }
            }
        }

        return stop > start ? DeadlineText.WrittenText(text.AsSpan(), map, start, stop) : null;
    }

    private static int IndexOfAny(ReadOnlySpan<char> s, int start, string stops)
    {
        for (var k = start; k < s.Length; k++)
        {
            if (stops.AsSpan().IndexOf(s[k]) >= 0)
            {
                return k;
            }
        }

        return s.Length;
    }

    private static bool FollowedByMarker(ref DeadlinePhraseReader reader, int p) =>
        reader.Is(p, "前") || reader.Is(p, "之前") || reader.Is(p, "以前") || reader.Is(p, "内") || reader.Is(p, "底") || reader.Is(p, "末");

    /// <summary>Where 收到 / 接到 starts inside an event, so that 确保收到留言咨询 becomes 收到留言咨询; or -1.</summary>
    private static int ReceivedAt(ReadOnlySpan<char> s, int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
        {
            if ((s[k] == '收' && s[k + 1] == '到') || (s[k] == '接' && s[k + 1] == '到'))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsEventStop(char c) =>
        DeadlinePhraseReader.IsSeparator(c) || c is '(' or ')' or '"' or '“' or '”' or '《' or '》' or '【' or '】' or '[' or ']'
            or '自' or '从' or '在' or '于';

    private static bool IsAsciiLetterOrDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsNumberBoundary(char previous) =>
        !ChineseNumerals.IsNumeralChar(previous) && !IsAsciiLetterOrDigit(previous) && previous is not ('.' or '第');

    /// <summary>Whether a number can start at <paramref name="i"/>: not inside a longer number, word or ordinal.</summary>
    private static bool CanStartNumber(ReadOnlySpan<char> s, int i) =>
        ChineseNumerals.IsNumeralChar(s[i]) && (i == 0 || IsNumberBoundary(s[i - 1]));

    /// <summary>Whether a fixed deadline can start at <paramref name="i"/>.</summary>
    private static bool CanStartFixed(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        var previous = i > 0 ? s[i - 1] : ',';
        if (ChineseNumerals.IsNumeralChar(c))
        {
            return IsNumberBoundary(previous) && previous != '每';
        }

        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        switch (c)
        {
            case '年':
                return !ChineseNumerals.IsNumeralChar(previous) && !IsAsciiLetterOrDigit(previous) && YearModifiers.AsSpan().IndexOf(previous) < 0;
            case '次' or '明' or '翌' or '今' or '本' or '当':
                return next == '年' && previous != '每' && !ChineseNumerals.IsNumeralChar(previous);
            case '上':
                return next == '半' && previous != '每';
            case '下':
                return (next == '半' || next == '一') && previous != '每';
            case '第':
                return true;
            default:
                return false;
        }
    }

    /// <summary>A deadline found: normalised positions [Start, End) and its rule.</summary>
    private readonly struct Found
    {
        public Found(int start, int end, DeadlineRule rule)
        {
            Start = start;
            End = end;
            Rule = rule;
        }

        public int Start { get; }

        public int End { get; }

        public DeadlineRule Rule { get; }
    }
}
