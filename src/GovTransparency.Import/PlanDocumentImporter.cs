using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Import.Internal;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Import;

/// <summary>
/// Reads the plain text of a published plan document — a task-division table (重点工作任务分工 / 任务分解表) or prose
/// key points (工作要点) — into a <see cref="WorkPlan"/> and, when the table has a progress column (进展情况), a
/// <see cref="ProgressReport"/>. Never throws on the text: what could not be read comes back as diagnostics.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> The layout is recognised from the text (<see cref="DocumentLayout"/>): a table header
/// (工作任务 / 具体要求 / 责任单位 / 时限要求 / 进展情况 …, one cell per line) means a table; its cells tell
/// <see cref="DocumentLayout.CellPerLine"/>, <see cref="DocumentLayout.TabbedCells"/> and
/// <see cref="DocumentLayout.TitledColumns"/> apart. Without a table header, numbered sections (一、) mean prose. The
/// table (or prose) ends at the page's chrome: 文件下载, 附件下载, 扫一扫, 相关解读 … Sections and subsections
/// repeated after a page break (the same number and title as the one in force) continue it; any other heading starts
/// a new one, so numbering defects are kept as written for validation to report.</para>
/// <para><b>Header.</b> From the lines before the body: the labelled fields of a portal page (发文机关 or 发布机构,
/// 成文日期 → <see cref="WorkPlan.WrittenOn"/>, 发布日期 / 发文日期 → <see cref="WorkPlan.PublishedOn"/>, 发文字号 / 文号,
/// 标题 / 名称), a document number on a line of its own, the covering notice's title (…关于印发…的通知), the date
/// signed under the notice (→ <see cref="WorkPlan.IssuedOn"/>, unless a date written …印发 says otherwise) with the
/// authority above it, and the documents named in 贯彻落实《…》(国办发〔2021〕12号) (→ <see cref="WorkPlan.Implements"/>).
/// The title is the caption just above the table or prose (2020年政务公开重点工作任务分工), else the labelled title,
/// else the notice's title; for a progress report the plan's title is the report's title without its month and
/// 进展情况. The issuer is 发文机关, else the authority signed above the date, else the one opening the notice title,
/// else 发布机构. The level is inferred from the issuer's name, else the title's: 国务院… national, 省 / 自治区
/// provincial, 市 municipal, 县 / 区 county, 乡 / 镇 / 街道 township.</para>
/// <para><b>Plan year.</b> <see cref="ImportOptions.PlanYear"/> when set; else the first year written in the title
/// (2021年…), the document number's year, or the year of the issue, written or published date, in that order, with a
/// <see cref="ImportDiagnosticCodes.PlanYearInferred"/> diagnostic naming the source.</para>
/// <para><b>Progress.</b> Each task's progress cell becomes a <see cref="ProgressEntry"/> read as
/// <see cref="ProgressEntry.FromText"/> reads it. The report is as of the end of the month in its title (2021年9月 →
/// 2021-09-30), else the published date, else the last day of the plan year.</para>
/// <para><b>Losing nothing.</b> Every non-blank line of the body ends up in the model (a heading, a task's number,
/// title, requirement, units, time limit or progress text) or in a <see cref="ImportDiagnosticCodes.TextNotUsed"/>
/// diagnostic with its line number and text. Time limits are kept verbatim in <see cref="WorkTask.TimeLimitText"/>,
/// line breaks included.</para>
/// <para>Time and memory are linear in the length of the text.</para>
/// </remarks>
public static class PlanDocumentImporter
{
    /// <summary>
    /// The most <see cref="ImportDiagnosticCodes.TextNotUsed"/> diagnostics one import gives, 1000; past it one
    /// <see cref="ImportDiagnosticCodes.TooManyUnusedLines"/> warning counts the rest, so that a text that is not a
    /// plan cannot produce a flood of findings.
    /// </summary>
    public const int MaxUnusedLineDiagnostics = 1000;

