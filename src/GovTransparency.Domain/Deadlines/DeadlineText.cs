using System;
using System.Buffers;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Reads Chinese time limits (时限要求): a whole phrase with <see cref="Parse(string, DeadlineContext)"/> (a
/// time-limit cell such as 年底前, 2020年\n10月\n底前, 持续推进, 每月25日前, 印发后一个月内) and the deadlines written
/// inside a requirement text with <see cref="FindInRequirement(string, DeadlineContext)"/>. User text never throws.
/// </summary>
/// <remarks>
/// <para>
/// Before reading, a phrase is normalised in one pass into a stack buffer: white space and line breaks are
/// dropped (cells broken over lines read as one phrase), full-width digits and punctuation become ASCII, and the
/// traditional forms of the key words become simplified (個工作日內 → 个工作日内, 批準後 → 批准后). Numbers may be
/// Arabic or Chinese (10月, 十月, 二〇二〇年). Leading words such as 于, 在, 应于, 将于, 力争, 截至 are skipped,
/// and 前 / 之前 / 以前 are the same marker.
/// </para>
/// <para>
/// A whole phrase is read, in this order, as: empty → <see cref="DeadlineRule.Unspecified"/>; continuous words;
/// a recurrence (每 / 按 …); one or more fixed steps (a fixed rule, or <see cref="DeadlineRule.Milestones"/> when
/// a step has an action or there are several); a relative period; otherwise
/// <see cref="DeadlineRule.Unrecognized"/> with the text kept verbatim. 10月前 and 2021年前 (before the month
/// or year starts, or by its end?) and 上旬 without a month are not guessed.
/// </para>
/// <para>
/// Round trip: for every rule this parser can produce, <c>Parse(rule.ToChineseText(), context).Rule == rule</c>
/// (<see cref="DeadlineRule.ToChineseText"/> writes the canonical phrase). <see cref="DeadlineRule.Unspecified"/> is
/// written as the empty text; <see cref="DeadlineRule.Unrecognized"/> as its text, which reads back verbatim exactly
/// when it is not a time limit. Rules the parser never produces do not round-trip: milestones of one step without an
/// action (that is the fixed rule itself), a recurrence with a day in a quarter, an event text that names another
/// kind of event, a relative length of 1949 years or more (read as a year), an action that starts with a time word.
/// </para>
/// </remarks>
public static class DeadlineText
{
    private const int StackLimit = 64;

    /// <summary>Reads a time limit, such as the text of a 时限要求 cell.</summary>
    /// <param name="text">The text as written; line breaks and spaces inside it are allowed.</param>
    /// <param name="context">The plan year and issue date the text is read against.</param>
    /// <returns>The rule, never null, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="context"/> is null.</exception>
    public static DeadlineParseResult Parse(string text, DeadlineContext context)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(context);
        return ParseCore(text.AsSpan(), text, context);
    }

    /// <summary>Reads a time limit from a span of characters (for example a slice of a larger document).</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="context">The plan year and issue date the text is read against.</param>
    /// <returns>The rule, never null, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static DeadlineParseResult Parse(ReadOnlySpan<char> text, DeadlineContext context)
    {
        Guard.Against.Null(context);
        return ParseCore(text, null, context);
    }

    /// <summary>
    /// Finds the deadlines written inside a requirement text: fixed ones that carry a deadline marker (2020年底前,
    /// 7月底前, 10月30日前, 年内, 三季度末) and relative ones (在1个工作日内, 收到留言咨询之日起3个工作日内,
    /// 重点任务分工印发后一个月内), each with what is due by it and where it sits. Recurrences (每月, 按季度) and bare
    /// dates (2021年4月9日, an issue date) are not deadlines and are not returned.
    /// </summary>
    /// <param name="requirement">The requirement text (工作要求 / 具体要求).</param>
    /// <param name="context">The plan year and issue date the text is read against.</param>
    /// <returns>The deadlines in text order, and the diagnostics (a date that does not exist: GT0403).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> or <paramref name="context"/> is null.</exception>
    public static DeadlineSearchResult FindInRequirement(string requirement, DeadlineContext context)
    {
        Guard.Against.Null(requirement);
        Guard.Against.Null(context);
        return RequirementDeadlineFinder.Find(requirement, context);
    }

    private static DeadlineParseResult ParseCore(ReadOnlySpan<char> text, string? original, DeadlineContext context)
    {
        char[]? rentedChars = null;
        int[]? rentedMap = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
        Span<int> map = text.Length <= StackLimit
            ? stackalloc int[StackLimit]
            : (rentedMap = ArrayPool<int>.Shared.Rent(text.Length));
        try
        {
            var n = DeadlineTextNormalizer.Normalize(text, buffer, map);
            var phrase = new Phrase(buffer.Slice(0, n), map.Slice(0, n), text, original);
            return Read(ref phrase, context);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedMap is not null)
            {
                ArrayPool<int>.Shared.Return(rentedMap);
            }
        }
    }

    private static DeadlineParseResult Read(ref Phrase phrase, DeadlineContext context)
    {
        var s = phrase.Normalized;
        var end = s.Length;
        while (end > 0 && IsTrimmed(s[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && IsTrimmed(s[start]))
        {
            start++;
        }

        if (start == end)
        {
            return new DeadlineParseResult(new DeadlineRule.Unspecified(), new[] { Messages.DeadlineNotSpecified() });
        }

        var reader = new DeadlinePhraseReader(s.Slice(0, end), context.PlanYear);
        var p = start;
        reader.SkipPrefixWords(ref p);

        var q = p;
        if (reader.TryContinuous(ref q) && TryTrailing(ref reader, ref phrase, q, out var ignored))
        {
            return Result(new DeadlineRule.Continuous(), ref phrase, ignored);
        }

        q = p;
        if (reader.TryRecurring(ref q, out var recurring) && TryTrailing(ref reader, ref phrase, q, out ignored))
        {
            return Result(recurring, ref phrase, ignored);
        }

        if (TryFixedSteps(ref reader, ref phrase, p, out var steps))
        {
            return new DeadlineParseResult(steps);
        }

        q = p;
        if (reader.TryRelative(ref q, out var relative) && TryTrailing(ref reader, ref phrase, q, out ignored))
        {
            return Result(relative, ref phrase, ignored);
        }

        var verbatim = phrase.OriginalText();
        var diagnostic = reader.Failure switch
        {
            PhraseFailure.InvalidDate => Messages.DeadlineInvalidDate(verbatim, phrase.Original(reader.FailureStart, reader.FailureEnd)),
            PhraseFailure.TenDayWithoutMonth => Messages.DeadlineTenDayPeriodWithoutMonth(verbatim),
            _ => Messages.DeadlineNotRecognized(verbatim),
        };
        return new DeadlineParseResult(new DeadlineRule.Unrecognized(verbatim), new[] { diagnostic });
    }

    private static DeadlineParseResult Result(DeadlineRule rule, ref Phrase phrase, string? ignoredWords) => ignoredWords is null
        ? new DeadlineParseResult(rule)
        : new DeadlineParseResult(rule, new[] { Messages.DeadlineWordsIgnored(phrase.OriginalText(), ignoredWords) });

    /// <summary>
    /// Accepts what follows a continuous, recurring or relative limit: nothing, a completion word (完成), or plain
    /// words without any time word (公开), which are reported as left out.
    /// </summary>
    private static bool TryTrailing(ref DeadlinePhraseReader reader, ref Phrase phrase, int q, out string? ignored)
    {
        ignored = null;
        while (q < reader.Length && DeadlinePhraseReader.IsSeparator(reader[q]))
        {
            q++;
        }

        if (q == reader.Length || reader.IsCompletionWord(q, reader.Length))
        {
            return true;
        }

        if (!reader.IsPlainWords(q, reader.Length))
        {
            return false;
        }

        ignored = phrase.Original(q, reader.Length);
        return true;
    }

    /// <summary>
    /// Reads one or more fixed steps, each with the words after it up to the next step: 年底前 (a fixed rule),
    /// 11月底前完成 (a fixed rule: a completion word says nothing more), 7月底前提出方案 (one milestone),
    /// 7月底前提出方案，10月底前完成 and 5月29日、12月10日前 (milestones). A step that writes no year takes the year of
    /// the step before it.
    /// </summary>
    private static bool TryFixedSteps(ref DeadlinePhraseReader reader, ref Phrase phrase, int p, out DeadlineRule rule)
    {
        rule = null!;
        var q = p;
        if (!reader.TryFixed(ref q, RuleYear.PlanYear, out var first, out _))
        {
            return false;
        }

        var next = FindNextStep(ref reader, q, DeadlineDates.YearOf(first), out var actionEnd);
        if (next < 0)
        {
            var words = q;
            while (words < reader.Length && DeadlinePhraseReader.IsSeparator(reader[words]))
            {
                words++;
            }

            if (words == reader.Length || reader.IsCompletionWord(words, reader.Length))
            {
                rule = first;
                return true;
            }

            if (!reader.IsActionText(q, reader.Length))
            {
                return false;
            }

            rule = new DeadlineRule.Milestones(new[] { new Milestone(first, phrase.Action(q, reader.Length)) });
            return true;
        }

        if (!reader.IsActionText(q, actionEnd))
        {
            return false;
        }

        var steps = new List<Milestone> { new(first, phrase.Action(q, actionEnd)) };
        var previous = first;
        while (next >= 0)
        {
            q = next;
            if (!reader.TryFixed(ref q, DeadlineDates.YearOf(previous), out var step, out _))
            {
                return false; // cannot happen: FindNextStep read it
            }

            next = FindNextStep(ref reader, q, DeadlineDates.YearOf(step), out actionEnd);
            var stepEnd = next < 0 ? reader.Length : actionEnd;
            if (!reader.IsActionText(q, stepEnd))
            {
                return false;
            }

            steps.Add(new Milestone(step, phrase.Action(q, stepEnd)));
            previous = step;
        }

        rule = new DeadlineRule.Milestones(steps);
        return true;
    }

    /// <summary>
    /// Finds the next step after <paramref name="from"/>: a separator followed (after leading words such as 并于) by a
    /// fixed limit. Returns its position, or -1; <paramref name="actionEnd"/> is where the previous step's words end.
    /// </summary>
    private static int FindNextStep(ref DeadlinePhraseReader reader, int from, RuleYear year, out int actionEnd)
    {
        for (var k = from; k < reader.Length; k++)
        {
            if (!DeadlinePhraseReader.IsSeparator(reader[k]))
            {
                continue;
            }

            var j = k + 1;
            while (j < reader.Length && DeadlinePhraseReader.IsSeparator(reader[j]))
            {
                j++;
            }

            reader.SkipPrefixWords(ref j);
            var test = j;
            if (j < reader.Length && reader.TryFixed(ref test, year, out _, out _))
            {
                actionEnd = k;
                return j;
            }
        }

        actionEnd = reader.Length;
        return -1;
    }

    private static bool IsTrimmed(char c) => DeadlinePhraseReader.IsSeparator(c) || c is '…' or '"' or '\'' or '“' or '”';

    /// <summary>A phrase being read: its normalised characters and the way back to the text as written.</summary>
    private readonly ref struct Phrase
    {
        private readonly ReadOnlySpan<int> _map;
        private readonly ReadOnlySpan<char> _text;
        private readonly string? _original;

        public Phrase(ReadOnlySpan<char> normalized, ReadOnlySpan<int> map, ReadOnlySpan<char> text, string? original)
        {
            Normalized = normalized;
            _map = map;
            _text = text;
            _original = original;
        }

        public ReadOnlySpan<char> Normalized { get; }

        /// <summary>The whole text as written.</summary>
        public string OriginalText() => _original ?? _text.ToString();

        /// <summary>The text as written behind normalised characters [start, end), without white space.</summary>
        public string Original(int start, int end) => WrittenText(_text, _map, start, end);

        /// <summary>The action after a step: the words as written, separators trimmed, or null.</summary>
        public string? Action(int start, int end)
        {
            var s = Normalized;
            while (start < end && DeadlinePhraseReader.IsSeparator(s[start]))
            {
                start++;
            }

            while (end > start && DeadlinePhraseReader.IsSeparator(s[end - 1]))
            {
                end--;
            }

            return start == end ? null : Original(start, end);
        }
    }

    /// <summary>
    /// The characters of <paramref name="text"/> behind normalised characters [start, end) of a phrase normalised with
    /// <paramref name="map"/>, without the white space between them.
    /// </summary>
    internal static string WrittenText(ReadOnlySpan<char> text, ReadOnlySpan<int> map, int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var from = map[start];
        var to = map[end - 1] + 1;
        var slice = text.Slice(from, to - from);
        var kept = 0;
        foreach (var c in slice)
        {
            if (!DeadlineTextNormalizer.IsIgnorable(c))
            {
                kept++;
            }
        }

        if (kept == slice.Length)
        {
            return slice.ToString();
        }

        var chars = new char[kept];
        var i = 0;
        foreach (var c in slice)
        {
            if (!DeadlineTextNormalizer.IsIgnorable(c))
            {
                chars[i++] = c;
            }
        }

        return new string(chars);
    }
}
