using System;
using System.Collections.Generic;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Import.Internal;

/// <summary>
/// Finds the plan's body and recognises its layout from the text: a table header (工作任务 / 具体要求 / 责任单位 …)
/// means a table, whose cells tell the table layouts apart; otherwise numbered sections (一、) mean prose.
/// </summary>
internal static class LayoutDetector
{
    private const int MaxHeadingTitle = 60;

    // Lines that end a page's content: download links, sharing, comments and footers of the portals scraped.
    private static readonly string[] EndMarkers =
    {
        "文件下载", "附件下载", "相关附件", "政策咨询", "打印本页", "关闭窗口", "分享到", "相关解读", "全文下载", "相关链接",
        "相关文件", "标签", "责任编辑", "上一篇", "下一篇", "【打印】", "【关闭】", "[打印]", "[关闭]",
    };

    private static readonly string[] EndPrefixes = { "扫一扫", "您需要登录", "如果您对该政策文件有疑问", "Copyright", "版权所有", "主办单位", "Archiver" };

    public static BodyLocation Detect(IReadOnlyList<SourceLine> lines)
    {
        if (TryFindTableHeader(lines, out var headerStart, out var bodyStart, out var columns))
        {
            var bodyEnd = FindEnd(lines, bodyStart);
            return new BodyLocation(TableLayout(lines, bodyStart, bodyEnd), headerStart, bodyStart, bodyEnd, columns);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsProseSectionHeading(lines[i]))
            {
                var bodyEnd = FindEnd(lines, i + 1);
                var layout = DocumentLayout.ProseKeyPoints;
                for (var j = i; j < bodyEnd; j++)
                {
                    if (IsNumberedParagraph(lines[j].Trimmed, out _))
                    {
                        layout = DocumentLayout.ProseNumberedParagraphs;
                        break;
                    }
                }

                return new BodyLocation(layout, i, i, bodyEnd, null);
            }
        }

        return new BodyLocation(DocumentLayout.Unknown, lines.Count, lines.Count, lines.Count, null);
    }

    /// <summary>A task line of prose or of a titled task column: 1、全面推进… or 1.主动公开…, with an Arabic number, its mark and text.</summary>
    public static bool IsNumberedParagraph(string trimmed, out TaskHeading heading)
    {
        heading = null!;
        if (!TextRules.StartsWithArabicNumber(trimmed))
        {
            return false;
        }

        var result = TaskNumber.ParseHeading(trimmed);
        if (!result.Success || result.Value.Title.Length == 0)
        {
            return false;
        }

        heading = result.Value;
        return true;
    }

    /// <summary>A section heading of prose: 一、总体要求 — an ordinal with 、 (or a slip such as 一，) and a short title.</summary>
    public static bool IsProseSectionHeading(SourceLine line)
    {
        if (line.IsBlank || line.Trimmed.Length > MaxHeadingTitle + 4)
        {
            return false;
        }

        var result = ChineseOrdinal.ParseHeading(line.Trimmed);
        return result.Success && result.Value.Style == OrdinalStyle.Enumeration && result.Value.Title.Length > 0;
    }

    public static bool IsEndMarker(string trimmed)
    {
        if (trimmed.Length == 0)
        {
            return false;
        }

        var compact = TextRules.Compact(trimmed);
        foreach (var marker in EndMarkers)
        {
            if (compact.StartsWith(marker, StringComparison.Ordinal)
                && (compact.Length == marker.Length || compact[marker.Length] is ':' or '：'))
            {
                return true;
            }
        }

        foreach (var prefix in EndPrefixes)
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindEnd(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (IsEndMarker(lines[i].Trimmed))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static bool TryFindTableHeader(IReadOnlyList<SourceLine> lines, out int headerStart, out int bodyStart, out TableColumns? columns)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsColumnName(lines[i], out _))
            {
                continue;
            }

            var kinds = new List<ColumnKind>();
            var j = i;
            while (j < lines.Count && kinds.Count < 12)
            {
                if (lines[j].IsBlank)
                {
                    j++;
                    continue;
                }

                if (!IsColumnName(lines[j], out var kind))
                {
                    break;
                }

                kinds.Add(kind);
                j++;
            }

            columns = TableColumns.TryCreate(kinds);
            if (columns is not null)
            {
                headerStart = i;
                bodyStart = j;
                return true;
            }

            i = j - 1 > i ? j - 1 : i;
        }

        headerStart = bodyStart = lines.Count;
        columns = null;
        return false;
    }

    private static bool IsColumnName(SourceLine line, out ColumnKind kind)
    {
        kind = default;
        return !line.IsBlank && line.Trimmed.Length <= 16 && TableColumns.TryGetKind(TextRules.Compact(line.Trimmed), out kind);
    }

    private static DocumentLayout TableLayout(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var nonBlank = 0;
        var tabbed = 0;
        for (var i = start; i < end; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            nonBlank++;
            if (lines[i].StartsWithTab)
            {
                tabbed++;
            }
        }

        if (nonBlank > 0 && tabbed * 2 > nonBlank)
        {
            return DocumentLayout.TabbedCells;
        }

        for (var i = start; i < end; i++)
        {
            var text = lines[i].Trimmed;
            if (TextRules.IsAllArabicDigits(text))
            {
                return DocumentLayout.CellPerLine;
            }

            if (IsNumberedParagraph(text, out _))
            {
                return DocumentLayout.TitledColumns;
            }
        }

        return DocumentLayout.CellPerLine;
    }
}