    private const int PlaceholderYear = 1949;

    private static readonly Regex ProgressSuffix = new(@"(?:的)?(?:进展情况|完成情况|落实情况|推进情况|进度情况)(?:表|报告)?$", RegexOptions.CultureInvariant);

    private static readonly Regex MonthAfterYear = new(@"(?<year>[0-9０-９]{4}\s*年)\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:份)?", RegexOptions.CultureInvariant);

    /// <summary>Reads a plan document's text.</summary>
    /// <param name="text">The document's plain text, as scraped or copied, with its line breaks.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The plan, the progress report if any, the layout and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="options"/> sets <see cref="ImportOptions.PlanYear"/> or <see cref="ImportOptions.DefaultYear"/>
    /// outside 1949–2099.
    /// </exception>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        options ??= ImportOptions.Default;
        foreach (var given in new[] { options.PlanYear, options.DefaultYear })
        {
            if (given is { } y && !DateText.IsPlausibleYear(y))
            {
                throw new ArgumentOutOfRangeException(nameof(options), y, "A plan year must be between 1949 and 2099.");
            }
        }

        var context = new ImportContext();
        var lines = TextRules.SplitLines(text);
        var empty = lines.TrueForAll(l => l.IsBlank);
        if (empty)
        {
            context.Add(Messages.DocumentEmpty());
        }

        var body = LayoutDetector.Detect(lines);
        var header = HeaderReader.Read(lines, body.HeaderStart, body.BodyEnd, context);
        var isProgress = body.Columns?.Has(ColumnKind.Progress) == true;

        string? reportTitle = null;
        string? planTitle;
        if (isProgress)
        {
            reportTitle = header.LabelTitle ?? header.Caption ?? header.NoticeTitle;
            planTitle = reportTitle is null ? null : DerivePlanTitle(reportTitle);
            if (reportTitle is not null && !string.Equals(planTitle, reportTitle, StringComparison.Ordinal))
            {
                context.Add(Messages.PlanTitleDerived(reportTitle, planTitle!));
            }
        }
        else
        {
            planTitle = header.Caption ?? header.LabelTitle ?? header.NoticeTitle;
        }

        if (planTitle is null && !empty)
        {
            context.Add(Messages.TitleNotFound());
        }

        var issuer = header.IssuerLabel ?? header.SignOffAuthority ?? header.NoticeAuthority ?? header.PublisherLabel;
        var issuedOn = header.PrintedOn ?? header.SignOffDate;
        var year = PlanYear(options, planTitle, reportTitle, header, issuedOn, context);
        var level = Level(issuer, planTitle, header.NoticeTitle, context);
        context.Plan = new PlanContext(year, issuedOn);

        var assembler = new PlanAssembler(context);
        switch (body.Layout)
        {
            case DocumentLayout.CellPerLine:
                GridReader.Read(CellReader.Paragraphs(lines, body.BodyStart, body.BodyEnd, emptyMarkers: false), body.Columns!, assembler, context);
                break;
            case DocumentLayout.TabbedCells:
                GridReader.Read(CellReader.Tabbed(lines, body.BodyStart, body.BodyEnd), body.Columns!, assembler, context);
                break;
            case DocumentLayout.TitledColumns:
                TitledColumnsReader.Read(CellReader.Paragraphs(lines, body.BodyStart, body.BodyEnd, emptyMarkers: true), body.Columns!, assembler, context);
                break;
            case DocumentLayout.ProseKeyPoints:
            case DocumentLayout.ProseNumberedParagraphs:
                ProseReader.Read(lines, body.BodyStart, body.BodyEnd, assembler, context);
                break;
            default:
                if (!empty)
                {
                    context.Add(Messages.LayoutNotRecognized());
                }

                break;
        }

