using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Reads the document's metadata from the lines before the plan's body (and the sign-off after it): the labelled
/// fields of a portal page (发文机关, 成文日期, 发布日期, 发文字号, 标题 …), a document number on a line of its own, the
/// covering notice's title, the sign-off authority and date, the caption above the table, and the upper-level
/// documents named in 贯彻落实《…》(…号).
/// </summary>
internal static class HeaderReader
{
    private static readonly string[] ReadLabels = { "发文机关", "发布机构", "成文日期", "发布日期", "发文日期", "印发日期", "发文字号", "文号", "标题", "名称" };

    // Labels read only to know where the previous label's value ends.
    private static readonly string[] OtherLabels =
    {
        "索引号", "组配分类", "主题分类", "体裁分类", "关键词", "有效性", "信息来源", "来源", "时间", "浏览量", "文字大小", "背景色",
        "生效日期", "废止日期", "公开方式", "公开范围", "分类", "词", "号",
    };

    private static readonly Regex LabelPattern = BuildLabelPattern();

    private static readonly string[] Placeholders = { "暂无", "无", "空", "-", "—", "/", "未知" };

    private static readonly string[] PlanWords = { "要点", "方案", "分工", "分解表", "分解", "计划", "任务", "清单", "台账", "进展情况", "完成情况" };

    private static readonly string[] AuthorityEndings = { "办公室", "办公厅", "人民政府", "政府", "委员会", "领导小组", "政府办", "局", "委", "办", "院", "厅" };

    private static readonly string[] ReferenceVerbs = { "贯彻落实", "贯彻", "落实", "依据", "根据", "按照" };

    public static DocumentHeader Read(IReadOnlyList<SourceLine> lines, int bodyStart, int bodyEnd, ImportContext context)
    {
        var header = new DocumentHeader();
        var preamble = new StringBuilder();
        for (var i = 0; i < bodyStart && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            preamble.Append(line.Trimmed).Append('\n');
            if (ReadLabelsOf(line, header, context))
            {
                continue;
            }

            ReadStandaloneLine(lines, i, header);
        }

        for (var i = bodyEnd; i < lines.Count; i++)
        {
            ReadSignOff(lines, i, header);
        }

        header.NoticeTitle = FindNoticeTitle(lines, bodyStart, out var noticeAuthority);
        header.NoticeAuthority = noticeAuthority;
        header.Caption = FindCaption(lines, bodyStart);
        ReadImplements(preamble.ToString(), header.Implements);
        return header;
    }

    /// <summary>Removes a leading 【…】 tag of a portal's title, such as 【政务公开-重点工作】.</summary>
    public static string StripTag(string title)
    {
        var text = TextRules.Trim(title);
        if (text.Length > 0 && text[0] == '【')
        {
            var close = TextRules.Find(text, '】');
            if (close > 0 && close < text.Length - 1)
            {
                return TextRules.Trim(text.Substring(close + 1));
            }
        }

        return text;
    }