        var plan = new WorkPlan(planTitle ?? string.Empty, year)
        {
            IssuingAuthority = issuer,
            DocumentNumber = header.Number,
            Level = level,
            WrittenOn = header.WrittenOn,
            IssuedOn = issuedOn,
            PublishedOn = header.PublishedOn,
            Implements = header.Implements,
            Sections = assembler.Build(),
        };

        ProgressReport? report = null;
        if (isProgress)
        {
            report = new ProgressReport(AsOf(reportTitle, header.PublishedOn, year, context))
            {
                Title = reportTitle,
                PlanTitle = plan.Title.Length == 0 ? null : plan.Title,
                PlanDocumentNumber = plan.DocumentNumber,
                Entries = context.ProgressEntries,
            };
        }

        context.Finish();
        return new ImportResult(plan, report, body.Layout, ValueList<Diagnostic>.From(context.Diagnostics));
    }

    /// <summary>六安市叶集区2021年9月政务公开重点工作任务分工进展情况 → 六安市叶集区2021年政务公开重点工作任务分工.</summary>
    private static string DerivePlanTitle(string reportTitle)
    {
        var title = ProgressSuffix.Replace(reportTitle, string.Empty);
        title = MonthAfterYear.Replace(title, "${year}", 1);
        return title.Length == 0 ? reportTitle : title;
    }

    private static int PlanYear(ImportOptions options, string? planTitle, string? reportTitle, DocumentHeader header, LocalDate? issuedOn, ImportContext context)
    {
        if (options.PlanYear is { } forced)
        {
            return forced;
        }

        foreach (var title in new[] { planTitle, reportTitle })
        {
            if (title is not null && DateText.TryFindYear(title, out var fromTitle, out _))
            {
                context.Add(Messages.PlanYearInferred(fromTitle, "标题", "title", title));
                return fromTitle;
            }
        }

        if (header.Number is { } number)
        {
            context.Add(Messages.PlanYearInferred(number.Year, "发文字号", "document number", number.ToString()));
            return number.Year;
        }

        var dates = new (LocalDate? Date, string Zh, string En)[]
        {
            (issuedOn, "印发日期", "date issued"),
            (header.WrittenOn, "成文日期", "date written"),
            (header.PublishedOn, "发布日期", "date published"),
        };
        foreach (var (date, zh, en) in dates)
        {
            if (date is { } d && DateText.IsPlausibleYear(d.Year))
            {
                context.Add(Messages.PlanYearInferred(d.Year, zh, en, LocalDatePattern.Iso.Format(d)));
                return d.Year;
            }
        }

        if (options.DefaultYear is { } fallback)
        {
            return fallback;
        }

        context.Add(Messages.PlanYearNotFound(PlaceholderYear));
        return PlaceholderYear;
    }

    private static PlanLevel Level(string? issuer, string? title, string? noticeTitle, ImportContext context)
    {
        foreach (var name in new[] { issuer, title, noticeTitle })
        {
            var level = LevelInference.Infer(name);
            if (level != PlanLevel.Unspecified)
            {
                var (zh, en) = LevelInference.Names(level);
                context.Add(Messages.LevelInferred(zh, en, name!));
                return level;
            }
        }

        return PlanLevel.Unspecified;
    }

    private static LocalDate AsOf(string? reportTitle, LocalDate? publishedOn, int year, ImportContext context)
    {
        if (reportTitle is not null && DateText.TryFindYearMonth(reportTitle, out var month))
        {
            var date = ProgressReport.MonthEnd(month);
            context.Add(Messages.ProgressDateInferred(LocalDatePattern.Iso.Format(date), "标题", "title", reportTitle));
            return date;
        }

        if (publishedOn is { } published)
        {
            var text = LocalDatePattern.Iso.Format(published);
            context.Add(Messages.ProgressDateInferred(text, "发布日期", "date published", text));
            return published;
        }

        var yearEnd = new LocalDate(year, 12, 31);
        context.Add(Messages.ProgressDateNotFound(LocalDatePattern.Iso.Format(yearEnd)));
        return yearEnd;
    }
}