    private static Regex BuildLabelPattern()
    {
        var alternatives = new List<string>();
        foreach (var label in ReadLabels)
        {
            alternatives.Add(Spaced(label));
        }

        foreach (var label in OtherLabels)
        {
            alternatives.Add(Spaced(label));
        }

        // A label starts a line or follows white space or a bullet, and ends with a half- or full-width colon.
        return new Regex(@"(?<=^|[\s•·|])(?:" + string.Join("|", alternatives) + @")\s*[:：]", RegexOptions.CultureInvariant);

        static string Spaced(string label)
        {
            var builder = new StringBuilder();
            foreach (var c in label)
            {
                if (builder.Length > 0)
                {
                    builder.Append(@"\s*");
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }

    private static bool ReadLabelsOf(SourceLine line, DocumentHeader header, ImportContext context)
    {
        var text = line.Text;
        var match = LabelPattern.Match(text);
        if (!match.Success)
        {
            return false;
        }

        while (match.Success)
        {
            var next = match.NextMatch();
            var end = next.Success ? next.Index : text.Length;
            var label = TextRules.Compact(match.Value).TrimEnd(':', '：');
            var value = TextRules.Trim(text.Substring(match.Index + match.Length, end - match.Index - match.Length));
            Apply(label, value, line.Number, header, context);
            match = next;
        }

        return true;
    }

    private static void Apply(string label, string value, int line, DocumentHeader header, ImportContext context)
    {
        if (IsPlaceholder(value))
        {
            return;
        }

        switch (label)
        {
            case "发文机关":
                header.IssuerLabel ??= value;
                break;
            case "发布机构":
                header.PublisherLabel ??= value;
                break;
            case "标题":
            case "名称":
                header.LabelTitle ??= StripTag(value);
                break;
            case "成文日期":
                ReadDate(value, line, "成文日期", "date written (成文日期)", context, d => header.WrittenOn ??= d);
                break;
            case "发布日期":
            case "发文日期":
                ReadDate(value, line, label, "date published (" + label + ")", context, d => header.PublishedOn ??= d);
                break;
            case "印发日期":
                ReadDate(value, line, label, "date issued (印发日期)", context, d => header.PrintedOn ??= d);
                break;
            case "发文字号":
            case "文号":
                var number = DocumentNumber.Parse(value);
                if (number.Success)
                {
                    header.Number ??= number.Value;
                }
                else
                {
                    context.Add(Messages.HeaderValueUnreadable(line, "发文字号", "document number (发文字号)", value));
                }

                break;
        }
    }

    private static void ReadDate(string value, int line, string labelZh, string labelEn, ImportContext context, Action<NodaTime.LocalDate> set)
    {
        if (DateText.TryFind(value, out var date))
        {
            set(date);
        }
        else
        {
            context.Add(Messages.HeaderValueUnreadable(line, labelZh, labelEn, value));
        }
    }

    private static bool IsPlaceholder(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        foreach (var placeholder in Placeholders)
        {
            if (string.Equals(value, placeholder, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadStandaloneLine(IReadOnlyList<SourceLine> lines, int index, DocumentHeader header)
    {
        var text = lines[index].Trimmed;
        if (text.Length <= 40 && header.Number is null && TextRules.Find(text, '号') >= 0)
        {
            var number = DocumentNumber.Parse(text);
            if (number.Success)
            {
                header.Number = number.Value;
                return;
            }
        }

        ReadSignOff(lines, index, header);
    }

    private static void ReadSignOff(IReadOnlyList<SourceLine> lines, int index, DocumentHeader header)
    {
        var line = lines[index];
        if (line.IsBlank || !DateText.TryReadLine(line.Trimmed, out var date, out var printed))
        {
            return;
        }

        if (printed)
        {
            header.PrintedOn ??= date;
            return;
        }

        if (header.SignOffDate is not null)
        {
            return;
        }

        header.SignOffDate = date;
        for (int i = index - 1, seen = 0; i >= 0 && seen < 4; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (IsAuthorityName(lines[i].Trimmed))
            {
                header.SignOffAuthority = lines[i].Trimmed;
            }

            break;
        }
    }

    private static bool IsAuthorityName(string text)
    {
        if (text.Length < 3 || text.Length > 30 || TextRules.ContainsAny(text, "。，,：:《"))
        {
            return false;
        }

        foreach (var ending in AuthorityEndings)
        {
            if (TextRules.EndsWithOrdinal(text, ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the title of the covering notice: a line with 关于 that ends, on it or one of the next two non-blank lines, with 通知.</summary>
    private static string? FindNoticeTitle(IReadOnlyList<SourceLine> lines, int bodyStart, out string? authority)
    {
        authority = null;
        for (var i = 0; i < bodyStart && i < lines.Count; i++)
        {
            var first = lines[i].Trimmed;
            var about = first.IndexOf("关于", StringComparison.Ordinal);
            if (about < 0 || first.Length > 80 || TextRules.Find(first, '《') >= 0 || TextRules.Find(first, '。') >= 0 || LabelPattern.IsMatch(lines[i].Text))
            {
                continue;
            }

            var title = new StringBuilder(first);
            for (int j = i + 1, taken = 0; !EndsLikeNotice(title) && j < bodyStart && taken < 2; j++)
            {
                if (lines[j].IsBlank)
                {
                    continue;
                }

                taken++;
                title.Append(lines[j].Trimmed);
            }

            if (!EndsLikeNotice(title))
            {
                continue;
            }

            var prefix = first.Substring(0, about);
            authority = IsAuthorityName(prefix) ? prefix : null;
            return title.ToString();
        }

        return null;

        static bool EndsLikeNotice(StringBuilder text) =>
            text.Length >= 2 && text[text.Length - 2] == '通' && text[text.Length - 1] == '知';
    }

    /// <summary>The caption of the plan: the nearest short line above the body that names a plan (…工作要点, …任务分工, …分解表).</summary>
    private static string? FindCaption(IReadOnlyList<SourceLine> lines, int end)
    {
        for (int i = Math.Min(end, lines.Count) - 1, seen = 0; i >= 0 && seen < 4; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            var text = lines[i].Trimmed;
            if (text.Length > 60 || TextRules.Find(text, '。') >= 0 || TextRules.Find(text, '，') >= 0 || TextRules.Find(text, ',') >= 0 || LabelPattern.IsMatch(lines[i].Text))
            {
                continue;
            }

            foreach (var word in PlanWords)
            {
                if (TextRules.ContainsOrdinal(text, word))
                {
                    return HeaderReader.StripTag(text);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads 贯彻落实《title》(number)和《title》(number) into references, in the order written: a chain of titles in
    /// 《》 that follows one of the verbs 贯彻落实, 落实, 依据, 根据, 按照, each title optionally followed by its document
    /// number in brackets.
    /// </summary>
    private static void ReadImplements(string preamble, List<DocumentReference> references)
    {
        for (var i = TextRules.Find(preamble, '《'); i >= 0; i = i < preamble.Length ? TextRules.Find(preamble, '《', i) : -1)
        {
            if (!FollowsVerb(preamble, i))
            {
                i++;
                continue;
            }

            while (i < preamble.Length && preamble[i] == '《')
            {
                var close = TextRules.Find(preamble, '》', i + 1);
                if (close < 0 || close - i > 200)
                {
                    i++;
                    break;
                }

                var title = preamble.Substring(i + 1, close - i - 1);
                i = close + 1;
                DocumentNumber? number = null;
                if (i < preamble.Length && TextRules.IsOpenBracket(preamble[i]))
                {
                    var end = i + 1;
                    while (end < preamble.Length && end - i < 40 && !TextRules.IsCloseBracket(preamble[end]) && preamble[end] != '\n')
                    {
                        end++;
                    }

                    var found = DocumentNumber.FindAll(preamble.Substring(i + 1, end - i - 1));
                    if (found.Value.Count > 0)
                    {
                        number = found.Value[0].Number;
                        i = end < preamble.Length ? end + 1 : end;
                    }
                }

                var reference = new DocumentReference(number, title);
                if (!references.Contains(reference))
                {
                    references.Add(reference);
                }

                i = SkipConnector(preamble, i);
            }
        }

        static bool FollowsVerb(string text, int bracket)
        {
            var end = bracket;
            while (end > 0 && TextRules.IsSpace(text[end - 1]))
            {
                end--;
            }

            foreach (var verb in ReferenceVerbs)
            {
                if (end >= verb.Length && string.CompareOrdinal(text, end - verb.Length, verb, 0, verb.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        static int SkipConnector(string text, int i)
        {
            foreach (var connector in new[] { "以及", "和", "及", "与", "、", "，", ",", "；" })
            {
                if (string.CompareOrdinal(text, i, connector, 0, connector.Length) == 0)
                {
                    return i + connector.Length;
                }
            }

            return i;
        }
    }
}
